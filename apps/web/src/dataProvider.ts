import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type Identifier } from 'react-admin';
import type {
  AppInfo,
  CalendarLink,
  CalendarLinkStatus,
  IsoInstant,
  MilestoneStatusChange,
  MilestoneStatusChangeResult,
  MyWork,
  ReminderDeliveryRecord,
  ReminderRunRequest,
  ReminderRunResult,
  ReportingRoundRecord,
  RoundCompletionRow,
  RoundReport,
  UnsubscribeResult,
} from '@pejling/contracts';
import { API_URL } from './auth/session';
import { i18nProvider } from './i18n';

/** Where the server's API lives: defined beside the sign-in, which needs it before the app. */
export { API_URL };

let apiLanguage = 'da';

/** Called when the UI language changes, so the server may answer in the same language. */
export const setApiLanguage = (locale: string): void => {
  apiLanguage = locale;
};

/** A bad field as the server names it in a 400: `{ field, messages }`. */
interface FieldProblem {
  field: string;
  messages: string[];
}

/**
 * The server's field list turned into react-admin's shape, `{ field: message }`, so the
 * form shows each message under its input, and `root.serverError` as the notification.
 * The server starts each message with the field's name; under the input that is said.
 */
const toSubmissionErrors = (problems: FieldProblem[], summary: string) => ({
  ...Object.fromEntries(
    problems.map(({ field, messages }) => [
      field,
      messages.map((message) => message.replace(`${field}: `, '')).join(' '),
    ]),
  ),
  root: { serverError: summary },
});

/**
 * Turns what the server or the network says into a message a person can read. react-admin
 * shows `error.message` in a notification (and translates it if it is a key); server
 * messages are kept, because they name the field or the conflict.
 */
const toReadableError = (error: unknown): unknown => {
  if (error instanceof HttpError) {
    const body = error.body as { message?: unknown; errors?: unknown } | null;
    const detail = Array.isArray(body?.message)
      ? body.message.join('; ')
      : typeof body?.message === 'string'
        ? body.message
        : '';
    const readable = (key: string, readableBody: unknown = error.body) =>
      new HttpError(i18nProvider.translate(key, { detail }), error.status, readableBody);
    if (error.status === 409) {
      return readable(detail ? 'pejling.error.conflict_detail' : 'pejling.error.conflict');
    }
    if (error.status === 403 && detail) return readable('pejling.error.forbidden');
    if (error.status === 400 && detail) {
      if (!Array.isArray(body?.errors)) return readable('pejling.error.rejected');
      const summary = i18nProvider.translate('pejling.error.rejected', { detail });
      const errors = toSubmissionErrors(body.errors as FieldProblem[], summary);
      return readable('pejling.error.rejected', { ...body, errors });
    }
    return error;
  }
  // fetch() rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) {
    return new Error('pejling.error.network');
  }
  return error;
};

const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', apiLanguage);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    throw toReadableError(error);
  }
};

