import type {
  AppInfo,
  CalendarLink,
  CalendarLinkStatus,
  DeliveryMessage,
  InvitationResult,
  Language,
  MailMode,
  MeasurementRecord,
  Me,
  MilestoneRecord,
  MilestoneStatusChange,
  MilestoneStatusChangeResult,
  MyWork,
  RegionalView,
  ReminderDeliveryRecord,
  ReminderRunRequest,
  ReminderRunResult,
  ReportingRoundRecord,
  RoundCompletionRow,
  RoundFigureRow,
  RoundReminded,
  RoundReport,
  SignInLinkResult,
  StrategyDashboard,
  Timeline,
  UnsubscribeResult,
} from '@pejling/contracts';
import { API_URL, download, isSignedOut, request } from './client';

/** A record's id as react-admin holds it. */
type Id = number | string;

/** A list's export: its filter and sort as the list has them, in the UI's language. */
export interface ExportQuery {
  filter: object;
  sort: { field: string; order: string };
  locale: string;
}

export type ExportFormat = 'csv' | 'xlsx';

const get = async <T>(path: string, signal?: AbortSignal): Promise<T> =>
  (await request<T>(path, { signal })).json;
const post = async <T>(path: string, body?: unknown): Promise<T> =>
  (await request<T>(path, { method: 'POST', body })).json;
const put = async <T>(path: string, body: unknown): Promise<T> =>
  (await request<T>(path, { method: 'PUT', body })).json;

/** A whole-plan view of a strategy; without an id, of the server's current strategy. */
const ofStrategy = (path: string, strategyId: number | undefined) =>
  strategyId ? `${path}?strategyId=${strategyId}` : path;

/** The server's export of a list (`GET /api/<resource>/export.csv|xlsx`): every matching row. */
const exportPath = (
  resource: string,
  format: ExportFormat,
  { filter, sort, locale }: ExportQuery,
) => {
  const query = new URLSearchParams({
    filter: JSON.stringify(filter),
    sort: JSON.stringify([sort.field, sort.order]),
    lang: locale === 'en' ? 'en' : 'da',
  });
  return `/${resource}/export.${format}?${query}`;
};

/** Which records of a list, and in which order (`api.list`). */
export interface ListQuery {
  filter: object;
  sort: [field: string, order: 'ASC' | 'DESC'];
  perPage: number;
}

/** A list's query in the server's (ra-data-simple-rest's) dialect. */
const listParameters = ({ filter, sort, perPage }: ListQuery) =>
  new URLSearchParams({
    filter: JSON.stringify(filter),
    sort: JSON.stringify(sort),
    range: JSON.stringify([0, perPage - 1]),
  });

/**
 * What the server offers besides react-admin's records (those go through dataProvider.ts),
 * each a method that resolves to the answer or rejects with an ApiError. Components read
 * them with react-query (`useApiQuery`, `useServerAction`): a 401 then signs the person out.
 */
