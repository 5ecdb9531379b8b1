import {
  ENUM_LABELS,
  RECORD_FIELDS,
  type AuditEventRecord,
  type AuditReferences,
  type FieldKind,
} from '@pejling/contracts';
import da from '../i18n/da';
import en from '../i18n/en';
import { translatorOf } from '../i18n/translator';
import { describeChanges, subjectOf } from './changes';

const danish = translatorOf(da);
const english = translatorOf(en);

/** Initiatives A.1 … A.17, Anna Holm (3), Bo Lund (4) and Eva Ny (5, deleted since). */
const REFERENCES: AuditReferences = {
  initiatives: Object.fromEntries(
    Array.from({ length: 17 }, (_, i) => [
      i + 1,
      { values: { code: `A.${i + 1}`, title: `Initiativ ${i + 1}` }, deleted: false },
    ]),
  ),
  people: {
    3: { values: { name: 'Anna Holm' }, deleted: false },
    4: { values: { name: 'Bo Lund' }, deleted: false },
    5: { values: { name: 'Eva Ny' }, deleted: true },
    6: { values: {}, deleted: true },
  },
};

type Event = Pick<
  AuditEventRecord,
  'resource' | 'recordId' | 'action' | 'before' | 'after' | 'references'
>;

const update = (
  resource: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Event => ({ resource, recordId: 9, action: 'update', before, after, references: REFERENCES });

const created = (resource: string, after: Record<string, unknown>): Event => ({
  resource,
  recordId: 9,
  action: 'create',
  before: null,
  after,
  references: REFERENCES,
});

const sentences = (event: Event, language: 'da' | 'en' = 'da') =>
  describeChanges(
    event,
    language === 'da' ? danish : english,
    language === 'da' ? 'da-DK' : 'en-GB',
  ).map((change) => change.sentence);

describe('the history’s sentences', () => {
  it('name enumeration values by their labels, in either language', () => {
    const round = update('reporting-rounds', { state: 'draft' }, { state: 'open' });
    expect(sentences(round)).toEqual(['Status ændret fra Kladde til Åben']);
    expect(sentences(round, 'en')).toEqual(['State changed from Draft to Open']);
    expect(
      sentences(update('people', { reminderMode: 'digest' }, { reminderMode: 'per_item' })),
    ).toEqual(['Påmindelsesform ændret fra Én samlet e-mail om dagen til Én e-mail pr. milepæl']);
  });

  it('name a target’s initiatives by code, with how each contributes and whether inferred', () => {
    const links = [
      { initiativeId: 1, contribution: 'Videnbroer', inferred: true },
      { initiativeId: 2, contribution: '', inferred: false },
    ];
    const linked = update(
      'targets',
      { initiativeIds: [1], initiativeLinks: links.slice(0, 1) },
      { initiativeIds: [1, 2], initiativeLinks: links },
    );
    expect(sentences(linked)).toEqual([
      'Initiativer, der skal flytte pejlemærket: A.2 tilføjet',
      'Bidrag (initiativer, der skal flytte pejlemærket) ændret fra A.1 (Videnbroer, udledt) til A.1 (Videnbroer, udledt) og A.2',
    ]);
    expect(sentences(linked, 'en')[1]).toBe(
      'Contribution (initiatives that should move it) changed from A.1 (Videnbroer, inferred) to A.1 (Videnbroer, inferred) and A.2',
    );
  });

  it('translate every value of every enumeration field of every resource', () => {
    for (const [resource, fields] of Object.entries(RECORD_FIELDS)) {
      for (const [field, kind] of Object.entries(fields as Record<string, FieldKind>)) {
        if (typeof kind !== 'object' || !('enum' in kind)) continue;
        for (const language of ['da', 'en'] as const) {
          for (const [value, label] of Object.entries(ENUM_LABELS[language][kind.enum])) {
            const [sentence] = sentences(created(resource, { [field]: value }), language);
            expect([resource, field, sentence]).toEqual([
              resource,
              field,
              expect.stringMatching(new RegExp(`: ${label.replace(/[.()]/g, '\\$&')}$`)),
            ]);
          }
        }
      }
    }
  });

  it('leave out what nobody changed: bookkeeping and figures computed from other records', () => {
    const initiative = update(
      'initiatives',
      { version: 3, progress: 40, progressMethod: 'milestones', progressOverride: null },
      { version: 4, progress: 80, progressMethod: 'override', progressOverride: 80 },
    );
    expect(sentences(initiative)).toEqual([
      'Fremdriftens grundlag ændret fra Ud fra milepælene til Sat manuelt',
      'Manuel fremdrift (%) sat til 80\u00a0%',
    ]);
  });

  it('tell of a file attached to a record: which record, the file, its size, who added it', () => {
    const file = {
      ...created('attachments', {
        id: 9,
        parentType: 'milestone',
        parentId: 12,
        fileName: 'referat.pdf',
        contentType: 'application/pdf',
        size: 12_800,
        uploadedByPersonId: 3,
        createdAt: '2017-06-15T08:00:00.000Z',
      }),
      references: {
        ...REFERENCES,
        milestones: { 12: { values: { title: 'Workshop om fødevarer' }, deleted: false } },
      },
    };
    expect(subjectOf(file, danish, 'da-DK')).toBe('referat.pdf');
    expect(sentences(file)).toEqual([
      'Type af post: Milepæl',
      'Knyttet til: Workshop om fødevarer',
      'Filnavn: »referat.pdf«',
      'Filtype: »application/pdf«',
      'Størrelse: 13 kB',
      'Tilføjet af: Anna Holm',
    ]);
    const deleted = { ...file, action: 'delete' as const, before: file.after, after: null };
    expect(sentences(deleted, 'en')).toEqual([
      'Kind of record: Milestone',
      'Attached to: Workshop om fødevarer',
      'File name: “referat.pdf”',
      'File type: “application/pdf”',
      'Size: 13 kB',
      'Added by: Anna Holm',
    ]);
  });

  it('name linked records, by code and title or name, not by id', () => {
    const outcome = created('round-outcomes', {
      kind: 'action',
      text: 'Følg op',
      initiativeId: 1,
      createdByPersonId: 3,
    });
    expect(sentences(outcome)).toEqual([
      'Type: Handlingspunkt',
      'Tekst: »Følg op«',
      'Initiativ: A.1 Initiativ 1',
      'Oprettet af: Anna Holm',
    ]);
  });

  it('say that a linked record has been deleted since', () => {
    const milestone = update('milestones', { responsiblePersonId: 5 }, { responsiblePersonId: 3 });
    expect(sentences(milestone)).toEqual(['Ansvarlig ændret fra Eva Ny (slettet) til Anna Holm']);
    expect(sentences(milestone, 'en')).toEqual([
      'Responsible changed from Eva Ny (deleted) to Anna Holm',
    ]);
    expect(sentences(update('milestones', { responsiblePersonId: 6 }, {}))).toEqual([
      'Ansvarlig fjernet (var slettet person)',
    ]);
  });

  it('shorten a long list of records, and say what was added to or removed from one', () => {
    const ids = Array.from({ length: 17 }, (_, i) => i + 1);
    expect(sentences(created('reporting-rounds', { initiativeIds: ids }))).toEqual([
      'Initiativer i runden: A.1, A.2, A.3 og 14 andre',
    ]);
    expect(sentences(created('reporting-rounds', { initiativeIds: ids }), 'en')).toEqual([
      'Initiatives in the round: A.1, A.2, A.3 and 14 others',
    ]);
    expect(
      sentences(
        update('initiatives', { responsiblePersonIds: [3] }, { responsiblePersonIds: [3, 4] }),
      ),
    ).toEqual(['Ansvarlige personer: Bo Lund tilføjet']);
    expect(
      sentences(
        update('initiatives', { responsiblePersonIds: [3] }, { responsiblePersonIds: [4] }),
      ),
    ).toEqual(['Ansvarlige personer: Bo Lund tilføjet, Anna Holm fjernet']);
  });

  it('write yes and no, dates and numbers as the language does', () => {
    expect(sentences(update('people', { active: true }, { active: false }))).toEqual([
      'Aktiv ændret fra Ja til Nej',
    ]);
    const due = update('milestones', { dueDate: '2017-03-01' }, { dueDate: '2017-04-01' });
    expect(sentences(due)).toEqual(['Frist ændret fra 1. marts 2017 til 1. april 2017']);
    expect(sentences(due, 'en')).toEqual(['Due date changed from 1 March 2017 to 1 April 2017']);
  });

  it('show a long text from where it changed', () => {
    const start = 'Indledning. '.repeat(10);
    const [sentence] = sentences(
      update(
        'initiatives',
        { description: `${start}Gammel slutning` },
        {
          description: `${start}Ny slutning`,
        },
      ),
    );
    expect(sentence).toMatch(/^Beskrivelse ændret fra »….*Gammel slutning« til »….*Ny slutning«$/);
  });

  it('list the fields in the order the record has them, not as the database kept them', () => {
    const report = created('status-reports', {
      risks: 'Ingen',
      state: 'draft',
      health: 'green',
      summary: 'Holdt',
      reportDate: '2017-06-15',
      initiativeId: 1,
    });
    expect(describeChanges(report, danish, 'da-DK').map((change) => change.field)).toEqual([
      'initiativeId',
      'reportDate',
      'health',
      'summary',
      'risks',
      'state',
    ]);
  });

  it('read an event stored by an older version, with fewer fields or one no longer kept', () => {
    const old = { id: 7, initiativeId: 1, title: 'Workshop', status: 'planned', owner: 'Anna' };
    const event = update('milestones', old, { ...old, status: 'done', owner: 'Bo' });
    expect(sentences(event)).toEqual([
      'Status ændret fra Planlagt til Færdig',
      'owner ændret fra »Anna« til »Bo«',
    ]);
    expect(subjectOf(event, danish, 'da-DK')).toBe('Workshop');
  });
});

describe('the history’s subject', () => {
  it('names a person by name, not by their job title', () => {
    const person = update(
      'people',
      { name: 'Niels Brandt', title: 'Kontorchef' },
      { name: 'Niels Brandt', title: 'Direktør' },
    );
    expect(subjectOf(person, danish, 'da-DK')).toBe('Niels Brandt');
  });

  it('names a status report by its date and initiative, in words', () => {
    const report = created('status-reports', { reportDate: '2017-06-15', initiativeId: 1 });
    expect(subjectOf(report, danish, 'da-DK')).toBe('15. juni 2017 om A.1 Initiativ 1');
    expect(subjectOf(report, english, 'en-GB')).toBe('15 June 2017 on A.1 Initiativ 1');
  });

  it('names a record the event kept too little of as it is now, and one deleted since', () => {
    const refs: AuditReferences = {
      milestones: { 9: { values: { title: 'Workshop' }, deleted: true } },
    };
    const event: Event = { ...update('milestones', { status: 'planned' }, {}), references: refs };
    expect(subjectOf(event, danish, 'da-DK')).toBe('Workshop (slettet)');
    const kept: Event = { ...update('milestones', { title: 'Seminar' }, {}), references: refs };
    expect(subjectOf(kept, english, 'en-GB')).toBe('Seminar (deleted)');
  });
});
