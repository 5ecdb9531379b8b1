import type { RoundFigureState } from '@pejling/contracts';
import { figureCounts, figureStateKey, isOutstanding, outstandingFirst } from './roundFigures';

const rows = (states: RoundFigureState[]) => states.map((state, id) => ({ id, state }));

describe('a round’s figures', () => {
  it('lists those that wait for the data owner first, then for the secretariat, keeping the server’s order within', () => {
    const sorted = outstandingFirst(
      rows(['approved', 'proposed', 'missing', 'returned', 'missing', 'approved']),
    );
    expect(sorted.map((row) => [row.state, row.id])).toEqual([
      ['missing', 2],
      ['missing', 4],
      ['returned', 3],
      ['proposed', 1],
      ['approved', 0],
      ['approved', 5],
    ]);
  });

  it('counts them by state, and calls missing and returned ones outstanding', () => {
    const all = rows(['approved', 'missing', 'missing', 'returned']);
    expect(figureCounts(all)).toEqual({ missing: 2, returned: 1, proposed: 0, approved: 1 });
    expect(all.map(isOutstanding)).toEqual([false, true, true, true]);
    expect(figureCounts([])).toEqual({ missing: 0, returned: 0, proposed: 0, approved: 0 });
  });

  it('names a state by the measurements’ words, and a missing one as a round does', () => {
    expect(figureStateKey('missing')).toBe('pejling.roundCompletion.missing');
    expect(figureStateKey('returned')).toBe('pejling.measurementState.returned');
  });
});
