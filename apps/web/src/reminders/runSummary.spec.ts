import type { DeliveryCounts, ReminderPreview, ReminderRun } from '@pejling/contracts';
import { translatorOf } from '../i18n/translator';
import { runMessages } from './messages';
import { previewSummary, runSummary } from './runSummary';

const danish = translatorOf(runMessages.da);
const english = translatorOf(runMessages.en);
const DATE = '15. juni 2017';
const NONE: DeliveryCounts = { pending: 0, queued: 0, sending: 0, sent: 0, failed: 0, outbox: 0 };

const preview = (more: Partial<ReminderPreview>): ReminderPreview => ({
  asOf: '2017-06-15',
  dryRun: true,
  due: [],
  toRecord: 0,
  toQueue: 0,
  day: NONE,
  missingContacts: [],
  mail: 'smtp',
  queueAvailable: true,
  ...more,
});
const due = (n: number) => Array(n).fill({}) as ReminderPreview['due'];
const run = (
  recorded: number,
  queued: number,
  mail: ReminderRun['mail'] = 'smtp',
): ReminderRun => ({
  asOf: '2017-06-15',
  dryRun: false,
  recorded,
  queued: Array(queued).fill({}),
  day: NONE,
  mail,
});

describe('what the reminders page says', () => {
  it('says of 4 due reminders already recorded that sending has nothing new, as the run then does', () => {
    expect(
      previewSummary(preview({ due: due(4), day: { ...NONE, sent: 4 } }), DATE, danish),
    ).toEqual([
      '4 påmindelser gælder 15. juni 2017.',
      'Send nu har intet nyt at sende: det hele er allerede registreret for dagen.',
    ]);
    expect(runSummary(run(0, 0), danish)).toEqual([
      'Intet nyt at sende: påmindelserne for denne dag er allerede registreret.',
    ]);
  });

  it('says what sending will record and queue, and then that it did', () => {
    expect(previewSummary(preview({ due: due(4), toRecord: 1, toQueue: 1 }), DATE, danish)).toEqual(
      [
        '4 påmindelser gælder 15. juni 2017.',
        'Send nu registrerer 1 ny påmindelse.',
        'E-mail sættes i kø til 1 modtager.',
      ],
    );
    expect(runSummary(run(1, 1), danish)).toEqual([
      '1 ny påmindelse er registreret.',
      'E-mail er sat i kø til 1 modtager.',
    ]);
    expect(runSummary(run(3, 2), english)).toEqual([
      '3 new reminders have been recorded.',
      'E-mail is queued to 2 recipients.',
    ]);
  });

  it('says plainly that e-mail goes to the outbox when no mail server is configured', () => {
    expect(
      previewSummary(
        preview({ due: due(2), toRecord: 2, toQueue: 2, mail: 'outbox' }),
        DATE,
        danish,
      ),
    ).toContain(
      'Der er ingen mailserver sat op (SMTP_URL): e-mail til 2 modtagere lægges i udbakken og sendes ikke.',
    );
    expect(runSummary(run(2, 2, 'outbox'), english)).toEqual([
      '2 new reminders have been recorded.',
      'No mail server is configured (SMTP_URL): e-mail to 2 recipients waits in the outbox and is not sent.',
    ]);
  });

  it('says when what waited is queued again, and when the queue does not answer', () => {
    expect(runSummary(run(0, 3), danish)).toEqual([
      'Ingen nye påmindelser.',
      'E-mail er sat i kø til 3 modtagere.',
    ]);
    expect(
      previewSummary(
        preview({ due: due(1), toRecord: 1, toQueue: 1, queueAvailable: false }),
        DATE,
        english,
      ),
    ).toContain('The queue (Redis) does not answer: Send now cannot queue e-mail until it does.');
  });
});
