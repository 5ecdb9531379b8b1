import type { EntityManager } from 'typeorm';
import { issueSignInToken, issueUnsubscribeToken } from '../auth/link-tokens';
import { DigestItem, RenderedMail, renderDigest } from './digest';
import { DigestRecipient, loadDigestItems } from './digest-input';

/** One e-mail to send, and the deliveries it carries. */
export interface ReminderMail extends RenderedMail {
  deliveryIds: number[];
  headers: Record<string, string>;
}

/**
 * The e-mails for a person's deliveries of a day: one digest, or one per milestone if the
 * person chose so. Each milestone's link signs the person in (once, for 7 days); a mail
 * with anything but escalations has an unsubscribe link, in its body and as the
 * one-click `List-Unsubscribe` header (RFC 8058) that mail programs show.
 *
 * The tokens are written in `tx`, the transaction that records the send: a mail that is
 * not sent leaves only tokens nobody has.
 */
export async function composeReminderMails(
  tx: EntityManager,
  person: DigestRecipient,
  day: string,
  deliveryIds: number[],
  appUrl: string,
): Promise<ReminderMail[]> {
  const links = new Map<number, string>();
  const linkTo = async (milestoneId: number) => {
    let link = links.get(milestoneId);
    if (!link) {
      const token = await issueSignInToken(tx, person.id, `/milestones/${milestoneId}/show`);
      link = `${appUrl}/#/link?token=${token}`;
      links.set(milestoneId, link);
    }
    return link;
  };
  const items = await loadDigestItems(tx, deliveryIds, linkTo);

  const mails: ReminderMail[] = [];
  for (const batch of person.reminderMode === 'per_item' ? byMilestone(items) : [items]) {
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
      items: batch,
      unsubscribeUrl,
    });
    mails.push({ ...rendered, headers, deliveryIds: batch.map((item) => item.deliveryId) });
  }
  return mails;
}

/** The items per milestone, in the order of their first item (most urgent first). */
function byMilestone(items: DigestItem[]): DigestItem[][] {
  const groups = new Map<number, DigestItem[]>();
  for (const item of items) {
    groups.set(item.milestone.id, [...(groups.get(item.milestone.id) ?? []), item]);
  }
  return [...groups.values()];
}
