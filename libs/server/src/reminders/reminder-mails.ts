import type { EntityManager } from 'typeorm';
import { issueSignInToken, issueUnsubscribeToken } from '../auth/link-tokens';
import {
  UNSUBSCRIBE_EXEMPT_KINDS,
  myWorkPath,
  reportFormPath,
  roundFiguresPath,
  type ReminderMode,
} from '@pejling/contracts';
import { DigestItem, RenderedMail, renderDigest, thingOf } from './digest/digest';
import type { DigestRecipient, UnlinkedItem } from './digest-input';

/** One e-mail, and the deliveries it carries. */
export interface ReminderMail extends RenderedMail {
  deliveryIds: number[];
  headers: Record<string, string>;
}

/**
 * The personal links of an e-mail: made for real, or left out of a copy made to be read
 * (the delivery log), where a placeholder stands for each.
 */
export interface MailLinks {
  /** A link that signs the person in and opens `path`; null when left out. */
  signIn(path: string): Promise<string | null>;
  /** The unsubscribe page, and the address of the one-click header; null when left out. */
  unsubscribe(): Promise<{ page: string; oneClick: string } | null>;
}

/**
 * Real links: each signs the person in where it leads (once, for 7 days), one token per
 * place; only the tokens' hashes are written, in `tx`.
 */
export function personalLinks(tx: EntityManager, personId: number, appUrl: string): MailLinks {
  const signIns = new Map<string, Promise<string>>();
  return {
    signIn(path) {
      if (!signIns.has(path)) {
        signIns.set(
          path,
          issueSignInToken(tx, personId, path).then((token) => `${appUrl}/#/link?token=${token}`),
        );
      }
      return signIns.get(path) as Promise<string>;
    },
    async unsubscribe() {
      const token = await issueUnsubscribeToken(tx, personId);
      return {
        page: `${appUrl}/#/unsubscribe?token=${token}`,
        oneClick: `${appUrl}/api/unsubscribe/${token}`,
      };
    },
  };
}

/** No links at all: a copy to read gives no way in. */
export const LINKS_LEFT_OUT: MailLinks = {
  signIn: async () => null,
  unsubscribe: async () => null,
};

/**
 * The items that go in one e-mail, from a person's unsent items of a day (most urgent
 * first): all of them in a digest, or, for a person who chose one e-mail per item, those
 * about one thing: by default the most urgent.
 */
export function itemsOfOneMail(
  items: UnlinkedItem[],
  mode: ReminderMode,
  thing = thingOf(items[0]),
): UnlinkedItem[] {
  return mode === 'per_item' ? items.filter((item) => thingOf(item) === thing) : items;
}

/**
 * A person's e-mail of `items`, in their language: each item with the link to where it
 * leads, and, when anything in it is something unsubscribing stops, an unsubscribe link
 * in its body and as the one-click `List-Unsubscribe` header (RFC 8058) that mail
 * programs show.
 */
export async function composeReminderMail(
  person: DigestRecipient,
  day: string,
  items: UnlinkedItem[],
  links: MailLinks,
): Promise<ReminderMail> {
  const linked: DigestItem[] = [];
  for (const item of items) linked.push({ ...item, link: await links.signIn(pathOf(item)) });

  let unsubscribeUrl: string | null | undefined;
  const headers: Record<string, string> = {};
  if (items.some((item) => !UNSUBSCRIBE_EXEMPT_KINDS.includes(item.kind))) {
    const unsubscribe = await links.unsubscribe();
    unsubscribeUrl = unsubscribe?.page ?? null;
    if (unsubscribe) {
      headers['List-Unsubscribe'] = `<${unsubscribe.oneClick}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
  }
  const rendered = renderDigest({
    person: { name: person.name, language: person.language },
    day,
    items: linked,
    unsubscribeUrl,
  });
  return { ...rendered, headers, deliveryIds: items.map((item) => item.deliveryId) };
}

/**
 * Where an item leads in the web app. A milestone's reminder to the person responsible for
 * it: My work, with the milestone picked out; to anyone else told of it (an escalation to
 * the lead organisation's contact or the secretariat): the milestone. A round's request:
 * the report form of the initiative, or the page where the data owner proposes the
 * figures; the secretariat's list of what is missing: the round.
 */
function pathOf(item: UnlinkedItem): string {
  if (item.about.type === 'milestone') {
    return item.recipientRole === 'responsible'
      ? myWorkPath(item.about.id)
      : `/milestones/${item.about.id}/show`;
  }
  if (item.kind === 'round_missing') return `/reporting-rounds/${item.about.id}/show`;
  // A round's call for figures is about a target, not an initiative.
  if (item.initiative === null) return roundFiguresPath(item.about.id);
  return reportFormPath(item.about.id, item.initiative.id);
}
