import type { EntityManager } from 'typeorm';
import { issueSignInToken, issueUnsubscribeToken } from '../auth/link-tokens';
import { DigestItem, RenderedMail, renderDigest } from './digest';
import { DigestRecipient, UnlinkedItem, loadDigestItems } from './digest-input';

/** One e-mail to send, and the deliveries it carries. */
export interface ReminderMail extends RenderedMail {
  deliveryIds: number[];
  headers: Record<string, string>;
}

/**
 * The next e-mail for a person's unsent deliveries of a day: the digest of them all, or,
 * if the person chose one e-mail per milestone, the most urgent milestone's. Each
 * milestone's link signs the person in (once, for 7 days); a mail with anything but
 * escalations has an unsubscribe link, in its body and as the one-click
 * `List-Unsubscribe` header (RFC 8058) that mail programs show.
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
  const batch = person.reminderMode === 'per_item' ? mostUrgentMilestone(items) : items;
  const linked = await withSignInLinks(tx, person.id, batch, appUrl);

  let unsubscribeUrl: string | undefined;
  const headers: Record<string, string> = {};
  if (batch.some((item) => item.kind !== 'escalation')) {
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

/** The items of the first item's milestone (items come most urgent first). */
function mostUrgentMilestone(items: UnlinkedItem[]): UnlinkedItem[] {
  return items.filter((item) => item.milestone.id === items[0].milestone.id);
}

/** The items with a sign-in link each, one token per milestone. */
async function withSignInLinks(
  tx: EntityManager,
  personId: number,
  items: UnlinkedItem[],
  appUrl: string,
): Promise<DigestItem[]> {
  const links = new Map<number, string>();
  for (const { milestone } of items) {
    if (links.has(milestone.id)) continue;
    const token = await issueSignInToken(tx, personId, `/milestones/${milestone.id}/show`);
    links.set(milestone.id, `${appUrl}/#/link?token=${token}`);
  }
  return items.map((item) => ({ ...item, link: links.get(item.milestone.id) as string }));
}
