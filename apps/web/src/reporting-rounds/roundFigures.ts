import {
  OUTSTANDING_FIGURE_STATES,
  ROUND_FIGURE_STATES,
  type RoundFigureState,
  type RoundReportFigure,
} from '@pejling/contracts';

type Figure = Pick<RoundReportFigure, 'state'>;

/** How many figures stand in each state. */
export const figureCounts = (rows: Figure[]): Record<RoundFigureState, number> => {
  const counts = Object.fromEntries(ROUND_FIGURE_STATES.map((state) => [state, 0])) as Record<
    RoundFigureState,
    number
  >;
  for (const row of rows) counts[row.state]++;
  return counts;
};

/**
 * The figures, those that wait for the data owner first (missing, then returned), then those
 * that wait for the secretariat, then the approved; within each, as the server orders them
 * (by target, series and region).
 */
export const outstandingFirst = <T extends Figure>(rows: T[]): T[] =>
  rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        ROUND_FIGURE_STATES.indexOf(a.row.state) - ROUND_FIGURE_STATES.indexOf(b.row.state) ||
        a.index - b.index,
    )
    .map(({ row }) => row);

/** Whether a figure waits for its data owner: missing, or returned. */
export const isOutstanding = (row: Figure): boolean =>
  OUTSTANDING_FIGURE_STATES.includes(row.state);

/** The i18n key of a figure's state: a measurement's, or the rounds' word for missing. */
export const figureStateKey = (state: RoundFigureState): string =>
  state === 'missing' ? 'pejling.roundCompletion.missing' : `pejling.measurementState.${state}`;
