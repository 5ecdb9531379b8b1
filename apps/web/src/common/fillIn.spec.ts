import { fillIn } from './fillIn';

describe('fillIn', () => {
  it('puts each value where its placeholder is, keeping the words between', () => {
    // Elements, as far as fillIn can tell: values it places, never looks into.
    const done = ['41'];
    const total = ['87'];
    expect(fillIn('%{done} af %{total} milepæle', { done, total })).toEqual([
      done,
      ' af ',
      total,
      ' milepæle',
    ]);
  });

  it('leaves a placeholder it has no value for as it is', () => {
    expect(fillIn('%{a} and %{b}', { a: 'A' })).toEqual(['A', ' and ', '%{b}']);
  });
});
