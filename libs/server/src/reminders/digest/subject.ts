import { oneLine } from '../../core/i18n/phrasing';
import { type Entry, STANDINGS } from './items';
import type { Phrases } from './phrases';
import { countOf, titleOf, when } from './sentences';

/** A longer title is shortened in the subject (it is in full in the body). */
const SUBJECT_TITLE_MAX = 80;

/**
 * "Pejling: 1 milepæl er overskredet, 2 forfalder snart", worst first; for one milestone,
 * its title and how it stands; for several reports to one round, the round.
 */
export function subject(p: Phrases, entries: Entry[]): string {
  if (entries.length === 1) {
    const [{ item, standing }] = entries;
    return `Pejling: ${p.subjectSingle(shorten(titleOf(p, item)), when(p, item.daysLate), standing)}`;
  }
  const rounds = new Set(
    entries.map(({ item }) => (item.about.type === 'round' ? item.about.id : 0)),
  );
  if (rounds.size === 1 && !rounds.has(0)) {
    // One round's reports: they share the round's due date.
    const [{ item, standing }] = entries;
    const round = shorten(oneLine(item.about.title));
    return `Pejling: ${p.subjectReports(entries.length, round, when(p, item.daysLate), standing)}`;
  }
  const noun = entries.every((e) => e.item.about.type === 'milestone') ? p.milestones : p.tasks;
  const parts = STANDINGS.map((s) => ({ s, n: entries.filter((e) => e.standing === s).length }))
    .filter(({ n }) => n > 0)
    .map(({ s, n }, i) =>
      i === 0 ? `${countOf(p, n, noun)} ${p.subjectStanding[s]}` : `${n} ${p.subjectStanding[s]}`,
    );
  return `Pejling: ${parts.join(', ')}`;
}

function shorten(title: string): string {
  return title.length <= SUBJECT_TITLE_MAX ? title : `${title.slice(0, SUBJECT_TITLE_MAX - 1)}…`;
}
