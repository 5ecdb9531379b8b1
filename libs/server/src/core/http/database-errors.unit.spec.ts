import { QueryFailedError } from 'typeorm';
import { describeDatabaseError, isDatabaseUnavailable } from './database-errors';

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

  it.each(['42P01', '42703', undefined])('leaves %p (a bug) to be a 500', (code) => {
    expect(describeDatabaseError({ code })).toBeUndefined();
  });
});

describe('isDatabaseUnavailable', () => {
  /** An error as node-postgres or Node's net module makes it. */
  const driverError = (message: string, code?: string) =>
    Object.assign(new Error(message), { code });
  /** The same, as TypeORM throws it from a query. */
  const fromQuery = (error: Error) => new QueryFailedError('SELECT 1', [], error);

  it.each([
    [
      'Postgres shutting down or restarting (57P01)',
      driverError('terminating connection due to administrator command', '57P01'),
    ],
    [
      'Postgres crashed (57P02)',
      driverError('terminating connection because of crash of another server process', '57P02'),
    ],
    ['Postgres starting (57P03)', driverError('the database system is starting up', '57P03')],
    [
      'an idle session ended (57P05)',
      driverError('terminating connection due to idle-session timeout', '57P05'),
    ],
    ['too many connections (53300)', driverError('sorry, too many clients already', '53300')],
    ['a connection exception (08006)', driverError('connection failure', '08006')],
    ['a connection refused', driverError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a connection reset', driverError('read ECONNRESET', 'ECONNRESET')],
    ['a connection cut under a query', driverError('Connection terminated unexpectedly')],
    [
      'the pool finding no connection in time',
      driverError('timeout exceeded when trying to connect'),
    ],
    ['a connection that timed out', driverError('Connection terminated due to connection timeout')],
    [
      'a client broken by a connection error',
      driverError('Client has encountered a connection error and is not queryable'),
    ],
    [
      'every address of a host refusing',
      new AggregateError(
        [driverError('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')],
        'connect failed',
      ),
    ],
  ])('is true of %s, thrown or inside a QueryFailedError', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(fromQuery(error))).toBe(true);
  });

  it.each([
    ['a unique violation', driverError('duplicate key', '23505')],
    ['a syntax error, a bug', driverError('syntax error at or near "SELEC"', '42601')],
    [
      'a statement cancelled by its timeout',
      driverError('canceling statement due to statement timeout', '57014'),
    ],
    ['an error of the code', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('is false of %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(fromQuery(error))).toBe(false);
  });

  it('is false of what is not an error', () => {
    for (const value of [undefined, null, 'ECONNREFUSED', 42]) {
      expect(isDatabaseUnavailable(value)).toBe(false);
    }
  });
});
