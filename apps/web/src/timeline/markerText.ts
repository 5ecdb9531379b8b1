import type { TimelineMilestone } from '@pejling/contracts';
import type { Translate } from '../i18n/types';

/** One date formatter per language for the thousands of dates, as `formatDay` formats them. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const formatDayFast = (day: string, locale: string): string => {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
};

/**
 * What a marker's tooltip and label say: title, due date (and the one it moved from),
 * status (and overdue), done on.
 */
export function markerText(milestone: TimelineMilestone, translate: Translate, locale: string) {
  const state = [
    translate(`pejling.milestoneStatus.${milestone.status}`),
    ...(milestone.overdue ? [translate('pejling.overdue.yes')] : []),
  ].join(', ');
  const due = formatDayFast(milestone.dueDate, locale);
  const moved =
    milestone.originalDueDate === milestone.dueDate
      ? []
      : [
          translate('pejling.movedFrom', {
            date: formatDayFast(milestone.originalDueDate, locale),
          }),
        ];
  return {
    label: translate('pejling.timeline.marker', {
      title: milestone.title,
      date: [due, ...moved].join(' – '),
      status: state,
    }),
    lines: [
      translate('pejling.timeline.due', { date: due }),
      ...moved,
      state,
      ...(milestone.completedOn
        ? [
            translate('pejling.timeline.completed', {
              date: formatDayFast(milestone.completedOn, locale),
            }),
          ]
        : []),
    ],
  };
}
