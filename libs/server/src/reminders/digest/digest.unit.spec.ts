import type { Language } from '@pejling/contracts';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DigestInput, DigestItem, renderDigest } from './digest';

const DAY = '2017-06-15';
const A1 = { id: 1, code: 'A.1', title: 'Færre og stærkere klynger' };
const A2 = { id: 2, code: 'A.2', title: 'Klyngernes kvalitet' };
const A10 = { id: 10, code: 'A.10', title: 'Tiende initiativ' };
const B1 = { id: 3, code: 'B.1', title: 'Internationalisering af klynger' };

let nextId = 100;

/** An item `daysLate` days past its due date on DAY (negative: due in that many days). */
function item(title: string, daysLate: number, more: Partial<DigestItem> = {}): DigestItem {
  const id = nextId++;
  const due = new Date(Date.UTC(2017, 5, 15 - daysLate)).toISOString().slice(0, 10);
  return {
    deliveryId: id,
    kind: daysLate > 0 ? 'overdue' : 'due_soon',
    recipientRole: 'responsible',
    about: { type: 'milestone', id, title, dueDate: due },
    initiative: A1,
    daysLate,
    alsoTold: [],
    standsInFor: null,
    link: `https://pejling.example.dk/m/${id}?t=tok${id}`,
    ...more,
  };
}

function render(items: DigestItem[], language: Language = 'da', more: Partial<DigestInput> = {}) {
  return renderDigest({ person: { name: 'Olga Olsen', language }, day: DAY, items, ...more });
}

/** The three-item digest with one escalation used in the examples. */
function example(): DigestItem[] {
  return [
    {
      deliveryId: 1,
      kind: 'due_soon',
      recipientRole: 'responsible',
      about: {
        type: 'milestone',
        id: 11,
        title: 'Kortlægning af internationale samarbejder',
        dueDate: '2017-06-18',
      },
      initiative: B1,
      daysLate: -3,
      alsoTold: [],
      standsInFor: null,
      link: 'https://pejling.example.dk/m/11?t=abc&x=1',
    },
    {
      deliveryId: 2,
      kind: 'escalation',
      recipientRole: 'responsible',
      about: { type: 'milestone', id: 12, title: 'Fælles kvalitetsmodel', dueDate: '2017-06-01' },
      initiative: A1,
      daysLate: 14,
      alsoTold: ['Kaj Berg'],
      standsInFor: null,
      link: 'https://pejling.example.dk/m/12?t=def',
    },
    {
      deliveryId: 3,
      kind: 'due_soon',
      recipientRole: 'responsible',
      about: {
        type: 'milestone',
        id: 13,
        title: 'Evaluering af klyngeprogrammet',
        dueDate: '2017-06-29',
      },
      initiative: A1,
      daysLate: -14,
      alsoTold: [],
      standsInFor: null,
      link: 'https://pejling.example.dk/m/13?t=ghi',
    },
  ];
}

