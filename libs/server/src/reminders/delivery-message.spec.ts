import type { DeliveryMessage } from '@pejling/contracts';
import { hashPassword } from '../auth/passwords';
import { Agent, makeAccount, signIn } from '../testing/accounts';
import type { TestSmtpServer } from '../testing/smtp';
import type { TestApp } from '../testing/test-app';
import {
  DAY,
  Plan,
  addressOf,
  createPlan,
  deliveries,
  milestone,
  settled,
  useMailingApp,
} from '../testing/reminders';

const PASSWORD = 'lang-og-hemmelig-adgangskode';
const LEFT_OUT = {
  da: '[personligt link, kun i modtagerens e-mail]',
  en: '[personal link, only in the recipient’s e-mail]',
};
/** The personal links of a reminder e-mail: sign-in and unsubscribe. */
const PERSONAL_LINK = /https?:\/\/\S+\/#\/(link|unsubscribe)\?token=[\w-]+/g;

/**
 * `GET /api/reminder-deliveries/:id/message`: the e-mail a delivery went out in, made
 * again from what the deliveries record, so that the secretariat can read what was sent,
 * without the links that would let the reader in.
 */
describe('the e-mail of a delivery', () => {
  const app = useMailingApp({ sessions: true });
  let t: TestApp;
  let smtp: TestSmtpServer;
  let plan: Plan;
  let secretariat: Agent;
  const hash = hashPassword(PASSWORD);

  beforeEach(async () => {
    ({ t, smtp } = app);
    plan = await createPlan(t);
    await makeAccount(t, plan.secretariat, await hash, 'secretariat');
    secretariat = await signIn(t, 'sarasekretr@example.dk', PASSWORD);
  });

  const sendTheDay = async () => {
    await secretariat.post('/api/reminders/run').send({ asOf: DAY }).expect(200);
    await settled(t);
  };
  const messageOf = async (agent: Agent, id: number): Promise<DeliveryMessage> =>
    (await agent.get(`/api/reminder-deliveries/${id}/message`).expect(200)).body;

  it('shows the secretariat the subject and text as sent, in the recipient’s language, with the personal links left out', async () => {
    await milestone(t, plan, 'Workshop', -3);
    await milestone(t, plan, 'Evaluering', 14);
    await sendTheDay();

    const toOlga = smtp.received.find((mail) => addressOf(mail) === 'olgaowner@example.dk');
    const olgas = (await deliveries(t)).filter((d) => d.personId === plan.owner);
    expect(olgas).toHaveLength(2);
    const message = await messageOf(secretariat, olgas[1].id);
    expect(message).toEqual({
      deliveryIds: olgas.map((d) => d.id),
      to: { name: 'Olga Owner', email: 'olgaowner@example.dk' },
      language: 'da',
      subject: toOlga?.subject,
      text: toOlga?.text?.replace(PERSONAL_LINK, LEFT_OUT.da),
      messageId: toOlga?.messageId,
      sent: true,
    });
    expect(toOlga?.text).toMatch(PERSONAL_LINK);
    expect(message.text).not.toMatch(/token/);

    // Kaj, the lead organisation's contact, reads English.
    const toKaj = smtp.received.find((mail) => addressOf(mail) === 'kajkontakt@example.dk');
    const [kajs] = (await deliveries(t)).filter((d) => d.personId === plan.contact);
    expect(await messageOf(secretariat, kajs.id)).toMatchObject({
      language: 'en',
      subject: toKaj?.subject,
      text: toKaj?.text?.replace(PERSONAL_LINK, LEFT_OUT.en),
    });
  });

  it('shows one not sent yet as it would go out now', async () => {
    const id = await milestone(t, plan, 'Netværksmøde', -3);
    const [{ id: deliveryId }] = await t.dataSource.query(
      `INSERT INTO reminder_deliveries (rule_id, milestone_id, recipient_person_id, recipient_role, day)
       SELECT r.id, $1, $2, 'responsible', $3 FROM reminder_rules r
        WHERE r.kind = 'due_soon' AND r.days = 3 RETURNING id::int`,
      [id, plan.owner, DAY],
    );
    const message = await messageOf(secretariat, deliveryId);
    expect(message).toMatchObject({
      deliveryIds: [deliveryId],
      subject: 'Pejling: »Netværksmøde« forfalder om 3 dage',
      messageId: null,
      sent: false,
    });
    expect(message.text).toContain(`Åbn milepælen i Pejling:\n  ${LEFT_OUT.da}\n`);
  });

  it('lets a person read their own, and nobody else’s', async () => {
    await milestone(t, plan, 'Evaluering', 14);
    await sendTheDay();
    const rows = await deliveries(t);
    const own = rows.find((d) => d.personId === plan.owner);
    const kajs = rows.find((d) => d.personId === plan.contact);
    await makeAccount(t, plan.owner, await hash, 'owner');
    const olga = await signIn(t, 'olgaowner@example.dk', PASSWORD);
    expect((await messageOf(olga, own?.id as number)).to.name).toBe('Olga Owner');
    const other = await olga.get(`/api/reminder-deliveries/${kajs?.id}/message`);
    expect(other.status).toBe(404);
    expect(other.body.message).toMatch(/reminder delivery \d+ does not exist/);
    await t.http().get(`/api/reminder-deliveries/${own?.id}/message`).expect(401);
    await secretariat.get('/api/reminder-deliveries/999999/message').expect(404);
    await secretariat.get('/api/reminder-deliveries/abc/message').expect(400);
  });
});
