import type { EntityManager } from 'typeorm';
import { issueSignInToken, issueUnsubscribeToken } from '../auth/link-tokens';
import { UNSUBSCRIBE_EXEMPT_KINDS, myWorkPath, reportFormPath } from '@pejling/contracts';
import { DigestItem, RenderedMail, renderDigest, thingOf } from './digest/digest';
import { DigestRecipient, UnlinkedItem, loadDigestItems } from './digest-input';

/** One e-mail to send, and the deliveries it carries. */
export interface ReminderMail extends RenderedMail {
  deliveryIds: number[];
  headers: Record<string, string>;
}

/**
 * The next e-mail for a person's unsent deliveries of a day: the digest of them all, or,
 * if the person chose one e-mail per item, the most urgent item's. Each item's link signs
 * the person in (once, for 7 days) where it leads; a mail with anything that unsubscribing
 * stops has an unsubscribe link, in its body and as the one-click `List-Unsubscribe`
 * header (RFC 8058) that mail programs show.
 *
 * The tokens are written in `tx`, the transaction that records the send: a mail that is
 * not sent leaves only tokens nobody has.
 */
export async function nextReminderMail(
  tx: EntityManager,
  person: DigestRecipient,
  day: string,
  deliveryIds: number[],
  appUrl: string,
): Promise<ReminderMail> {
  const items = await loadDigestItems(tx, deliveryIds);
  const batch = person.reminderMode === 'per_item' ? mostUrgentThing(items) : items;
  const linked = await withSignInLinks(tx, person.id, batch, appUrl);

  let unsubscribeUrl: string | undefined;
  const headers: Record<string, string> = {};
  if (batch.some((item) => !UNSUBSCRIBE_EXEMPT_KINDS.includes(item.kind))) {
    const token = await issueUnsubscribeToken(tx, person.id);
    unsubscribeUrl = `${appUrl}/#/unsubscribe?token=${token}`;
    headers['List-Unsubscribe'] = `<${appUrl}/api/unsubscribe/${token}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  const rendered = renderDigest({
    person: { name: person.name, language: person.language },
    day,
    items: linked,
    unsubscribeUrl,
  });
  return { ...rendered, headers, deliveryIds: batch.map((item) => item.deliveryId) };
}

/** The items about what the first item is about (items come most urgent first). */
function mostUrgentThing(items: UnlinkedItem[]): UnlinkedItem[] {
  return items.filter((item) => thingOf(item) === thingOf(items[0]));
}

/**
 * Where an item leads in the web app. A milestone's reminder to the person responsible for
 * it: My work, with the milestone picked out; to anyone else told of it (an escalation to
 * the lead organisation's contact or the secretariat): the milestone. A round's request:
 * the report form of the initiative; the secretariat's list of who is missing: the round.
 */
function pathOf(item: UnlinkedItem): string {
  if (item.about.type === 'milestone') {
    return item.recipientRole === 'responsible'
      ? myWorkPath(item.about.id)
      : `/milestones/${item.about.id}/show`;
  }
  if (item.kind === 'round_missing') return `/reporting-rounds/${item.about.id}/show`;
  return reportFormPath(item.about.id, item.initiative.id);
}

/** The items with a sign-in link each, one token per place they lead to. */
async function withSignInLinks(
  tx: EntityManager,
  personId: number,
  items: UnlinkedItem[],
  appUrl: string,
): Promise<DigestItem[]> {
  const links = new Map<string, string>();
  for (const path of new Set(items.map(pathOf))) {
    const token = await issueSignInToken(tx, personId, path);
    links.set(path, `${appUrl}/#/link?token=${token}`);
  }
  return items.map((item) => ({ ...item, link: links.get(pathOf(item)) as string }));
}