describe('a reminder digest', () => {
  describe('in full', () => {
    it('says it all in Danish', () => {
      const mail = render(example(), 'da', { unsubscribeUrl: 'https://pejling.example.dk/u/xyz' });
      expect(mail.subject).toBe('Pejling: 1 milepæl er overskredet, 2 forfalder snart');
      expect(mail.text).toBe(
        [
          'Kære Olga Olsen',
          '',
          'Her er dine 3 påmindelser fra Pejling for 15. juni 2017.',
          '',
          '',
          'A.1 Færre og stærkere klynger',
          '-----------------------------',
          '',
          '- Fælles kvalitetsmodel',
          '  Frist: 1. juni 2017 (overskredet med 14 dage)',
          '  Marker milepælen som færdig, hvis den er nået. Ellers opdater dens',
          '  status, og fortæl i en statusrapport, hvordan det går.',
          '  Du får denne besked som ansvarlig for milepælen.',
          '  Også orienteret: Kaj Berg.',
          '  Åbn milepælen i Pejling:',
          '  https://pejling.example.dk/m/12?t=def',
          '',
          '- Evaluering af klyngeprogrammet',
          '  Frist: 29. juni 2017 (forfalder om 14 dage)',
          '  Opdater milepælens status i Pejling, eller marker den som færdig, når',
          '  den er nået.',
          '  Åbn milepælen i Pejling:',
          '  https://pejling.example.dk/m/13?t=ghi',
          '',
          '',
          'B.1 Internationalisering af klynger',
          '-----------------------------------',
          '',
          '- Kortlægning af internationale samarbejder',
          '  Frist: 18. juni 2017 (forfalder om 3 dage)',
          '  Opdater milepælens status i Pejling, eller marker den som færdig, når',
          '  den er nået.',
          '  Åbn milepælen i Pejling:',
          '  https://pejling.example.dk/m/11?t=abc&x=1',
          '',
          '',
          'Venlig hilsen',
          'Pejling',
          '',
          '',
          'Vil du ikke længere have påmindelser fra Pejling? Eskaleringer af',
          'overskredne milepæle og anmodninger om statusrapporter og om tal til',
          'pejlemærkerne får du stadig.',
          'Afmeld påmindelser:',
          'https://pejling.example.dk/u/xyz',
          '',
        ].join('\n'),
      );
    });

    it('says it all in English', () => {
      const mail = render(example(), 'en', { unsubscribeUrl: 'https://pejling.example.dk/u/xyz' });
      expect(mail.subject).toBe('Pejling: 1 milestone overdue, 2 due soon');
      expect(mail.text).toBe(
        [
          'Dear Olga Olsen',
          '',
          'Here are your 3 reminders from Pejling for 15 June 2017.',
          '',
          '',
          'A.1 Færre og stærkere klynger',
          '-----------------------------',
          '',
          '- Fælles kvalitetsmodel',
          '  Due: 1 June 2017 (14 days overdue)',
          '  Mark the milestone done if it has been reached. Otherwise update its',
          '  status and report progress in a status report.',
          '  You are receiving this as the person responsible for the milestone.',
          '  Also informed: Kaj Berg.',
          '  Open the milestone in Pejling:',
          '  https://pejling.example.dk/m/12?t=def',
          '',
          '- Evaluering af klyngeprogrammet',
          '  Due: 29 June 2017 (due in 14 days)',
          "  Update the milestone's status in Pejling, or mark it done once it is",
          '  reached.',
          '  Open the milestone in Pejling:',
          '  https://pejling.example.dk/m/13?t=ghi',
          '',
          '',
          'B.1 Internationalisering af klynger',
          '-----------------------------------',
          '',
          '- Kortlægning af internationale samarbejder',
          '  Due: 18 June 2017 (due in 3 days)',
          "  Update the milestone's status in Pejling, or mark it done once it is",
          '  reached.',
          '  Open the milestone in Pejling:',
          '  https://pejling.example.dk/m/11?t=abc&x=1',
          '',
          '',
          'Kind regards',
          'Pejling',
          '',
          '',
          'No longer want reminders from Pejling? You will still get escalations of',
          'overdue milestones and requests for status reports and target figures.',
          'Unsubscribe from reminders:',
          'https://pejling.example.dk/u/xyz',
          '',
        ].join('\n'),
      );
    });

    it('says the same in HTML, with a heading per initiative and a list item per milestone', () => {
      const { html } = render(example(), 'da', {
        unsubscribeUrl: 'https://pejling.example.dk/u/xyz',
      });
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="da">/);
      expect(html).toContain('<p>Kære Olga Olsen</p>');
      expect(html).toContain('<p>Her er dine 3 påmindelser fra Pejling for 15. juni 2017.</p>');
      expect(html.match(/<h2 [^>]*>[^<]*<\/h2>/g)?.map((h) => h.replace(/<[^>]*>/g, ''))).toEqual([
        'A.1 Færre og stærkere klynger',
        'B.1 Internationalisering af klynger',
      ]);
      expect(html.match(/<li /g)).toHaveLength(3);
      expect(html).toContain(
        '<div>Frist: 1. juni 2017 (<span style="color:#b3261e;font-weight:bold">overskredet med 14 dage</span>)</div>',
      );
      expect(html).toContain('<div>Du får denne besked som ansvarlig for milepælen.</div>');
      expect(html).toContain('<div>Også orienteret: Kaj Berg.</div>');
      expect(html).toContain('<p style="margin-top:28px">Venlig hilsen<br>Pejling</p>');
    });

    it('keeps plain-text lines short and the HTML free of anything fetched from elsewhere', () => {
      const items = example();
      items[1] = {
        ...items[1],
        kind: 'escalation',
        recipientRole: 'secretariat',
        daysLate: 28,
        alsoTold: [
          'Olga Olsen',
          'Kaj Berg fra Uddannelses- og Forskningsministeriet',
          'Sara Sørensen',
        ],
      };
      for (const language of ['da', 'en'] as const) {
        const mail = render(items, language, { unsubscribeUrl: 'https://pejling.example.dk/u/1' });
        for (const line of mail.text.split('\n')) expect(line.length).toBeLessThanOrEqual(72);
        expect(mail.html).not.toMatch(/<(img|link|style|script|iframe)\b|src=|url\(|@import/i);
        expect(mail.html).not.toMatch(/class=/);
      }
    });
  });

  describe('order and grouping', () => {
    it('groups by initiative, most urgent initiative first, most urgent milestone first within', () => {
      const mail = render([
        item('B soon', -3, { initiative: B1 }),
        item('A.10 in a week', -7, { initiative: A10 }),
        item('A.1 in two weeks', -14),
        item('A.2 today', 0, { initiative: A2 }),
        item('A.1 late', 1),
        item('B very late', 21, { initiative: B1, kind: 'overdue' }),
        item('A.1 tomorrow', -1),
      ]);
      const order = (text: string, lines: string[]) =>
        lines.map((l) => text.split('\n').indexOf(l));
      const headings = [
        'B.1 Internationalisering af klynger',
        'A.1 Færre og stærkere klynger',
        'A.2 Klyngernes kvalitet',
        'A.10 Tiende initiativ',
      ];
      const titles = [
        '- B very late',
        '- B soon',
        '- A.1 late',
        '- A.1 tomorrow',
        '- A.1 in two weeks',
        '- A.2 today',
        '- A.10 in a week',
      ];
      for (const positions of [order(mail.text, headings), order(mail.text, titles)]) {
        expect(positions).not.toContain(-1);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      }
      // Each title sits under its own heading.
      const lines = mail.text.split('\n');
      expect(lines.indexOf('- B soon')).toBeLessThan(lines.indexOf(headings[1]));
      expect(lines.indexOf('- A.1 in two weeks')).toBeLessThan(lines.indexOf(headings[2]));
      expect(lines.indexOf('- A.2 today')).toBeLessThan(lines.indexOf(headings[3]));

      const htmlTitles = [
        ...mail.html.matchAll(/<div style="font-weight:bold">([^<]*)<\/div>/g),
      ].map((m) => m[1]);
      expect(htmlTitles).toEqual(titles.map((t) => t.slice(2)));
    });

    it('breaks ties between initiatives by code in numeric order, and between milestones by title', () => {
      const mail = render([
        item('Zeta', -3, { initiative: A10 }),
        item('Beta', -3, { initiative: A2 }),
        item('Alfa', -3, { initiative: A2 }),
      ]);
      const lines = mail.text.split('\n');
      const at = (l: string) => lines.indexOf(l);
      expect(at('A.2 Klyngernes kvalitet')).toBeLessThan(at('A.10 Tiende initiativ'));
      expect(at('- Alfa')).toBeLessThan(at('- Beta'));
      expect(at('- Beta')).toBeLessThan(at('A.10 Tiende initiativ'));
    });

    it('shows a milestone reached by two rules on one day once, as the escalation, naming everyone told', () => {
      const overdue = item('Samme milepæl', 14, { kind: 'overdue' });
      const escalation: DigestItem = {
        ...overdue,
        deliveryId: overdue.deliveryId + 1000,
        kind: 'escalation',
        alsoTold: ['Kaj Berg'],
      };
      const mail = render([
        overdue,
        escalation,
        { ...escalation, deliveryId: 5000, alsoTold: ['Kaj Berg', 'Sara'] },
      ]);
      expect(mail.subject).toBe('Pejling: »Samme milepæl« er overskredet med 14 dage');
      expect(mail.text.split('\n').filter((l) => l === '- Samme milepæl')).toHaveLength(1);
      expect(mail.text).toContain(
        '  Du får denne besked som ansvarlig for milepælen.\n  Også orienteret: Kaj Berg, Sara.\n',
      );
    });
  });

  describe('subject', () => {
    const subject = (language: Language, ...items: DigestItem[]) => render(items, language).subject;

    it('names the milestone and how it stands when there is one', () => {
      expect(subject('da', item('Rapport', -3))).toBe('Pejling: »Rapport« forfalder om 3 dage');
      expect(subject('da', item('Rapport', -1))).toBe('Pejling: »Rapport« forfalder i morgen');
      expect(subject('da', item('Rapport', 0))).toBe('Pejling: »Rapport« forfalder i dag');
      expect(subject('da', item('Rapport', 1))).toBe('Pejling: »Rapport« er overskredet med 1 dag');
      expect(subject('da', item('Rapport', 14))).toBe(
        'Pejling: »Rapport« er overskredet med 14 dage',
      );
      expect(subject('en', item('Report', -3))).toBe('Pejling: “Report” is due in 3 days');
      expect(subject('en', item('Report', -1))).toBe('Pejling: “Report” is due tomorrow');
      expect(subject('en', item('Report', 0))).toBe('Pejling: “Report” is due today');
      expect(subject('en', item('Report', 1))).toBe('Pejling: “Report” is 1 day overdue');
      expect(subject('en', item('Report', 14))).toBe('Pejling: “Report” is 14 days overdue');
    });

    it('counts milestones by how they stand, worst first, in the singular and the plural', () => {
      expect(subject('da', item('a', -3), item('b', -14))).toBe(
        'Pejling: 2 milepæle forfalder snart',
      );
      expect(subject('da', item('a', -3), item('b', 0), item('c', -14))).toBe(
        'Pejling: 1 milepæl forfalder i dag, 2 forfalder snart',
      );
      expect(subject('da', item('a', -3), item('b', 1), item('c', 8))).toBe(
        'Pejling: 2 milepæle er overskredet, 1 forfalder snart',
      );
      expect(subject('da', item('a', 0), item('b', 1), item('c', -3))).toBe(
        'Pejling: 1 milepæl er overskredet, 1 forfalder i dag, 1 forfalder snart',
      );
      expect(subject('en', item('a', -3), item('b', -14))).toBe('Pejling: 2 milestones due soon');
      expect(subject('en', item('a', -3), item('b', 1), item('c', -14))).toBe(
        'Pejling: 1 milestone overdue, 2 due soon',
      );
      expect(subject('en', item('a', 0), item('b', 0), item('c', 8))).toBe(
        'Pejling: 1 milestone overdue, 2 due today',
      );
    });

    it('keeps the subject to one line and shortens a very long title', () => {
      const long = `${'Lang titel '.repeat(12)}\nmed linjeskift`;
      const s = subject('da', item(long, -3));
      expect(s).not.toContain('\n');
      expect(s).toBe(`Pejling: »${'Lang titel '.repeat(7)}La…« forfalder om 3 dage`);
    });
  });

  describe('dates and days', () => {
    it('writes due dates out in Danish and English', () => {
      const dates: [string, string, string][] = [
        ['2017-06-15', '15. juni 2017', '15 June 2017'],
        ['2017-01-01', '1. januar 2017', '1 January 2017'],
        ['2016-12-31', '31. december 2016', '31 December 2016'],
        ['2018-03-25', '25. marts 2018', '25 March 2018'],
        ['2016-02-29', '29. februar 2016', '29 February 2016'],
      ];
      for (const [date, da, en] of dates) {
        const one = {
          ...item('M', -3),
          about: { type: 'milestone' as const, id: 1, title: 'M', dueDate: date },
        };
        expect(render([one], 'da').text).toContain(`\n  Frist: ${da} (forfalder om 3 dage)\n`);
        expect(render([one], 'en').text).toContain(`\n  Due: ${en} (due in 3 days)\n`);
      }
    });

    it('writes the same date in any time zone the process runs in', () => {
      // Jest's process.env does not reach the clock, so the renderer runs in a child
      // process per zone: west of UTC a local midnight is the day before. The renderer is
      // several modules, so the child compiles each with SWC as it loads it.
      const swc = {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      };
      const code =
        `require.extensions['.ts'] = (m, file) => m._compile(require(` +
        `${JSON.stringify(require.resolve('@swc/core'))}).transformSync(require('node:fs')` +
        `.readFileSync(file, 'utf8'), { ...${JSON.stringify(swc)}, filename: file }).code, file);` +
        `Object.assign(exports, require(${JSON.stringify(join(__dirname, 'digest.ts'))}))`;
      const input: DigestInput = {
        person: { name: 'Olga Olsen', language: 'da' },
        day: '2017-01-01',
        items: [
          {
            ...item('M', 0),
            about: { type: 'milestone', id: 1, title: 'M', dueDate: '2017-01-01' },
          },
        ],
      };
      const expected = renderDigest(input).text;
      expect(expected).toContain('\n  Frist: 1. januar 2017 (forfalder i dag)\n');
      expect(expected).toContain('Her er din påmindelse fra Pejling for 1. januar 2017.');
      for (const [TZ, localDay] of [
        ['America/Los_Angeles', 31],
        ['Pacific/Kiritimati', 1],
      ] as const) {
        const child = spawnSync(
          process.execPath,
          [
            '-e',
            `${code};process.stdout.write(JSON.stringify({` +
              `localDay: new Date('2017-01-01').getDate(),` +
              `text: exports.renderDigest(${JSON.stringify(input)}).text }))`,
          ],
          { env: { ...process.env, TZ }, encoding: 'utf8' },
        );
        expect(child.stderr).toBe('');
        expect(JSON.parse(child.stdout)).toEqual({ localDay, text: expected });
      }
    });

    it('counts days in the singular and the plural', () => {
      const status = (language: Language, daysLate: number) => {
        const { text } = render([item('M', daysLate)], language);
        return /\((.*)\)\n/.exec(text)?.[1];
      };
      expect([-14, -3, -2, -1, 0, 1, 2, 14].map((d) => status('da', d))).toEqual([
        'forfalder om 14 dage',
        'forfalder om 3 dage',
        'forfalder om 2 dage',
        'forfalder i morgen',
        'forfalder i dag',
        'overskredet med 1 dag',
        'overskredet med 2 dage',
        'overskredet med 14 dage',
      ]);
      expect([-14, -1, 0, 1, 14].map((d) => status('en', d))).toEqual([
        'due in 14 days',
        'due tomorrow',
        'due today',
        '1 day overdue',
        '14 days overdue',
      ]);
    });

    it('addresses one reminder in the singular', () => {
      expect(render([item('M', -3)], 'da').text).toContain(
        'Her er din påmindelse fra Pejling for 15. juni 2017.',
      );
      expect(render([item('M', -3)], 'en').text).toContain(
        'Here is your reminder from Pejling for 15 June 2017.',
      );
    });
  });

  describe('escalations', () => {
    it('tells the lead organisation’s contact why, what to do, and who else has been told', () => {
      const escalation = item('Kvalitetsmodel', 14, {
        kind: 'escalation',
        recipientRole: 'lead_contact',
        alsoTold: ['Olga Olsen', 'sekretariatet'],
      });
      const da = render([escalation], 'da');
      expect(da.text).toContain(
        [
          '  Følg op med den ansvarlige, så milepælen bliver markeret som færdig',
          '  eller får en opdateret status.',
          '  Du får denne besked som kontaktperson for den ansvarlige organisation.',
          '  Også orienteret: Olga Olsen, sekretariatet.',
          '',
        ].join('\n'),
      );
      expect(da.html).toContain(
        '<div>Du får denne besked som kontaktperson for den ansvarlige organisation.</div>\n' +
          '<div>Også orienteret: Olga Olsen, sekretariatet.</div>',
      );
      const en = render([escalation], 'en');
      expect(en.text).toContain(
        [
          '  You are receiving this as the contact person of the lead organisation.',
          '  Also informed: Olga Olsen, sekretariatet.',
          '',
        ].join('\n'),
      );
      expect(en.text).toContain('Please follow up with the person responsible');
    });

    it('tells the secretariat why it gets it', () => {
      const escalation = item('M', 28, {
        kind: 'escalation',
        recipientRole: 'secretariat',
        alsoTold: ['Olga Olsen', 'Kaj Berg'],
      });
      expect(render([escalation], 'da').text).toContain(
        '  Du får denne besked som medlem af sekretariatet.\n  Også orienteret: Olga Olsen, Kaj Berg.\n',
      );
      expect(render([escalation], 'en').text).toContain(
        '  You are receiving this as a member of the secretariat.\n  Also informed: Olga Olsen, Kaj Berg.\n',
      );
    });

    it('tells whoever stands in for a missing contact person why it reaches them', () => {
      const escalation = { kind: 'escalation', standsInFor: 'lead_contact' } as const;
      const lead = render([item('M', 14, { ...escalation, recipientRole: 'lead_responsible' })]);
      expect(lead.text).toContain('  Følg op med den ansvarlige, så milepælen bliver markeret');
      expect(lead.text).toContain(
        [
          '  Du får denne besked som ansvarlig for initiativet i den ansvarlige',
          '  organisation, fordi organisationen ikke har en kontaktperson i',
          '  Pejling.',
        ].join('\n'),
      );
      const secretariat = item('M', 14, { ...escalation, recipientRole: 'secretariat' });
      expect(render([secretariat], 'en').text).toContain(
        [
          '  You are receiving this as a member of the secretariat, because the',
          '  lead organisation has no contact person in Pejling to follow up.',
        ].join('\n'),
      );
    });

    it('tells the responsible person who else has been told, and to update the milestone', () => {
      const escalation = item('M', 28, {
        kind: 'escalation',
        alsoTold: ['Kaj Berg', 'sekretariatet'],
      });
      expect(render([escalation], 'da').text).toContain(
        [
          '  Marker milepælen som færdig, hvis den er nået. Ellers opdater dens',
          '  status, og fortæl i en statusrapport, hvordan det går.',
          '  Du får denne besked som ansvarlig for milepælen.',
          '  Også orienteret: Kaj Berg, sekretariatet.',
          '',
        ].join('\n'),
      );
    });

    it('keeps names whole when the list of people told wraps', () => {
      const names = [
        'Anne-Marie Christiansen',
        'Bent Bjerregaard Kristensen',
        'Carla Dahl',
        'sekretariatet',
      ];
      const { text } = render([item('M', 28, { kind: 'escalation', alsoTold: names })]);
      expect(text).toContain(
        '  Også orienteret: Anne-Marie Christiansen, Bent Bjerregaard Kristensen,\n  Carla Dahl, sekretariatet.\n',
      );
    });

    it('says nothing of escalation on an ordinary reminder', () => {
      const { text, html } = render([item('M', -3), item('N', 8)]);
      expect(text).not.toContain('Du får denne besked');
      expect(text).not.toContain('Også orienteret');
      expect(html).not.toContain('Du får denne besked');
    });
  });

  describe('escaping', () => {
    const evil = '<script>alert("x")</script> & co';
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co';

    it('escapes every value in the HTML and keeps it verbatim in the text', () => {
      const mail = render(
        [
          item(evil, 20, {
            kind: 'escalation',
            recipientRole: 'secretariat',
            initiative: { id: 9, code: 'C.1', title: evil },
            alsoTold: [evil],
            link: 'https://pejling.example.dk/m/1?a=1&b="><script>x</script>',
          }),
          item("O'Brien's plan", -3),
        ],
        'en',
        {
          person: { name: evil, language: 'en' },
          unsubscribeUrl: 'https://pejling.example.dk/u?a=1&b=2',
        },
      );
      expect(mail.html).not.toContain(evil);
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).not.toContain('"x"');
      expect(mail.html).toContain(`<div style="font-weight:bold">${escaped}</div>`);
      expect(mail.html).toContain(`>C.1 ${escaped}</h2>`);
      expect(mail.html).toContain(`<p>Dear ${escaped}</p>`);
      expect(mail.html).toContain(`<div>Also informed: ${escaped}.</div>`);
      expect(mail.html).toContain(`<div style="font-weight:bold">O&#39;Brien&#39;s plan</div>`);
      expect(mail.html).toContain(
        'href="https://pejling.example.dk/m/1?a=1&amp;b=&quot;&gt;&lt;script&gt;x&lt;/script&gt;"',
      );
      expect(mail.html).toContain('href="https://pejling.example.dk/u?a=1&amp;b=2"');
      expect(mail.html).toContain(`<title>Pejling: 1 milestone overdue, 1 due soon</title>`);

      expect(mail.text).toContain(`\n- ${evil}\n`);
      expect(mail.text).toContain(`\nC.1 ${evil}\n`);
      expect(mail.text).toContain(`Dear ${evil}\n`);
      expect(mail.text).toContain(`Also informed: ${evil}.`);
      expect(mail.text).toContain("\n- O'Brien's plan\n");
    });

    it('escapes a title in the subject of the HTML page and keeps it verbatim in the subject', () => {
      const mail = render([item(evil, -3)], 'da');
      expect(mail.subject).toBe(`Pejling: »${evil}« forfalder om 3 dage`);
      expect(mail.html).toContain(`<title>Pejling: »${escaped}« forfalder om 3 dage</title>`);
    });
  });

  describe('links', () => {
    it('gives every milestone its own link in both bodies', () => {
      const items = example();
      const mail = render(items, 'da');
      for (const { link } of items as (DigestItem & { link: string })[]) {
        expect(mail.text).toContain(`  Åbn milepælen i Pejling:\n  ${link}\n`);
        expect(mail.html).toContain(
          `<a href="${link.replace(/&/g, '&amp;')}" style="color:#0b57d0">Åbn milepælen i Pejling</a>`,
        );
      }
      expect(mail.html.match(/<a href=/g)).toHaveLength(3);
      expect(render(items, 'en').html).toContain('>Open the milestone in Pejling</a>');
    });

    it('ends with an unsubscribe link only when there is one', () => {
      const url = 'https://pejling.example.dk/afmeld/abc';
      const withLink = render(example(), 'da', { unsubscribeUrl: url });
      expect(withLink.text).toMatch(
        /\nAfmeld påmindelser:\nhttps:\/\/pejling\.example\.dk\/afmeld\/abc\n$/,
      );
      expect(withLink.html).toContain(
        `<a href="${url}" style="color:#0b57d0">Afmeld påmindelser</a></p>`,
      );
      const en = render(example(), 'en', { unsubscribeUrl: url });
      expect(en.text).toMatch(
        /\nUnsubscribe from reminders:\nhttps:\/\/pejling\.example\.dk\/afmeld\/abc\n$/,
      );

      const without = render(example(), 'da');
      expect(without.text).not.toContain('Afmeld');
      expect(without.html).not.toContain('Afmeld');
      expect(without.text).toMatch(/\nVenlig hilsen\nPejling\n$/);
      expect(without.html.match(/<a href=/g)).toHaveLength(3);
    });

    it('puts a placeholder where a copy to read leaves the personal links out', () => {
      const items = example().map((i) => ({ ...i, link: null }));
      const da = render(items, 'da', { unsubscribeUrl: null });
      expect(da.text).toContain(
        '  Åbn milepælen i Pejling:\n  [personligt link, kun i modtagerens e-mail]\n',
      );
      expect(da.text).toMatch(
        /\nAfmeld påmindelser:\n\[personligt link, kun i modtagerens e-mail\]\n$/,
      );
      expect(da.text).not.toMatch(/https?:/);
      expect(da.html).not.toMatch(/<a\b|https?:/);
      expect(da.html).toContain(
        'Åbn milepælen i Pejling: [personligt link, kun i modtagerens e-mail]',
      );
      const en = render(items, 'en', { unsubscribeUrl: null });
      expect(en.text).toContain(
        '  Open the milestone in Pejling:\n  [personal link, only in the recipient’s e-mail]\n',
      );
    });

    it('refuses a link that is not http(s)', () => {
      expect(() => render([item('M', -3, { link: 'javascript:alert(1)' })])).toThrow(
        'Not an http(s) link: javascript:alert(1)',
      );
      expect(() => render([item('M', -3)], 'da', { unsubscribeUrl: '/afmeld' })).toThrow(
        'Not an http(s) link: /afmeld',
      );
    });
  });

  it('refuses an empty digest and a day that is not a date', () => {
    expect(() => render([])).toThrow('A digest needs at least one item');
    expect(() => render([item('M', -3)], 'da', { day: '2017-02-30' })).toThrow(
      'Not a date (YYYY-MM-DD): 2017-02-30',
    );
  });
});

