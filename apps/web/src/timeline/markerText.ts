import type { TimelineMilestone } from '@pejling/contracts';
import { formatDay } from '../common/format';
import type { Translate } from '../i18n/types';

/**
 * What a marker's tooltip and label say: title, due date (and the one it moved from),
 * status (and overdue), done on.
 */
export function markerText(milestone: TimelineMilestone, translate: Translate, locale: string) {
  const state = [
    translate(`pejling.milestoneStatus.${milestone.status}`),
    ...(milestone.overdue ? [translate('pejling.overdue.yes')] : []),
  ].join(', ');
  const due = formatDay(milestone.dueDate, locale);
  const moved =
    milestone.originalDueDate === milestone.dueDate
      ? []
      : [
          translate('pejling.movedFrom', {
            date: formatDay(milestone.originalDueDate, locale),
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
              date: formatDay(milestone.completedOn, locale),
            }),
          ]
        : []),
    ],
  };
}
