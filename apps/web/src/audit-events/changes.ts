import {
  formatFileSize,
  isAudited,
  RECORD_FIELDS,
  referenceOf,
  type AuditEventRecord,
  type AuditedResource,
  type FieldKind,
  type TargetInitiativeLink,
} from '@pejling/contracts';
import { changedFields } from '../common/diff';
import { formatDay, formatInstant, formatPercent, numberFormat } from '../common/format';
import { recordName, shortRecordName, type NameContext } from '../common/recordNames';
import type { Translate } from '../i18n/types';

/** One line of an event: what happened to one field, as a sentence that starts with its label. */
export interface Change {
  field: string;
  /** The field's name in the UI language, as the sentence has it. */
  label: string;
  sentence: string;
}

type Event = Pick<
  AuditEventRecord,
  'resource' | 'recordId' | 'action' | 'before' | 'after' | 'references'
>;

/** Lists longer than this are cut to their first LIST_HEAD names and "14 others". */
const LIST_MAX = 4;
const LIST_HEAD = 3;
/** A long text is shown up to this many characters, from shortly before where it changed. */
const LONGEST = 160;
const CONTEXT = 30;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const isEmpty = (value: unknown) =>
  value == null || value === '' || (Array.isArray(value) && value.length === 0);

/** Where two texts start to differ, less some context: a long text is shown from there. */
const differenceAt = (before: unknown, after: unknown): number => {
  if (typeof before !== 'string' || typeof after !== 'string') return 0;
  let at = 0;
  while (at < before.length && before[at] === after[at]) at++;
  return at > CONTEXT * 2 ? at - CONTEXT : 0;
};

/** How one event's values read in one language. */
class Phrasing {
  private readonly naming: NameContext;

  constructor(
    private readonly event: Event,
    private readonly translate: Translate,
    private readonly locale: string,
  ) {
    this.naming = {
      translate,
      locale,
      nameOf: (resource, id) => {
        const record = event.references[resource]?.[id];
        return record && recordName(resource, record.values, this.naming);
      },
    };
  }

  /** A record the event refers to, by name; one deleted since says so. */
  reference(resource: AuditedResource, id: number, short = false): string {
    const record = this.event.references[resource]?.[id];
    if (!record) return `#${id}`;
    const name = (short ? shortRecordName : recordName)(resource, record.values, this.naming);
    if (!record.deleted) return name ?? `#${id}`;
    if (name) return this.translate('pejling.history.deleted', { name });
    return this.translate('pejling.history.deleted_unnamed', {
      resource: this.translate(`resources.${resource}.forcedCaseName`, { smart_count: 1 }),
    });
  }

  /** The event's own record, as it was then, else as it is now. */
  subject(): string {
    const { resource, recordId, before, after, action } = this.event;
    const then = [after, before]
      .map((values) => values && recordName(resource, values, this.naming))
      .find(Boolean);
    if (!isAudited(resource)) return then ?? `#${recordId}`;
    const gone = action !== 'delete' && this.event.references[resource]?.[recordId]?.deleted;
    if (then && gone) return this.translate('pejling.history.deleted', { name: then });
    return then ?? this.reference(resource, recordId);
  }

  /** "A.1, A.2, A.3 og 14 andre". */
  list(names: string[]): string {
    const shown =
      names.length > LIST_MAX
        ? [
            ...names.slice(0, LIST_HEAD),
            this.translate('pejling.history.others', { smart_count: names.length - LIST_HEAD }),
          ]
        : names;
    return new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(shown);
  }

  /** "A.1 (Videnbroer, udledt)": an initiative linked to a target, and how. */
  link({ initiativeId, contribution, inferred }: TargetInitiativeLink): string {
    const how = [
      contribution,
      inferred && this.translate('pejling.inferred').toLocaleLowerCase(this.locale),
    ].filter(Boolean);
    const name = this.reference('initiatives', initiativeId, true);
    return how.length ? `${name} (${how.join(', ')})` : name;
  }

  quoted(text: string, from = 0): string {
    const shown = from ? `…${text.slice(from)}` : text;
    return this.translate('pejling.history.quoted', {
      text: shown.length > LONGEST ? `${shown.slice(0, LONGEST)}…` : shown,
    });
  }

