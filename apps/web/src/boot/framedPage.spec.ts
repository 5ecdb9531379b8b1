import { framedPage } from './framedPage';

describe('the pages the owner’s frame draws', () => {
  it('are My work and the report form, with its round and initiative', () => {
    expect(framedPage('/my-work')).toEqual({ page: 'my-work' });
    expect(framedPage('/reporting-rounds/12/report/7')).toEqual({
      page: 'report',
      roundId: 12,
      initiativeId: 7,
    });
  });

  it('are the dashboard too on a phone-narrow screen, where the app folds its menu away', () => {
    expect(framedPage('/dashboard', true)).toEqual({ page: 'dashboard' });
    expect(framedPage('/dashboard', false)).toBeUndefined();
    expect(framedPage('/dashboard')).toBeUndefined(); // outside a browser: not narrow
    expect(framedPage('/my-work', false)).toEqual({ page: 'my-work' });
  });

  it('are no other page, nor a report address with more or less to it', () => {
    for (const path of [
      '/',
      '/dashboard/1',
      '/my-work/1',
      '/reporting-rounds/12/report',
      '/reporting-rounds/12/report/7/show',
      '/reporting-rounds/x/report/7',
      '/reporting-rounds/12/figures',
    ]) {
      expect(framedPage(path, true)).toBeUndefined();
    }
  });
});
