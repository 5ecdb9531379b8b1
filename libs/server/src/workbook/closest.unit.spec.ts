import { closest, editDistance } from './closest';

describe('closest', () => {
  it('counts edits case-insensitively', () => {
    expect(editDistance('Planlagt', 'planlagt')).toBe(0);
    expect(editDistance('Planlat', 'Planlagt')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the nearest candidate when it is a likely slip', () => {
    expect(closest('Planlat', ['Planlagt', 'I gang', 'Færdig'])).toBe('Planlagt');
    expect(closest('UFN', ['UFM', 'CED', 'KF'])).toBe('UFM');
  });

  it('suggests nothing when nothing is near, or when two are equally near', () => {
    expect(closest('Helt andet', ['Planlagt', 'Færdig'])).toBeUndefined();
    expect(closest('A.3', ['A.1', 'A.2'])).toBeUndefined();
  });
});
