import { ROUND_OUTCOME_KINDS, type RoundOutcome } from '@pejling/contracts';
import type { Content } from 'pdfmake/interfaces';
import { formatDate } from '../../core/i18n/phrasing';
import type { Phrases } from './phrases';
import { responsible, titledTable } from './tables';

/** The steering group's decisions, then its action items, from a new page. */
export function outcomesSection(outcomes: RoundOutcome[], p: Phrases): Content {
  return [
    { text: p.outcomes, style: 'h1', pageBreak: 'before', margin: [0, 0, 0, 4] },
    ROUND_OUTCOME_KINDS.map((kind) => {
      const ofKind = outcomes.filter((o) => o.kind === kind);
      return ofKind.length === 0
        ? []
        : titledTable(
            { text: p.outcomeKinds[kind], style: 'tableTitle' },
            ['*', 110, 82],
            [p.outcomeText[kind], p.responsible, p.due],
            ofKind.map((o) => [
              o.text,
              responsible(p, o.responsibleName),
              o.dueDate ? formatDate(p.locale, o.dueDate) : { text: p.noDueDate, style: 'muted' },
            ]),
            false,
          );
    }),
  ];
}
