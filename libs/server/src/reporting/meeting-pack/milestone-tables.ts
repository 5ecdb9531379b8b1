import type { RoundReportInitiative, RoundReportMilestone } from '@pejling/contracts';
import type { Content } from 'pdfmake/interfaces';
import { count, formatDate } from '../../core/i18n/phrasing';
import { HEALTH_COLOUR } from './page-style';
import type { Phrases } from './phrases';
import { responsible, titledTable } from './tables';

/** An initiative's overdue milestones, then its upcoming ones, or a line that it has neither. */
export function milestoneTables(i: RoundReportInitiative, p: Phrases): Content {
  if (i.overdue.length === 0 && i.upcoming.length === 0) {
    return { text: p.noMilestones, style: 'muted', margin: [0, 10, 0, 0] };
  }
  return [
    i.overdue.length === 0
      ? []
      : titledTable(
          {
            text: `${p.overdue} (${i.overdue.length})`,
            style: 'tableTitle',
            color: HEALTH_COLOUR.red.mark,
          },
          ['*', 82, 56, 110],
          [p.milestone, p.due, p.late, p.responsible],
          i.overdue.map((m) => [
            m.title,
            { text: [formatDate(p.locale, m.dueDate), ...movedFrom(p, m)] },
            count(p.locale, m.daysLate, p.days),
            responsible(p, m.responsibleName),
          ]),
        ),
    i.upcoming.length === 0
      ? []
      : titledTable(
          { text: `${p.upcoming} (${i.upcoming.length})`, style: 'tableTitle' },
          ['*', 82, 56, 110],
          [p.milestone, p.due, p.status, p.responsible],
          i.upcoming.map((m) => [
            m.title,
            {
              text: [
                formatDate(p.locale, m.dueDate),
                ...movedFrom(p, m),
                { text: `\n${dueIn(p, m)}`, style: 'label' },
              ],
            },
            p.milestoneStatus[m.status],
            responsible(p, m.responsibleName),
          ]),
        ),
  ];
}

function dueIn(p: Phrases, m: RoundReportMilestone): string {
  return m.daysLate === 0 ? p.dueToday : p.dueIn(count(p.locale, -m.daysLate, p.days));
}

/** Under a due date that has moved, the one it was planned with. */
function movedFrom(p: Phrases, m: RoundReportMilestone): Content[] {
  if (!m.originalDueDate || m.originalDueDate === m.dueDate) return [];
  return [{ text: `\n${p.movedFrom(formatDate(p.locale, m.originalDueDate))}`, style: 'label' }];
}
