import { closest, editDistance, normalise } from './words';

describe('words as a person writes them', () => {
  it('compares without case, surrounding spaces, runs of spaces or underscores', () => {
    expect(normalise('  In_progress ')).toBe('in progress');
    expect(normalise('I  GANG')).toBe('i gang');
    // "å" as "a" and a combining ring.
    expect(normalise('Ma\u030alinger')).toBe(normalise('Målinger'));
  });

  it('counts the edits between two words', () => {
    expect(editDistance('titel', 'title')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('milepæl', 'milepæle')).toBe(1);
  });

  it('finds the closest candidate, if it is close enough to be meant', () => {
    expect(closest('Titl', ['Kode', 'Titel', 'Title'])).toBe('Titel');
    expect(closest('beskrivlse', ['Titel', 'Beskrivelse'])).toBe('Beskrivelse');
    expect(closest('Farve', ['Kode', 'Titel', 'Beskrivelse'])).toBeUndefined();
  });
});
