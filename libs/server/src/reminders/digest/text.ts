import { type DigestContent, entryWords, headingOf } from './sentences';

/** Plain-text lines are wrapped to this width; titles and links are never broken. */
const TEXT_WIDTH = 72;

/** The digest as plain text, for mail programs that show no HTML. */
export function renderText({ p, greeting, intro, groups, unsubscribeUrl }: DigestContent): string {
  const out: string[] = [greeting, '', ...wrap(words(intro))];
  for (const group of groups) {
    const heading = headingOf(p, group);
    out.push('', '', heading, '-'.repeat(Math.min(heading.length, TEXT_WIDTH)));
    for (const entry of group.entries) {
      const w = entryWords(p, entry);
      const indent = '  ';
      out.push(
        '',
        `- ${w.title}`,
        `${indent}${w.due} (${w.when})`,
        ...wrap(words(w.action), indent),
      );
      if (w.because) out.push(...wrap(words(w.because), indent));
      if (w.alsoTold.length > 0) out.push(...wrap(w.alsoTold, indent));
      out.push(`${indent}${w.linkLabel}:`, `${indent}${entry.item.link ?? p.linkLeftOut}`);
    }
  }
  out.push('', '', p.signOff, 'Pejling');
  if (unsubscribeUrl !== undefined) {
    out.push(
      '',
      '',
      ...wrap(words(`${p.unsubscribe.question} ${p.unsubscribe.note}`)),
      `${p.unsubscribe.link}:`,
      unsubscribeUrl ?? p.linkLeftOut,
    );
  }
  return `${out.join('\n')}\n`;
}

/** Joins chunks with spaces into lines of at most `width` where it can; never splits a chunk. */
export function wrap(chunks: string[], indent = '', width = TEXT_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const chunk of chunks) {
    if (line && indent.length + line.length + 1 + chunk.length > width) {
      lines.push(indent + line);
      line = chunk;
    } else {
      line = line ? `${line} ${chunk}` : chunk;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

export function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter(Boolean);
}