export const api = {
  /** Signing in and out; the sign-in page uses these before the app is loaded. */
  session: {
    /** The signed-in person, or undefined when the server does not know this session. */
    me: async (): Promise<Me | undefined> => {
      try {
        return await get<Me>('/auth/me');
      } catch (error) {
        if (isSignedOut(error)) return undefined;
        throw error;
      }
    },
    signIn: (credentials: { email: string; password: string }) =>
      post<Me>('/auth/login', credentials),
    /** With the token of a link from an e-mail: the person, and the page the link leads to. */
    signInWithLink: (token: string) => post<SignInLinkResult>('/auth/link', { token }),
    signOut: () => post<void>('/auth/logout'),
  },

  accounts: {
    /** A link to set the password: e-mailed to the person, and answered to pass on. */
    invitePerson: (id: Id) => post<InvitationResult>(`/people/${id}/invitation`),
    changePassword: (body: { currentPassword: string; newPassword: string }) =>
      post<void>('/auth/password', body),
    acceptInvitation: (body: { token: string; password: string }) =>
      post<void>('/auth/accept-invitation', body),
  },

  /** Today's date as the server sees it, and whether that date is fixed (a demo, a test). */
  info: (signal?: AbortSignal) => get<AppInfo>('/info', signal),

  dashboard: (strategyId: number | undefined, signal?: AbortSignal) =>
    get<StrategyDashboard>(ofStrategy('/dashboard', strategyId), signal),

  /** The plan by region: values, organisations and their initiatives. */
  regions: (strategyId: number | undefined, signal?: AbortSignal) =>
    get<RegionalView>(ofStrategy('/regions', strategyId), signal),

  /** A strategy's plan over its period, in one answer. */
  timeline: (strategyId: number | undefined, signal?: AbortSignal) =>
    get<Timeline>(ofStrategy('/timeline', strategyId), signal),

  /** The signed-in person's initiatives, milestones and the reports asked of them. */
  myWork: (signal?: AbortSignal) => get<MyWork>('/my-work', signal),

  /** A record by its id, as react-admin's getOne reads it (where react-admin is not at hand). */
  record: <T>(resource: string, id: Id, signal?: AbortSignal) =>
    get<T>(`/${resource}/${id}`, signal),
  /** A record saved whole, its `version` included: 409 if it was saved meanwhile. */
  saveRecord: <T extends { id: Id }>(resource: string, record: T) =>
    put<T>(`/${resource}/${record.id}`, record),
  /** A new record, as the server stored it. */
  createRecord: <T>(resource: string, data: object) => post<T>(`/${resource}`, data),
  deleteRecord: async (resource: string, id: Id): Promise<void> => {
    await request(`/${resource}/${id}`, { method: 'DELETE' });
  },
  /**
   * A list's first `perPage` records, as react-admin's getList reads them (where
   * react-admin is not at hand): filtered, in `sort`'s order (a field and ASC or DESC).
   */
  list: <T>(resource: string, query: ListQuery, signal?: AbortSignal) =>
    get<T[]>(`/${resource}?${listParameters(query)}`, signal),

  milestones: {
    /** Several milestones, whole, by id (where react-admin is not at hand: My work). */
    many: (ids: Id[], signal?: AbortSignal) =>
      get<MilestoneRecord[]>(
        `/milestones?${new URLSearchParams({ filter: JSON.stringify({ id: ids }) })}`,
        signal,
      ),
    /** One status for several milestones at once, all or none. */
    changeStatus: (body: MilestoneStatusChange) =>
      post<MilestoneStatusChangeResult>('/milestones/status', body),
  },

  /**
   * Reminders: running them by hand, sending one again, the person's calendar feed, and
   * unsubscribing by the link in an e-mail (without a session).
   */
  reminders: {
    run: (body: ReminderRunRequest) => post<ReminderRunResult>('/reminders/run', body),
    resend: (id: Id) =>
      post<ReminderDeliveryRecord & { mail: MailMode }>(`/reminder-deliveries/${id}/resend`),
    /** The e-mail a delivery went out in (or will), without its personal links. */
    message: (id: Id, signal?: AbortSignal) =>
      get<DeliveryMessage>(`/reminder-deliveries/${id}/message`, signal),
    unsubscribe: (token: string) =>
      post<UnsubscribeResult>(`/unsubscribe/${encodeURIComponent(token)}`),
  },

  calendarLink: {
    status: (signal?: AbortSignal) => get<CalendarLinkStatus>('/calendar-link', signal),
    /** A new feed address; the one before stops working. Shown once: only its hash is kept. */
    renew: () => post<CalendarLink>('/calendar-link'),
    stop: async (): Promise<void> => {
      await request('/calendar-link', { method: 'DELETE' });
    },
  },

  /**
   * Reporting rounds beyond their records: opening and closing them and asking the owners
   * who have not reported (the secretariat), marking one reviewed (the steering group), the
   * completion board, the figures asked for and the compiled report. A change of state
   * answers the round as it is.
   */
  rounds: {
    open: (id: Id) => post<ReportingRoundRecord>(`/reporting-rounds/${id}/open`),
    close: (id: Id) => post<ReportingRoundRecord>(`/reporting-rounds/${id}/close`),
    review: (id: Id) => post<ReportingRoundRecord>(`/reporting-rounds/${id}/review`),
    /**
     * Asks those who have not reported yet, now: how many reminders that made, to how many
     * people e-mail was queued, and whether it goes out or to the outbox.
     */
    remind: (id: Id) => post<RoundReminded>(`/reporting-rounds/${id}/remind`),
    completion: (id: Id, signal?: AbortSignal) =>
      get<RoundCompletionRow[]>(`/reporting-rounds/${id}/completion`, signal),
    /** The target figures the round asks the data owners for, and where each stands. */
    figures: (id: Id, signal?: AbortSignal) =>
      get<RoundFigureRow[]>(`/reporting-rounds/${id}/figures`, signal),
    report: (id: Id, signal?: AbortSignal) =>
      get<RoundReport>(`/reporting-rounds/${id}/report`, signal),
    /** The report as a PDF: a plain link, which the session cookie goes with. */
    pdfUrl: (id: Id, language: Language): string =>
      `${API_URL}/reporting-rounds/${id}/report.pdf?lang=${language}`,
  },

  /**
   * A target's figures beyond their records: the secretariat approves a proposed one, or
   * returns it with a reason; each as read at `version` (a later change answers 409).
   */
  measurements: {
    approve: ({ id, version }: { id: Id; version: number }) =>
      post<MeasurementRecord>(`/measurements/${id}/approve`, { version }),
    returnToOwner: ({ id, version, reason }: { id: Id; version: number; reason: string }) =>
      post<MeasurementRecord>(`/measurements/${id}/return`, { version, reason }),
  },

  /** A list as CSV or Excel, made by the server, with the name it gave the file. */
  export: (resource: string, format: ExportFormat, query: ExportQuery) =>
    download(exportPath(resource, format, query)),
};
