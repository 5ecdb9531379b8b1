import da from '../i18n/da';
import en from '../i18n/en';
import { translatorOf } from '../i18n/translator';
import { assessmentWords } from './assessmentWords';

const assessed = {
  year: 2017,
  expected: 1900,
  onTrack: false,
  projected: 1800,
  method: { latest: { year: 2016, value: 1700 }, points: 2, from: 2014, to: 2016 },
};

describe('a target’s assessment in words', () => {
  it('says what the line expects, whether the latest value is on track, and the projection, with its method', () => {
    expect(assessmentWords(assessed, 2018, translatorOf(da), 'da-DK')).toEqual([
      'Linjen fra udgangspunkt til mål forventer 1.900 i 2017.',
      'Seneste måling, 1.700 (2016), er bagud i forhold til linjen.',
      'Fortsætter udviklingen som hidtil, bliver det 1.800 i 2018 (lineær tendens efter mindste kvadraters metode, af 2 målinger 2014–2016).',
    ]);
    expect(
      assessmentWords({ ...assessed, onTrack: true }, 2018, translatorOf(en), 'en-GB')[1],
    ).toBe('The latest value, 1,700 (2016), is on track.');
  });

  it('says what it cannot say', () => {
    const none = {
      year: null,
      expected: null,
      onTrack: null,
      projected: null,
      method: { latest: null, points: 0, from: null, to: null },
    };
    expect(assessmentWords(none, null, translatorOf(da), 'da-DK')).toEqual([
      'Ingen måling endnu.',
      'For få målinger til at fremskrive: det kræver mindst to år.',
    ]);
  });
});
