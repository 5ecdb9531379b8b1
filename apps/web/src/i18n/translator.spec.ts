import da from './da';
import { translatorOf } from './translator';

describe('translatorOf', () => {
  const translate = translatorOf(da);

  it('reads any key of a message tree', () => {
    expect(translate('pejling.health.amber')).toBe('Gul');
    expect(translate('ra.action.save')).toBe('Gem');
  });

  it('leaves a placeholder it was not given, or given no value', () => {
    expect(translate('pejling.error.rejected')).toBe('Serveren afviste forespørgslen: %{detail}');
    expect(translate('pejling.error.rejected', { detail: null })).toBe(
      'Serveren afviste forespørgslen: %{detail}',
    );
  });

  it('answers a key it does not have with `_`, filled in, as polyglot does', () => {
    expect(translate('pejling.no_such_text', { _: '%{count} stk.', count: 3 })).toBe('3 stk.');
    expect(translate('pejling.no_such_text')).toBe('pejling.no_such_text');
  });

  it('does not take a branch of the tree for a text', () => {
    expect(translate('pejling.health')).toBe('pejling.health');
  });

  it('asks `otherwise` for a key it does not have, as a page with messages of its own does', () => {
    const page = translatorOf({ pejling: { page: { title: 'Side' } } }, translate);
    expect(page('pejling.page.title')).toBe('Side');
    expect(page('pejling.error.rejected', { detail: 'nej' })).toBe(
      'Serveren afviste forespørgslen: nej',
    );
  });
});
