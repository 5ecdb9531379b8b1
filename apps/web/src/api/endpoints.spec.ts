import { api } from './endpoints';

const answer = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status });

let fetchMock: jest.SpyInstance;
beforeEach(() => {
  fetchMock = jest.spyOn(globalThis, 'fetch').mockImplementation(async () => answer(200, {}));
});
afterEach(() => jest.restoreAllMocks());

const sent = () => {
  const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
  return { url, method: init.method, body: init.body };
};

describe('the endpoints beyond the records', () => {
  it('ask for a strategy’s whole-plan views, or the current strategy’s without an id', async () => {
    await api.dashboard(3);
    await api.timeline(undefined);
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      '/api/dashboard?strategyId=3',
      '/api/timeline',
    ]);
  });

  it('post the actions on a round to its own path', async () => {
    await api.rounds.close(7);
    expect(sent()).toEqual({
      url: '/api/reporting-rounds/7/close',
      method: 'POST',
      body: undefined,
    });
  });

  it('send a body as JSON', async () => {
    await api.milestones.changeStatus({ status: 'done', milestones: [{ id: 1, version: 2 }] });
    expect(sent()).toEqual({
      url: '/api/milestones/status',
      method: 'POST',
      body: '{"status":"done","milestones":[{"id":1,"version":2}]}',
    });
  });

  it('escape an unsubscribe token', async () => {
    await api.reminders.unsubscribe('a/b?c');
    expect(sent().url).toBe('/api/unsubscribe/a%2Fb%3Fc');
  });

  it('say who is signed in, or nobody (401)', async () => {
    fetchMock.mockImplementationOnce(async () => answer(200, { role: 'owner' }));
    await expect(api.session.me()).resolves.toEqual({ role: 'owner' });
    fetchMock.mockImplementationOnce(async () => answer(401, { message: 'Unauthorized' }));
    await expect(api.session.me()).resolves.toBeUndefined();
    fetchMock.mockImplementationOnce(async () => answer(500));
    await expect(api.session.me()).rejects.toMatchObject({ status: 500 });
  });

  it("export a list with its filter, sort and language, as the list's own request would", async () => {
    fetchMock.mockImplementationOnce(async () => new Response('x'));
    await api.export('milestones', 'xlsx', {
      filter: { overdue: true },
      sort: { field: 'dueDate', order: 'ASC' },
      locale: 'en',
    });
    const url = new URL(sent().url, 'http://localhost');
    expect(url.pathname).toBe('/api/milestones/export.xlsx');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      filter: '{"overdue":true}',
      sort: '["dueDate","ASC"]',
      lang: 'en',
    });
  });

  it('export in Danish for any language but English', async () => {
    fetchMock.mockImplementationOnce(async () => new Response('x'));
    await api.export('initiatives', 'csv', {
      filter: {},
      sort: { field: 'code', order: 'DESC' },
      locale: 'de',
    });
    expect(new URL(sent().url, 'http://localhost').searchParams.get('lang')).toBe('da');
  });

  it('link to a round’s PDF in a language', () => {
    expect(api.rounds.pdfUrl(4, 'en')).toBe('/api/reporting-rounds/4/report.pdf?lang=en');
  });
});
