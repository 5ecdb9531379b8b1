import { describeDatabaseError } from './database-errors';

describe('describeDatabaseError', () => {
  it.each([
    {
      what: 'a known unique constraint',
      error: { code: '23505', constraint: 'uq_people_email', table: 'people' },
      expected: {
        statusCode: 409,
        message: 'email: another person already has this e-mail address',
      },
    },
    {
      what: 'an unknown unique constraint',
      error: { code: '23505', constraint: 'uq_something_new' },
      expected: { statusCode: 409, message: 'a record with these values already exists' },
    },
    {
      what: 'a delete of a row still referenced',
      error: {
        code: '23503',
        detail: 'Key (id)=(3) is still referenced from table "initiative_partners".',
      },
      expected: {
        statusCode: 409,
        message:
          'the record is still used by initiative partners, so it cannot be deleted or moved',
      },
    },
    {
      what: 'a reference to a row that does not exist',
      error: {
        code: '23503',
        detail: 'Key (lead_organisation_id)=(999999) is not present in table "organisations".',
      },
      expected: { statusCode: 400, message: 'leadOrganisationId: no organisations with id 999999' },
    },
    {
      what: 'a composite reference to a row that does not exist',
      error: {
        code: '23503',
        detail: 'Key (focus_area_id, strategy_id)=(7, 2) is not present in table "focus_areas".',
      },
      expected: { statusCode: 400, message: 'focusAreaId: no focus areas with id 7' },
    },
    {
      what: 'a named check',
      error: { code: '23514', constraint: 'ck_strategies_period', table: 'strategies' },
      expected: { statusCode: 400, message: 'periodEnd: must not be before periodStart' },
    },
    {
      what: 'a check Postgres named after its column',
      error: {
        code: '23514',
        constraint: 'organisations_short_name_check',
        table: 'organisations',
      },
      expected: { statusCode: 400, message: 'shortName: is blank or not an allowed value' },
    },
    {
      what: 'a second check on the same column',
      error: { code: '23514', constraint: 'people_email_check1', table: 'people' },
      expected: { statusCode: 400, message: 'email: is blank or not an allowed value' },
    },
    {
      what: 'a check of another table’s naming',
      error: { code: '23514', constraint: 'odd_rule', table: 'people' },
      expected: { statusCode: 400, message: 'the values break the rule odd_rule' },
    },
    {
      what: 'a missing value',
      error: { code: '23502', column: 'due_date', table: 'milestones' },
      expected: { statusCode: 400, message: 'dueDate: is required' },
    },
    {
      what: 'a NUL character in a text',
      error: { code: '22021' },
      expected: {
        statusCode: 400,
        message: 'a text holds a character that cannot be stored (NUL, \\u0000)',
      },
    },
    {
      what: 'a number out of range',
      error: { code: '22003' },
      expected: { statusCode: 400, message: 'a value is out of range or of the wrong form' },
    },
  ])('maps $what', ({ error, expected }) => {
    expect(describeDatabaseError(error)).toEqual(expected);
  });

  it.each(['42P01', '53300', '08006', undefined])(
    'leaves %p (a bug or an outage) to be a 500',
    (code) => {
      expect(describeDatabaseError({ code })).toBeUndefined();
    },
  );
});