describe('a reporting round’s request in a digest', () => {
  const ROUND = {
    type: 'round' as const,
    id: 7,
    title: 'Styregruppemøde juni 2017',
    dueDate: '2017-06-22',
  };
  const request = (initiative: DigestItem['initiative'], more: Partial<DigestItem> = {}) =>
    item('', -7, { kind: 'round_request', about: ROUND, initiative, ...more });

  it('asks for the report by the round’s due date, with a link to the form', () => {
    const mail = render([request(A1)]);
    expect(mail.subject).toBe(
      'Pejling: »Statusrapport til Styregruppemøde juni 2017« forfalder om 7 dage',
    );
    expect(mail.text).toContain('- Statusrapport til Styregruppemøde juni 2017');
    expect(mail.text).toContain('Frist: 22. juni 2017 (forfalder om 7 dage)');
    expect(mail.text).toContain('Skriv initiativets statusrapport i Pejling');
    expect(mail.text).toContain('Skriv statusrapporten i Pejling:');
    expect(mail.html).toContain('>Skriv statusrapporten i Pejling</a>');
  });

  it('names the round once in the subject when several initiatives are asked, in either language', () => {
    expect(render([request(A1), request(A2), request(B1)]).subject).toBe(
      'Pejling: 3 statusrapporter til »Styregruppemøde juni 2017« forfalder om 7 dage',
    );
    expect(render([request(A1), request(A2)], 'en').subject).toBe(
      'Pejling: 2 status reports for “Styregruppemøde juni 2017” are due in 7 days',
    );
    // Mixed with milestones, the subject counts tasks.
    expect(render([request(A1), item('Workshop', 3)]).subject).toBe(
      'Pejling: 1 opgave er overskredet, 1 forfalder snart',
    );
  });

  it('tells the secretariat which initiative’s report is missing, and why they hear of it', () => {
    const missing = item('', 1, {
      kind: 'round_missing',
      recipientRole: 'secretariat',
      about: { ...ROUND, dueDate: '2017-06-14' },
      initiative: A2,
    });
    const mail = render([missing], 'en');
    expect(mail.text).toContain('A.2 Klyngernes kvalitet');
    expect(mail.text).toContain("The initiative's status report is still missing.");
    expect(mail.text).toContain('You are receiving this as a member of the secretariat.');
    expect(mail.text).toContain('Open the reporting round in Pejling:');
  });
});

