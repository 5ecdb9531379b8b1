import { earlyReads, personalReads } from './earlyReads';
import { onPhone } from './testing/onPhone';

let fetchMock: jest.SpyInstance;
beforeEach(() => {
  fetchMock = jest.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('[]'));
});
afterEach(() => jest.restoreAllMocks());

const asked = () => fetchMock.mock.calls.map(([url]) => decodeURIComponent(String(url)));

describe('what the owner’s frame asks for before its code is there', () => {
  it('is My work on My work, with the server’s date for the bar', () => {
    expect(earlyReads('/my-work').map((read) => read.key)).toEqual([['info'], ['my-work']]);
    expect(asked()).toEqual(['/api/info', '/api/my-work']);
  });

  it('is all the report form shows but the draft, which waits for the person', () => {
    const reads = earlyReads('/reporting-rounds/2/report/5');
    expect(reads.map((read) => read.key[0])).toEqual([
      'info',
      'reporting-rounds',
      'initiatives',
      'milestones',
      'status-reports',
    ]);
    expect(asked()).toEqual([
      '/api/info',
      '/api/reporting-rounds/2',
      '/api/initiatives/5',
      '/api/milestones?filter={"initiativeId":5}&sort=["dueDate","ASC"]&range=[0,499]',
      '/api/status-reports?filter={"roundId":2,"initiativeId":5,"state":"submitted"}&sort=["id","DESC"]&range=[0,99]',
    ]);
  });

  it('is the person’s draft once they are known', () => {
    const [draft] = personalReads('/reporting-rounds/2/report/5', 7);
    expect(draft.key).toEqual(['status-reports', 'draft', { roundId: 2, initiativeId: 5 }, 7]);
    expect(asked()).toEqual([
      '/api/status-reports?filter={"roundId":2,"initiativeId":5,"state":"draft","authorPersonId":7}&sort=["id","DESC"]&range=[0,0]',
    ]);
    expect(personalReads('/my-work', 7)).toEqual([]);
  });

  it('is the dashboard of the strategy chosen on a phone, where the frame draws it', () => {
    const back = onPhone({ 'RaStore.pejling.strategyId': '3' });
    try {
      expect(earlyReads('/dashboard').map((read) => read.key)).toEqual([
        ['info'],
        ['dashboard', 3],
      ]);
    } finally {
      back();
    }
    expect(asked()).toEqual(['/api/info', '/api/dashboard?strategyId=3']);
    expect(personalReads('/dashboard', 7)).toEqual([]);
  });

  it('is nothing on the app’s pages, the dashboard on a wider screen among them', () => {
    expect(earlyReads('/dashboard')).toEqual([]);
    expect(personalReads('/dashboard', 7)).toEqual([]);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
