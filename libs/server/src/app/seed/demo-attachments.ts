import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttachmentParentType, AttachmentRecord } from '@pejling/contracts';
import type { EntityManager } from 'typeorm';
import { ChunkWriter } from '../../attachments/chunk-store';
import { FILE_KINDS, type FileKind } from '../../attachments/file-kinds';

/** Where the demo's files are: invented content the repository ships (see its README). */
const DEMO_FILES = join(__dirname, 'data', 'demo-files');

interface DemoFile {
  file: string;
  kind: FileKind;
  /** Who uploaded it, and when (a day and time of day in Copenhagen). */
  by: string;
  day: string;
  time: string;
  parent:
    | { type: 'milestone'; initiative: string; title: string }
    | { type: 'status-report'; initiative: string; reportDate: string };
}

/**
 * The minutes of A.1's first milestone, uploaded the day after the meeting; E.3's method
 * note and figures, attached to its report for the March 2017 round as it was submitted.
 */
const FILES: DemoFile[] = [
  {
    file: 'referat-dialogmoede-universiteter.pdf',
    kind: FILE_KINDS.pdf,
    by: 'ufm@demo.pejling.dk',
    day: '2016-06-23',
    time: '14:00',
    parent: {
      type: 'milestone',
      initiative: 'A.1',
      title: 'Dialogmøde med universiteterne om strategisk klyngesamarbejde',
    },
  },
  ...['metodenotat-effektmaaling.pdf', 'effektmaaling-2016.csv'].map((file): DemoFile => ({
    file,
    kind: file.endsWith('.csv') ? FILE_KINDS.csv : FILE_KINDS.pdf,
    by: 'sekretariat@demo.pejling.dk',
    // The report's own moment: told after it, the report being there by then.
    day: '2017-03-01',
    time: '10:00',
    parent: { type: 'status-report', initiative: 'E.3', reportDate: '2017-03-01' },
  })),
];

/** The parent's id and initiative, as the story has told them by then. */
async function parentOf(
  m: EntityManager,
  initiativeId: number,
  parent: DemoFile['parent'],
): Promise<{ type: AttachmentParentType; column: string; id: number }> {
  const [row]: { id: number }[] =
    parent.type === 'milestone'
      ? await m.query('SELECT id FROM milestones WHERE initiative_id = $1 AND title = $2', [
          initiativeId,
          parent.title,
        ])
      : await m.query(
          'SELECT id FROM status_reports WHERE initiative_id = $1 AND report_date = $2',
          [initiativeId, parent.reportDate],
        );
  if (!row) throw new Error(`seed: no ${parent.type} for the demo file on ${parent.initiative}`);
  const column = parent.type === 'milestone' ? 'milestone_id' : 'status_report_id';
  return { type: parent.type, column, id: row.id };
}

/**
 * The demo's files as moments of its story (see `tellDemoStory`): each is uploaded by a
 * person of the story, stored as an upload stores it, and in the audit trail as the app
 * writes it. `told.attachments` counts them.
 */
export function demoAttachmentHappenings(
  m: EntityManager,
  cast: { person: (email: string | null) => number | null; initiative: (code: string) => number },
  told: Record<string, number>,
): { day: string; time: string; tell: (at: Date) => Promise<void> }[] {
  told['attachments'] = 0;
  return FILES.map((demo) => ({
    day: demo.day,
    time: demo.time,
    tell: async (at) => {
      const initiativeId = cast.initiative(demo.parent.initiative);
      const parent = await parentOf(m, initiativeId, demo.parent);
      const by = cast.person(demo.by);
      const data = readFileSync(join(DEMO_FILES, demo.file));
      const [{ id }]: { id: number }[] = await m.query(
        `INSERT INTO attachments (${parent.column}, file_name, content_type, size,
                                  uploaded_by_person_id, organisation_id, created_at)
         VALUES ($1, $2, $3, $4, $5, (SELECT organisation_id FROM people WHERE id = $5), $6)
         RETURNING id`,
        [parent.id, demo.file, demo.kind.contentType, data.length, by, at],
      );
      const writer = new ChunkWriter(m, id);
      await writer.write(data);
      await writer.end();
      const record: AttachmentRecord = {
        id,
        parentType: parent.type,
        parentId: parent.id,
        fileName: demo.file,
        contentType: demo.kind.contentType,
        size: data.length,
        uploadedByPersonId: by,
        createdAt: at.toISOString(),
      };
      await m.query(
        `INSERT INTO audit_events (at, person_id, person_name, resource, record_id, action, after, initiative_id)
         VALUES ($1, $2, (SELECT name FROM people WHERE id = $2), 'attachments', $3, 'create', $4, $5)`,
        [at, by, id, JSON.stringify(record), initiativeId],
      );
      told['attachments']++;
    },
  }));
}