describe('a reporting round’s call for figures in a digest', () => {
  const ROUND = {
    type: 'figures' as const,
    id: 7,
    title: 'Styregruppemøde juni 2017',
    dueDate: '2017-06-22',
  };
  const T3 = { id: 3, number: 3, title: 'Virksomheder i samarbejdsprojekter', year: 2016 };
  const T5 = { id: 5, number: 5, title: 'Guld- og Sølvklynger', year: 2016 };
  const call = (target: DigestItem['target'], more: Partial<DigestItem> = {}) =>
    item('', -7, {
      kind: 'round_request',
      recipientRole: 'data_owner',
      about: ROUND,
      initiative: null,
      target,
      ...more,
    });

  it('asks the data owner for the target’s figures of the year, with a link to propose them', () => {
    const mail = render([call(T3)]);
    expect(mail.subject).toBe(
      'Pejling: »Tal for 2016 til pejlemærke 3: Virksomheder i samarbejdsprojekter« forfalder om 7 dage',
    );
    expect(mail.text).toContain(
      [
        'Tal til pejlemærkerne',
        '---------------------',
        '',
        '- Tal for 2016 til pejlemærke 3: Virksomheder i samarbejdsprojekter',
        '  Frist: 22. juni 2017 (forfalder om 7 dage)',
        '  Foreslå pejlemærkets tal i Pejling med deres kilde, så sekretariatet',
        '  kan godkende dem før mødet. Et tal, der er sendt retur, retter du',
        '  samme sted.',
        '  Du får denne besked for dataejeren af pejlemærkets tal.',
        '  Foreslå tallene i Pejling:',
      ].join('\n'),
    );
    expect(mail.html).toContain('>Foreslå tallene i Pejling</a>');
  });

  it('lists the targets under one heading beside the initiatives’ reports, in English too', () => {
    const report = item('', -7, {
      kind: 'round_request',
      about: { ...ROUND, type: 'round' },
      initiative: A1,
    });
    const mail = render([call(T5), report, call(T3)], 'en');
    expect(mail.subject).toBe('Pejling: 3 tasks due soon');
    const text = mail.text;
    expect(text.indexOf('Target figures\n')).toBeGreaterThan(text.indexOf('A.1 Færre'));
    expect(text.indexOf('Figures for 2016 for target 3')).toBeLessThan(
      text.indexOf('Figures for 2016 for target 5'),
    );
    expect(text).toContain("You are receiving this for the data owner of the target's figures.");
  });

  it('tells the secretariat which target’s figures are missing', () => {
    const missing = call(T3, {
      kind: 'round_missing',
      recipientRole: 'secretariat',
      about: { ...ROUND, dueDate: '2017-06-14' },
    });
    const { text } = render([missing]);
    expect(text).toContain('- Tal for 2016 til pejlemærke 3: Virksomheder i samarbejdsprojekter');
    expect(text).toContain('Pejlemærkets tal mangler stadig. Følg op med dataejeren før mødet.');
    expect(text).toContain('Du får denne besked som medlem af sekretariatet.');
    expect(text).toContain('Åbn rapporteringsrunden i Pejling:');
  });
});
