/** The fields of a Postgres error that Pejling reads. */
export interface PgError {
  code?: string;
  constraint?: string;
  table?: string;
  detail?: string;
  column?: string;
}

const snakeToCamel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Readable messages for the constraints a client can run into. */
const CONSTRAINT_MESSAGES: Record<string, string> = {
  uq_organisations_short_name: 'shortName: another organisation already has this short name',
  uq_people_email: 'email: another person already has this e-mail address',
  uq_strategies_name: 'name: another strategy already has this name',
  uq_focus_areas_code: 'code: the strategy already has a focus area with this code',
  uq_initiatives_code: 'code: the strategy already has an initiative with this code',
  uq_targets_number: 'number: the strategy already has a target with this number',
  uq_target_series_key: 'series: two series have the same key',
  uq_measurements_series_year_region:
    'year: this series already has a measurement for this year and region',
  ck_strategies_period: 'periodEnd: must not be before periodStart',
  ck_initiatives_dates: 'endDate: must not be before startDate',
  ck_initiatives_override_reason: 'progressOverrideReason: a progress override needs a reason',
  ck_milestones_completed_on: 'completedOn: must be set when the status is done, and only then',
  ck_target_series_baseline: 'series: a baseline needs both a value and a year',
  ck_target_series_years: 'series: the target year must not be before the baseline year',
  uq_reminder_rules: 'days: there is already a rule of this kind with these days',
  ck_reporting_rounds_dates: 'meetingDate: must not be before dueDate',
  ck_round_outcomes_action: 'kind: only an action item belongs to an initiative',
  uq_status_reports_supersedes: 'supersedesId: that report has already been corrected',
  ck_status_reports_submitted: 'state: a submitted report needs a submission time',
  ck_targets_data_owner: 'dataOwnerPersonId: a data owner person needs a data owner organisation',
  ck_target_series_data_owner:
    'series: a data owner person needs a data owner organisation on the same series',
  ck_measurements_returned_reason: 'returnReason: a returned figure needs a reason, and only it',
};

/** The field of a CHECK that Postgres named itself: `<table>_<column>_check`. */
function checkedField(error: PgError): string | undefined {
  const prefix = `${error.table}_`;
  if (!error.table || !error.constraint?.startsWith(prefix)) return undefined;
  const column = /^([a-z0-9_]+?)_check\d*$/.exec(error.constraint.slice(prefix.length));
  return column ? snakeToCamel(column[1]) : undefined;
}

/**
 * Maps a Postgres error that a request can cause to an HTTP status and message;
 * answers undefined for anything else (a bug), which stays a 500. An outage is
 * `isDatabaseUnavailable`'s.
 */
export function describeDatabaseError(
  error: PgError,
): { statusCode: number; message: string } | undefined {
  const known = error.constraint ? CONSTRAINT_MESSAGES[error.constraint] : undefined;
  switch (error.code) {
    case '23505': // unique_violation
      return { statusCode: 409, message: known ?? `a record with these values already exists` };
    case '23503': {
      // foreign_key_violation: on delete, something still points here; on write, the
      // referenced record does not exist.
      const referencedFrom = /still referenced from table "([^"]+)"/.exec(error.detail ?? '');
      if (referencedFrom) {
        const by = referencedFrom[1].replace(/_/g, ' ');
        return {
          statusCode: 409,
          message: `the record is still used by ${by}, so it cannot be deleted or moved`,
        };
      }
      const missing = /Key \(([^)]+)\)=\(([^)]*)\) is not present in table "([^"]+)"/.exec(
        error.detail ?? '',
      );
      if (missing) {
        const field = snakeToCamel(missing[1].split(',')[0].trim());
        return {
          statusCode: 400,
          message: `${field}: no ${missing[3].replace(/_/g, ' ')} with id ${missing[2].split(',')[0]}`,
        };
      }
      return { statusCode: 400, message: 'a referenced record does not exist' };
    }
    case '23514': {
      // check_violation: a named rule, or one Postgres named after its column
      const field = checkedField(error);
      return {
        statusCode: 400,
        message:
          known ??
          (field
            ? `${field}: is blank or not an allowed value`
            : `the values break the rule ${error.constraint}`),
      };
    }
    case '23502': // not_null_violation
      return {
        statusCode: 400,
        message:
          known ??
          (error.column
            ? `${snakeToCamel(error.column)}: is required`
            : `the values break the rule ${error.constraint}`),
      };
    case '22021': // character_not_in_repertoire: a NUL (\u0000) in a text
      return {
        statusCode: 400,
        message: 'a text holds a character that cannot be stored (NUL, \\u0000)',
      };
    case '22001': // string too long
    case '22003': // numeric out of range
    case '22007': // invalid datetime format
    case '22008': // datetime out of range
    case '22P02': // invalid text representation
      return { statusCode: 400, message: 'a value is out of range or of the wrong form' };
    default:
      return undefined;
  }
}

/** How long a client is asked to wait when the database is away (`Retry-After`, seconds). */
export const DATABASE_RETRY_AFTER_SECONDS = 3;

/**
 * What Postgres answers when it cannot serve anyone just now: class 08 (connection
 * exceptions), shutting down or restarting (57P01 admin_shutdown, 57P02 crash_shutdown,
 * 57P03 cannot_connect_now, 57P05 idle_session_timeout) and 53300 too_many_connections.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57P05', '53300']);

/** The operating system's words for a connection that could not be made or was cut. */
const UNAVAILABLE_NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * What node-postgres says, without a code, when a connection dies under a query, a
 * broken client is used, or the pool finds no connection in time.
 */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated( unexpectedly| due to connection timeout)?$/,
  /^timeout exceeded when trying to connect$/,
  /^Client (has encountered a connection error|was closed) and is not queryable$/,
];

/**
 * Whether an error means that the database cannot be reached for now (a restart, a network
 * cut, a full pool) rather than that the request or the code is wrong: such a request may
 * succeed as it is a moment later. `error` is what the driver threw, or TypeORM's
 * `QueryFailedError` around it (`driverError`).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    errors?: unknown;
  } | null;
  if (typeof e !== 'object' || e === null) return false;
  if (e.driverError !== undefined) return isDatabaseUnavailable(e.driverError);
  // Node tries each address of a host name and reports the failures together.
  if (Array.isArray(e.errors) && e.errors.some(isDatabaseUnavailable)) return true;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  return (
    code.startsWith('08') ||
    UNAVAILABLE_SQLSTATES.has(code) ||
    UNAVAILABLE_NETWORK_CODES.has(code) ||
    UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))
  );
}
