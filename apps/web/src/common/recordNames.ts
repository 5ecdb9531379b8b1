import { isAudited, type AuditedResource, type NameValues } from '@pejling/contracts';
import type { Translate } from '../i18n/types';
import { uiLanguage } from '../i18n/uiLanguage';
import { formatDay, intlLocale } from './format';
import { ruleSentence } from './ruleSentence';

/** What naming a record may need beyond its own fields. */
export interface NameContext {
  translate: Translate;
  /** The BCP 47 locale dates are written in. */
  locale: string;
  /** The name of a record this one refers to (a status report's initiative), when known. */
  nameOf?: (resource: AuditedResource, id: number) => string | undefined;
}

/** A text's start, on one line, for a record named by what it says. */
const EXCERPT = 60;
const excerpt = (text: string | undefined): string | undefined => {
  const line = text?.replace(/\s+/g, ' ').trim();
  if (!line) return undefined;
  return line.length > EXCERPT ? `${line.slice(0, EXCERPT).trimEnd()}…` : line;
};

const joined = (...parts: (string | number | null | undefined)[]): string | undefined => {
  const present = parts.filter((part) => part != null && part !== '');
  return present.length ? present.join(' ') : undefined;
};

type Namer<R extends AuditedResource> = (
  values: NameValues<R>,
  context: NameContext,
) => string | undefined;

/**
 * How a record of each resource is named, from its `NAME_FIELDS`: in page titles, in
 * references, in the history's subjects and sentences. Undefined when the values lack what
 * names the record (an event stored by an older version).
 */
const NAMERS: { [R in AuditedResource]: Namer<R> } = {
  strategies: (v) => v.name,
  'focus-areas': (v) => joined(v.code, v.title),
  initiatives: (v) => joined(v.code, v.title),
  milestones: (v) => v.title,
  organisations: (v) => v.shortName || v.name,
  people: (v) => v.name,
  targets: (v) => (v.number == null ? v.title : joined(`${v.number}.`, v.title)),
  measurements: (v, { translate, nameOf }) =>
    [
      v.targetId == null ? undefined : nameOf?.('targets', v.targetId),
      v.region ? translate(`pejling.region.${v.region}`) : undefined,
      v.year,
    ]
      .filter((part) => part != null)
      .join(', ') || undefined,
  'status-reports': (v, { translate, locale, nameOf }) => {
    if (!v.reportDate) return undefined;
    const date = formatDay(v.reportDate, locale, 'long');
    const initiative = v.initiativeId == null ? undefined : nameOf?.('initiatives', v.initiativeId);
    return initiative ? translate('pejling.names.status_report', { date, initiative }) : date;
  },
  'reporting-rounds': (v) => v.title,
  'round-outcomes': (v) => excerpt(v.text),
  comments: (v) => excerpt(v.body),
  attachments: (v) => v.fileName,
  'reminder-rules': (v, { translate }) =>
    ruleSentence(v, translate) ||
    (v.kind ? translate(`pejling.reminderKind.${v.kind}`) : undefined),
};

/** Where a short name does better in a list: an initiative or a focus area by its code. */
const SHORT: Partial<Record<AuditedResource, string>> = {
  initiatives: 'code',
  'focus-areas': 'code',
};

/**
 * The name of a record of `resource`, from its fields (`values`, as the API shows the
 * record or an audit event kept it). A resource the audit trail does not know is named by
 * its title or name, if it has one.
 */
export function recordName(
  resource: string,
  values: object,
  context: NameContext,
): string | undefined {
  if (!isAudited(resource)) {
    const { title, name } = values as { title?: unknown; name?: unknown };
    const named = title ?? name;
    return typeof named === 'string' ? named : undefined;
  }
  return (NAMERS[resource] as Namer<AuditedResource>)(values, context);
}

/** The name for a list of many: an initiative's code, else its whole name. */
export function shortRecordName(
  resource: string,
  values: object,
  context: NameContext,
): string | undefined {
  const field = isAudited(resource) ? SHORT[resource] : undefined;
  const short = field ? (values as Record<string, unknown>)[field] : undefined;
  return typeof short === 'string' && short ? short : recordName(resource, values, context);
}

/** Naming in the UI language, outside React: for react-admin's `recordRepresentation`. */
const uiNameContext = (): NameContext => {
  const { language, translate } = uiLanguage();
  return { translate, locale: intlLocale(language) };
};

/**
 * A resource's `recordRepresentation` (its records' names in titles and references): the
 * name `recordName` gives, else its number.
 */
export const representation =
  (resource: AuditedResource) =>
  (record: { id: number }): string =>
    recordName(resource, record, uiNameContext()) ?? `#${record.id}`;