  /** A value of a field of the kind given (none: a field the record no longer has). */
  value(kind: FieldKind | undefined, value: unknown, from = 0): string {
    if (typeof kind === 'object') {
      if ('enum' in kind)
        return this.translate(`pejling.${kind.enum}.${value}`, { _: String(value) });
      if ('ref' in kind) return this.reference(kind.ref, Number(value));
      return this.list((value as number[]).map((id) => this.reference(kind.refs, id, true)));
    }
    switch (kind) {
      case 'number':
        return numberFormat(this.locale).format(Number(value));
      case 'percent':
        return formatPercent(Number(value), this.locale);
      case 'bytes':
        return formatFileSize(Number(value), this.locale);
      case 'year':
        return String(value);
      case 'parent': {
        // The record a file is attached to: its kind is the event's record's `parentType`.
        const { resource, after, before } = this.event;
        const parent = referenceOf(resource, 'parentId', after ?? before ?? undefined);
        return parent ? this.reference(parent.resource, Number(value)) : `#${value}`;
      }
      case 'day':
        return formatDay(String(value), this.locale, 'long');
      case 'instant':
        return formatInstant(String(value), this.locale);
      case 'boolean':
        return this.translate(`ra.boolean.${value}`);
      case 'reviews':
        return this.list((value as { name: string }[]).map((review) => review.name));
      case 'series':
        return this.list((value as { label: string }[]).map((series) => series.label));
      case 'initiativeLinks':
        return this.list((value as TargetInitiativeLink[]).map((link) => this.link(link)));
      case 'text':
      case 'longText':
        return this.quoted(String(value), from);
      default:
        return this.guessed(value, from);
    }
  }

  /** A value of a field the record types no longer describe, read by its look. */
  private guessed(value: unknown, from = 0): string {
    if (typeof value === 'boolean') return this.translate(`ra.boolean.${value}`);
    if (typeof value === 'number') return numberFormat(this.locale).format(value);
    if (Array.isArray(value)) return this.list(value.map((item) => this.guessed(item)));
    if (typeof value === 'object') return JSON.stringify(value);
    const text = String(value);
    if (DAY.test(text)) return formatDay(text, this.locale, 'long');
    if (INSTANT.test(text)) return formatInstant(text, this.locale);
    return this.quoted(text, from);
  }
}

const kindOf = (resource: string, field: string): FieldKind | undefined =>
  isAudited(resource)
    ? (RECORD_FIELDS[resource] as Record<string, FieldKind | undefined>)[field]
    : undefined;

/**
 * The fields that changed, in the order the record has them (the database keeps an
 * event's values in an order of its own); fields it no longer has come last.
 */
const changesOf = (event: Event) => {
  const order = isAudited(event.resource) ? Object.keys(RECORD_FIELDS[event.resource]) : [];
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return changedFields(event.before, event.after).sort((a, b) => rank(a.field) - rank(b.field));
};

/** The name of a record that an event is about: as it was then, else as it is now. */
export const subjectOf = (event: Event, translate: Translate, locale: string): string =>
  new Phrasing(event, translate, locale).subject();

/**
 * What an event did, field by field, as sentences in the UI language: "Status ændret fra
 * Kladde til Åben", "Ansvarlige personer: Bo Berg tilføjet", the values given at a creation
 * or held at a deletion. Enumerations are named by their labels, records by name (a deleted
 * one says so), dates and yes/no as the language writes them. Bookkeeping and figures
 * computed from other records are left out: nobody changed them.
 */
export function describeChanges(event: Event, translate: Translate, locale: string): Change[] {
  const phrasing = new Phrasing(event, translate, locale);
  return changesOf(event).flatMap(({ field, before, after }) => {
    const kind = kindOf(event.resource, field);
    if (kind === 'bookkeeping' || kind === 'derived') return [];
    const label = translate(`resources.${event.resource}.fields.${field}`, { _: field });
    const say = (key: string, args: Record<string, unknown> = {}): Change[] => [
      { field, label, sentence: translate(`pejling.history.${key}`, { field: label, ...args }) },
    ];

    if (event.action !== 'update') {
      const value = event.action === 'create' ? after : before;
      return say('value', { value: phrasing.value(kind, value) });
    }
    if (typeof kind === 'object' && 'refs' in kind) {
      const ids = (list: unknown) => (Array.isArray(list) ? (list as number[]) : []);
      const names = (list: number[]) =>
        phrasing.list(list.map((id) => phrasing.reference(kind.refs, id, true)));
      const added = ids(after).filter((id) => !ids(before).includes(id));
      const removed = ids(before).filter((id) => !ids(after).includes(id));
      if (added.length && removed.length) {
        return say('list_changed', { added: names(added), removed: names(removed) });
      }
      if (added.length) return say('list_added', { names: names(added) });
      if (removed.length) return say('list_removed', { names: names(removed) });
      return say('reordered');
    }
    if (isEmpty(before)) return say('set', { after: phrasing.value(kind, after) });
    if (isEmpty(after)) return say('cleared', { before: phrasing.value(kind, before) });
    const from = kind === 'longText' || kind === undefined ? differenceAt(before, after) : 0;
    return say('changed', {
      before: phrasing.value(kind, before, from),
      after: phrasing.value(kind, after, from),
    });
  });
}
