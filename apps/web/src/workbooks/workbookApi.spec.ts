import { workbookApi } from './workbookApi';

describe('the workbook endpoints', () => {
  it('download a strategy’s workbook and the template in the language asked for', () => {
    expect(workbookApi.workbookUrl(3, 'en')).toBe('/api/strategies/3/workbook.xlsx?lang=en');
    expect(workbookApi.templateUrl('da')).toBe('/api/strategies/template.xlsx?lang=da');
  });

  it('apply a preview by posting the choices as JSON', async () => {
    const fetchMock = jest
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async () => new Response(JSON.stringify({ id: 5, created: 1 })));
    try {
      await expect(workbookApi.apply(5, { confirm: ['ane@uvm.dk'], delete: [] })).resolves.toEqual({
        id: 5,
        created: 1,
      });
      const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
      expect([url, init.method, init.body]).toEqual([
        '/api/imports/5/apply',
        'POST',
        '{"confirm":["ane@uvm.dk"],"delete":[]}',
      ]);
    } finally {
      fetchMock.mockRestore();
    }
  });
});
