import type { RecipientRole, ReminderKind } from '@pejling/contracts';
import { oneLine } from '../../core/i18n/phrasing';

/** One reminder in a person's digest: a delivery, and what it is about. */
export interface DigestItem {
  deliveryId: number;
  kind: ReminderKind;
  recipientRole: RecipientRole; // 'responsible' | 'lead_contact' | 'secretariat'
  /**
   * What it is about: a milestone, or a reporting round asking for the initiative's report
   * (`round`) or for the target's figures (`figures`).
   */
  about: {
    type: 'milestone' | 'round' | 'figures';
    id: number;
    title: string;
    dueDate: string; // YYYY-MM-DD
  };
  /** The milestone's initiative, or the one whose report a round asks for; null for figures. */
  initiative: { id: number; code: string; title: string } | null;
  /** The target whose figures for `year` a round asks for; only for `figures`. */
  target?: { id: number; number: number; title: string; year: number };
  daysLate: number; // negative: due in that many days
  /** Names of the others this reminder also went to (escalations: the responsible person, the lead organisation's contact, the secretariat). */
  alsoTold: string[];
  /**
   * `lead_contact`: the person gets it in place of the lead organisation's contact person,
   * which the organisation lacks (as responsible for the initiative there, or as the
   * secretariat); null otherwise.
   */
  standsInFor: 'lead_contact' | null;
  /**
   * Signs in and opens the milestone (on My work, for the person responsible), or the report
   * form (the round, for the secretariat), in Pejling. Null in a copy made to be read (the
   * delivery log): a personal link would let the reader in, so a placeholder stands there.
   */
  link: string | null;
}

/** Where a milestone stands on the day, worst first. */
export const STANDINGS = ['overdue', 'today', 'soon'] as const;
export type Standing = (typeof STANDINGS)[number];

/** One thing in the digest (several deliveries about one thing are shown once). */
export interface Entry {
  item: DigestItem;
  standing: Standing;
  alsoTold: string[];
}

/** An initiative's entries, or (`initiative` null) the targets' figures rounds ask for. */
export interface Group {
  initiative: DigestItem['initiative'];
  entries: Entry[];
}

/**
 * What an item is about: a milestone, or a round's request for one initiative's report or
 * for one target's figures.
 */
export function thingOf(item: Pick<DigestItem, 'about' | 'initiative' | 'target'>): string {
  if (item.about.type === 'milestone') return `milestone-${item.about.id}`;
  return item.about.type === 'figures'
    ? `figures-${item.about.id}-${item.target?.id}`
    : `round-${item.about.id}-${item.initiative?.id}`;
}

function standingOf(daysLate: number): Standing {
  return daysLate > 0 ? 'overdue' : daysLate === 0 ? 'today' : 'soon';
}

/** Most days late first, then soonest due, then escalations, then by title (and target). */
function byUrgency(collator: Intl.Collator) {
  return (a: DigestItem, b: DigestItem): number =>
    b.daysLate - a.daysLate ||
    compareText(a.about.dueDate, b.about.dueDate) ||
    Number(b.kind === 'escalation') - Number(a.kind === 'escalation') ||
    collator.compare(a.about.title, b.about.title) ||
    a.about.id - b.about.id ||
    (a.target?.number ?? 0) - (b.target?.number ?? 0);
}

/**
 * The items as entries grouped by initiative, the most urgent initiative and entry first;
 * titles and codes are sorted as `locale` sorts them.
 */
export function groupEntries(items: DigestItem[], locale: string): Group[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const urgency = byUrgency(collator);

  // A thing reached by more than one rule on the day is shown once, as its most telling
  // delivery (an escalation, if any), naming everyone who was told.
  const byThing = new Map<string, DigestItem[]>();
  for (const item of items) {
    const key = thingOf(item);
    byThing.set(key, [...(byThing.get(key) ?? []), item]);
  }
  const entries: Entry[] = [...byThing.values()].map((same) => {
    const item = [...same].sort(urgency)[0];
    return {
      item,
      standing: standingOf(item.daysLate),
      alsoTold: [...new Set(same.flatMap((i) => i.alsoTold.map(oneLine)).filter(Boolean))],
    };
  });
  entries.sort((a, b) => urgency(a.item, b.item));

  // The figures are one group (0), as no initiative's id is 0.
  const groups = new Map<number, Group>();
  for (const entry of entries) {
    const { initiative } = entry.item;
    const key = initiative?.id ?? 0;
    const group = groups.get(key) ?? { initiative, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  // Entries are already most urgent first, so each group's first entry is its most urgent;
  // the figures come after the initiatives that are as urgent.
  return [...groups.values()].sort(
    (a, b) =>
      urgency(a.entries[0].item, b.entries[0].item) ||
      Number(a.initiative === null) - Number(b.initiative === null) ||
      collator.compare(a.initiative?.code ?? '', b.initiative?.code ?? '') ||
      (a.initiative?.id ?? 0) - (b.initiative?.id ?? 0),
  );
}

/** By code point, not by locale: due dates are YYYY-MM-DD. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
