import da from '../i18n/da';
import en from '../i18n/en';
import { translatorOf } from '../i18n/translator';
import { setUiLanguage } from '../i18n/uiLanguage';
import { recordName, representation, shortRecordName } from './recordNames';

const danish = { translate: translatorOf(da), locale: 'da-DK' };
const english = { translate: translatorOf(en), locale: 'en-GB' };

describe('recordName', () => {
  it('names each record by what people call it, not by an id or a job title', () => {
    expect(recordName('people', { name: 'Niels Brandt', title: 'Kontorchef' }, danish)).toBe(
      'Niels Brandt',
    );
    expect(recordName('initiatives', { code: 'A.1', title: 'Brobygning' }, danish)).toBe(
      'A.1 Brobygning',
    );
    expect(shortRecordName('initiatives', { code: 'A.1', title: 'Brobygning' }, danish)).toBe(
      'A.1',
    );
    expect(recordName('organisations', { shortName: 'UFM', name: 'Ministeriet' }, danish)).toBe(
      'UFM',
    );
    expect(recordName('milestones', { title: 'Workshop' }, danish)).toBe('Workshop');
    expect(recordName('targets', { number: 1, title: 'Flere virksomheder' }, danish)).toBe(
      '1. Flere virksomheder',
    );
    expect(recordName('round-outcomes', { text: `Følg op ${'og op '.repeat(20)}` }, danish)).toBe(
      `Følg op ${'og op '.repeat(20)}`.slice(0, 60).trimEnd() + '…',
    );
  });

  it('names a status report by its date as the language writes it, and its initiative', () => {
    const report = { reportDate: '2017-06-15', initiativeId: 1 };
    expect(recordName('status-reports', report, danish)).toBe('15. juni 2017');
    const nameOf = () => 'A.1 Brobygning';
    expect(recordName('status-reports', report, { ...danish, nameOf })).toBe(
      '15. juni 2017 om A.1 Brobygning',
    );
    expect(recordName('status-reports', report, { ...english, nameOf })).toBe(
      '15 June 2017 on A.1 Brobygning',
    );
  });

  it('names a reminder rule by what it does, and a measurement by target, region and year', () => {
    expect(recordName('reminder-rules', { kind: 'due_soon', days: 14 }, danish)).toBe(
      '14 dage før fristen → den ansvarlige',
    );
    const nameOf = () => '1. Flere virksomheder';
    expect(
      recordName(
        'measurements',
        { targetId: 1, region: 'hovedstaden', year: 2016 },
        {
          ...danish,
          nameOf,
        },
      ),
    ).toBe('1. Flere virksomheder, Region Hovedstaden, 2016');
  });

  it('says nothing when the values lack what names the record', () => {
    expect(recordName('milestones', { status: 'done' }, danish)).toBeUndefined();
    expect(recordName('status-reports', { summary: 'x' }, danish)).toBeUndefined();
  });
});

describe('representation', () => {
  it('gives react-admin a record’s name in the UI language for titles and references', () => {
    setUiLanguage('da', danish.translate);
    const report = { id: 15, reportDate: '2017-06-15', initiativeId: 1 };
    expect(representation('status-reports')(report)).toBe('15. juni 2017');
    setUiLanguage('en', english.translate);
    expect(representation('status-reports')(report)).toBe('15 June 2017');
    expect(representation('reminder-rules')({ id: 2, kind: 'overdue', days: 1 } as never)).toBe(
      '1 day after the due date → the responsible person',
    );
  });
});
