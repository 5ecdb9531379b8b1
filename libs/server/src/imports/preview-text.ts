import type { ImportChange, ImportPreview } from '@pejling/contracts';

const where = (sheet: string | null, row: number | null, column?: string | null) =>
  [sheet, row === null ? null : `row ${row}`, column].filter(Boolean).join(', ');

function changeLines(change: ImportChange): string[] {
  const head = `${change.action === 'create' ? '+' : '~'} ${where(change.sheetLabel, change.row)}: ${change.key}${
    change.renamedFrom ? ` (was ${change.renamedFrom})` : ''
  }${change.needsConfirmation ? ' [needs --confirm]' : ''}`;
  return [
    head,
    ...change.fields.map((f) => `    ${f.label}: ${f.before ?? '—'} → ${f.after ?? '—'}`),
  ];
}

/** A preview as the command line prints it: the summary, then each error, change and conflict. */
export function previewText(preview: ImportPreview): string {
  const s = preview.summary;
  return [
    `import ${preview.id} of ${preview.fileName}: ${s.create} new, ${s.update} changed, ${s.unchanged} unchanged, ${s.conflicts} conflicts, ${s.errors} errors, ${s.notInFile} not in the file`,
    ...preview.errors.map(
      (e) =>
        `! ${where(e.sheetLabel, e.row, e.column)}: ${e.message}${e.suggestion ? ` (${e.suggestion}?)` : ''}`,
    ),
    ...preview.changes.flatMap(changeLines),
    ...preview.sharedChanges.flatMap(changeLines),
    ...preview.conflicts.map(
      (c) =>
        `conflict ${where(c.sheetLabel, c.row)}: ${c.key} is at version ${c.versionNow}, the file has ${c.versionRead}`,
    ),
    ...preview.notInFile.map((r) => `- not in the file: ${r.sheetLabel} ${r.key} (kept)`),
  ].join('\n');
}
