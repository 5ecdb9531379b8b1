import { dayTiming } from './timing';
import da from '../i18n/da';
import en from '../i18n/en';
import { translatorOf } from '../i18n/translator';
import { ruleSentence } from './ruleSentence';

const danish = translatorOf(da);
const english = translatorOf(en);

describe('dayTiming', () => {
  it('says a day from the due date in words, before, on or after it', () => {
    expect(dayTiming(-14, danish)).toBe('14 dage før fristen');
    expect(dayTiming(-1, danish)).toBe('1 dag før fristen');
    expect(dayTiming(0, danish)).toBe('På fristens dag');
    expect(dayTiming(3, english)).toBe('3 days after the due date');
  });
});

describe('ruleSentence', () => {
  it('says when a milestone reminder goes out and to whom', () => {
    expect(ruleSentence({ kind: 'due_soon', days: 14 }, danish)).toBe(
      '14 dage før fristen → den ansvarlige',
    );
    expect(ruleSentence({ kind: 'overdue', days: 1, repeatEveryDays: 7 }, danish)).toBe(
      '1 dag efter fristen, derefter hver 7. dag → den ansvarlige',
    );
  });

  it('says whom an escalation tells besides the responsible', () => {
    expect(ruleSentence({ kind: 'escalation', days: 30, escalateTo: 'secretariat' }, danish)).toBe(
      '30 dage efter fristen → den ansvarlige og sekretariatet',
    );
    expect(ruleSentence({ kind: 'escalation', days: 30, escalateTo: null }, danish)).toBe(
      '30 dage efter fristen → den ansvarlige',
    );
  });

  it("counts a round's rules from its opening or its due date", () => {
    expect(ruleSentence({ kind: 'round_request', days: 0 }, danish)).toBe(
      'Den dag en rapporteringsrunde åbnes → de ansvarlige for initiativer, der ikke har indsendt en statusrapport',
    );
    expect(ruleSentence({ kind: 'round_due_soon', days: 3 }, danish)).toBe(
      '3 dage før rundens frist → de ansvarlige for initiativer, der ikke har indsendt en statusrapport',
    );
    expect(ruleSentence({ kind: 'round_missing', days: 1 }, danish)).toBe(
      '1 dag efter rundens frist → sekretariatet',
    );
  });

  it('says nothing until the form has a kind and a whole number of days', () => {
    expect(ruleSentence({ days: 3 }, danish)).toBe('');
    expect(ruleSentence({ kind: 'due_soon' }, danish)).toBe('');
    expect(ruleSentence({ kind: 'due_soon', days: 1.5 }, danish)).toBe('');
  });
});
