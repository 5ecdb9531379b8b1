import ical, { ICalEventStatus } from 'ical-generator';
import { ENUM_LABELS } from '@pejling/contracts';
import type { Language, MilestoneStatus } from '@pejling/contracts';

/** A milestone in a person's calendar. */
export interface CalendarMilestone {
  id: number;
  title: string;
  dueDate: string; // YYYY-MM-DD
  status: MilestoneStatus;
  initiativeCode: string;
  initiativeTitle: string;
}

interface FeedPhrases {
  name: (person: string) => string;
  status: Record<MilestoneStatus, string>;
  initiative: string;
  statusLabel: string;
}

const PHRASES: Record<Language, FeedPhrases> = {
  da: {
    name: (person) => `Pejling: ${person}s milepæle`,
    status: ENUM_LABELS.da.milestoneStatus,
    initiative: 'Initiativ',
    statusLabel: 'Status',
  },
  en: {
    name: (person) => `Pejling: milestones of ${person}`,
    status: ENUM_LABELS.en.milestoneStatus,
    initiative: 'Initiative',
    statusLabel: 'Status',
  },
};

/**
 * A person's milestones as an iCalendar feed: one all-day event on each due date, with a
 * stable UID so that a calendar updates the event when the milestone moves. Cancelled
 * milestones stay in the feed as cancelled events, so that calendars remove them.
 */
export function renderCalendarFeed(input: {
  person: { name: string; language: Language };
  milestones: CalendarMilestone[];
  appUrl: string;
}): string {
  const p = PHRASES[input.person.language] ?? PHRASES.da;
  const host = new URL(input.appUrl).host;
  const calendar = ical({
    name: p.name(input.person.name),
    prodId: {
      company: 'Pejling',
      product: 'Pejling',
      language: input.person.language.toUpperCase(),
    },
    // Refreshed by calendars that honour it; the plan changes at most a few times a day.
    ttl: 60 * 60,
  });
  for (const m of input.milestones) {
    const done = m.status === 'done' ? '✓ ' : '';
    const url = `${input.appUrl}/#/milestones/${m.id}/show`;
    calendar.createEvent({
      id: `milestone-${m.id}@${host}`,
      // A date without a time: the due day wherever the reader is.
      start: m.dueDate,
      allDay: true,
      summary: `${done}${m.initiativeCode}: ${m.title}`,
      description: [
        `${p.initiative}: ${m.initiativeCode} ${m.initiativeTitle}`,
        `${p.statusLabel}: ${p.status[m.status]}`,
        url,
      ].join('\n'),
      url,
      status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
