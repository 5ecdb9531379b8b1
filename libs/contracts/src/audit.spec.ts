import { NAME_FIELDS, RECORD_FIELDS, referenceOf, type FieldKind } from './audit';
import { ENUM_LABELS } from './labels';

const fieldsOf = (resource: keyof typeof RECORD_FIELDS) =>
  Object.entries(RECORD_FIELDS[resource] as Record<string, FieldKind>);

describe('the fields of the audited records', () => {
  it('names every field that holds another record’s id as a reference, and no other', () => {
    for (const resource of Object.keys(RECORD_FIELDS) as (keyof typeof RECORD_FIELDS)[]) {
      for (const [field, kind] of fieldsOf(resource)) {
        // An attachment's parent is named by its type.
        const reference = referenceOf(resource, field, { parentType: 'milestone' });
        if (/[a-z]Ids?$/.test(field) && kind !== 'derived') {
          expect([resource, field, reference?.many]).toEqual([
            resource,
            field,
            field.endsWith('Ids'),
          ]);
        } else {
          expect([resource, field, reference]).toEqual([resource, field, undefined]);
        }
      }
    }
  });

  it('describes every enumeration field by labels that exist in both languages', () => {
    for (const resource of Object.keys(RECORD_FIELDS) as (keyof typeof RECORD_FIELDS)[]) {
      for (const [, kind] of fieldsOf(resource)) {
        if (typeof kind === 'object' && 'enum' in kind) {
          expect(Object.keys(ENUM_LABELS.da[kind.enum])).toEqual(
            Object.keys(ENUM_LABELS.en[kind.enum]),
          );
        }
      }
    }
  });

  it('names records by fields they have', () => {
    for (const [resource, fields] of Object.entries(NAME_FIELDS)) {
      const described = Object.keys(RECORD_FIELDS[resource as keyof typeof RECORD_FIELDS]);
      expect(fields.filter((field) => !described.includes(field))).toEqual([]);
    }
  });

  it('knows nothing of a resource the trail does not record', () => {
    expect(referenceOf('audit-events', 'personId')).toBeUndefined();
    expect(referenceOf('toString', 'x')).toBeUndefined();
  });
});
