import type { MilestoneRecord, MyWork, MyWorkReportRequest } from '@pejling/contracts';
import { isStale, nextRequest, pickedMilestone } from './myWork';

describe('pickedMilestone', () => {
  it("reads the milestone an e-mail's link is about", () => {
    expect(pickedMilestone('?milestone=12')).toBe(12);
  });

  it('takes nothing that is not a positive whole number', () => {
    expect(pickedMilestone('')).toBeUndefined();
    expect(pickedMilestone('?milestone=abc')).toBeUndefined();
    expect(pickedMilestone('?milestone=0')).toBeUndefined();
    expect(pickedMilestone('?milestone=1.5')).toBeUndefined();
  });
});

describe('isStale', () => {
  const work = {
    milestones: [
      { id: 1, version: 2 },
      { id: 2, version: 5 },
    ],
  } as MyWork;
  const records = (versions: [number, number][]) =>
    new Map(versions.map(([id, version]) => [id, { id, version } as MilestoneRecord]));

  it('is stale when a milestone has been saved since My work was read', () => {
    expect(isStale(work, records([[1, 3]]))).toBe(true);
  });

  it('is not when the records are as read, older, or not read yet', () => {
    expect(
      isStale(
        work,
        records([
          [1, 2],
          [2, 5],
        ]),
      ),
    ).toBe(false);
    expect(isStale(work, records([[2, 4]]))).toBe(false);
    expect(isStale(work, new Map())).toBe(false);
    expect(isStale(undefined, records([[1, 9]]))).toBe(false);
  });
});

describe('nextRequest', () => {
  const request = (roundId: number, initiativeId: number) =>
    ({
      roundId,
      initiativeId,
      path: `/reporting-rounds/${roundId}/report/${initiativeId}`,
    }) as MyWorkReportRequest;

  it('leads on to the first open request that is not the one just answered', () => {
    const requests = [request(1, 10), request(1, 11), request(2, 10)];
    expect(nextRequest(requests, { roundId: 1, initiativeId: 10 })).toBe(requests[1]);
    expect(nextRequest(requests, { roundId: 1, initiativeId: 11 })).toBe(requests[0]);
  });

  it('leads nowhere when the one answered was the last', () => {
    expect(nextRequest([request(1, 10)], { roundId: 1, initiativeId: 10 })).toBeUndefined();
    expect(nextRequest([], { roundId: 1, initiativeId: 10 })).toBeUndefined();
  });
});