const send = (method: string, path: string, body?: unknown) =>
  httpClient(`${API_URL}${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const post = (path: string, body?: unknown) => send('POST', path, body);

/** A link that lets a person set their first password, and when it stops working. */
export interface Invitation {
  url: string;
  expiresAt: IsoInstant;
}

/**
 * react-admin's simple-rest dialect on /api. `update` sends the whole record as the form
 * holds it, `version` included: the server uses it to refuse a stale write with 409.
 */
export const dataProvider = simpleRestProvider(API_URL, httpClient);

/**
 * Accounts: what the server offers besides records. Callers pass a failure to react-admin's
 * `useLogoutIfAccessDenied`, so that a 401 here signs the person out as elsewhere.
 */
export const accountApi = {
  invitePerson: async (id: Identifier): Promise<Invitation> =>
    (await post(`/people/${id}/invitation`)).json as Invitation,
  changePassword: async (body: { currentPassword: string; newPassword: string }) => {
    await post('/auth/password', body);
  },
  acceptInvitation: async (body: { token: string; password: string }) => {
    await post('/auth/accept-invitation', body);
  },
};

/**
 * Reminders: running them by hand, sending one again, the person's calendar feed, and
 * unsubscribing by the link in an e-mail (without a session). Failures as `accountApi`'s.
 */
export const reminderApi = {
  run: async (body: ReminderRunRequest): Promise<ReminderRunResult> =>
    (await post('/reminders/run', body)).json as ReminderRunResult,
  resend: async (id: Identifier): Promise<ReminderDeliveryRecord> =>
    (await post(`/reminder-deliveries/${id}/resend`)).json as ReminderDeliveryRecord,
  calendarLinkStatus: async (): Promise<CalendarLinkStatus> =>
    (await send('GET', '/calendar-link')).json as CalendarLinkStatus,
  /** A new feed address; the one before stops working. Shown once: only its hash is kept. */
  renewCalendarLink: async (): Promise<CalendarLink> =>
    (await post('/calendar-link')).json as CalendarLink,
  stopCalendarLink: async (): Promise<void> => {
    await send('DELETE', '/calendar-link');
  },
  unsubscribe: async (token: string): Promise<UnsubscribeResult> =>
    (await post(`/unsubscribe/${encodeURIComponent(token)}`)).json as UnsubscribeResult,
};

/**
 * Reporting rounds beyond their records: opening and closing them and asking the owners
 * who have not reported (the secretariat), marking one reviewed (the steering group), the
 * completion board and the compiled report. A change of state answers the round as it is now. Failures as `accountApi`'s.
 */
export const roundApi = {
  open: async (id: Identifier): Promise<ReportingRoundRecord> =>
    (await post(`/reporting-rounds/${id}/open`)).json as ReportingRoundRecord,
  close: async (id: Identifier): Promise<ReportingRoundRecord> =>
    (await post(`/reporting-rounds/${id}/close`)).json as ReportingRoundRecord,
  review: async (id: Identifier): Promise<ReportingRoundRecord> =>
    (await post(`/reporting-rounds/${id}/review`)).json as ReportingRoundRecord,
  /** Asks those who have not reported yet, now: how many reminders and e-mails that made. */
  remind: async (id: Identifier): Promise<{ recorded: number; queued: number }> =>
    (await post(`/reporting-rounds/${id}/remind`)).json as { recorded: number; queued: number },
  completion: async (id: Identifier, signal?: AbortSignal): Promise<RoundCompletionRow[]> =>
    (await httpClient(`${API_URL}/reporting-rounds/${id}/completion`, { signal }))
      .json as RoundCompletionRow[],
  report: async (id: Identifier, signal?: AbortSignal): Promise<RoundReport> =>
    (await httpClient(`${API_URL}/reporting-rounds/${id}/report`, { signal })).json as RoundReport,
  /** The report as a PDF: a plain link, which the session cookie goes with. */
  pdfUrl: (id: Identifier, language: 'da' | 'en'): string =>
    `${API_URL}/reporting-rounds/${id}/report.pdf?lang=${language}`,
};

/** GET /api/my-work: the signed-in person's initiatives, milestones and reports asked of them. */
export const myWorkApi = {
  get: async (signal?: AbortSignal): Promise<MyWork> =>
    (await httpClient(`${API_URL}/my-work`, { signal })).json as MyWork,
};

/** Milestones beyond their records: one status for several at once, all or none. */
export const milestoneApi = {
  changeStatus: async (body: MilestoneStatusChange): Promise<MilestoneStatusChangeResult> =>
    (await post('/milestones/status', body)).json as MilestoneStatusChangeResult,
};

/** GET /api/info: today's date as the server sees it, and whether that date is fixed. */
export const fetchAppInfo = async (signal?: AbortSignal): Promise<AppInfo> => {
  const { json } = await httpClient(`${API_URL}/info`, { signal });
  return json as AppInfo;
};
