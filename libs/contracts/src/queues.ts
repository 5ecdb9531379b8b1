/**
 * The BullMQ queues and the jobs on them: the one place their names are spelled. The
 * worker refuses to start when a job named here has no handler (or one it does not know).
 */
export const QUEUES = { reminders: 'reminders' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * Jobs on the `reminders` queue, which carries all of Pejling's e-mail: reminders, and
 * invitations to set a password.
 */
export const REMINDER_JOBS = {
  /** Decide what is due on a day, record it, and add one `send-digest` job per recipient. */
  scan: 'scan',
  /** Send one person their digest of the day. */
  sendDigest: 'send-digest',
  /** E-mail an invitation to set a password. */
  sendInvitation: 'send-invitation',
  /**
   * Queue again what Postgres holds as unsent but the queue does not know (Redis lost it),
   * and what a dead worker left half sent.
   */
  requeue: 'requeue',
} as const;
export type ReminderJobName = (typeof REMINDER_JOBS)[keyof typeof REMINDER_JOBS];

/**
 * The most attempts a send job may have. Producers add send jobs with this many; the
 * worker stops sooner, after its own `SEND_ATTEMPTS`, so that the setting counts where
 * the sending is done.
 */
export const SEND_ATTEMPTS_LIMIT = 20;

/** The data of a `scan` job; without `asOf`, today in Europe/Copenhagen. */
export interface ScanJobData {
  asOf?: string;
}

/** The data of a `send-digest` job: everything due for one person on one day. */
export interface SendDigestJobData {
  personId: number;
  day: string;
}

/** The data of a `send-invitation` job. */
export interface SendInvitationJobData {
  invitationId: number;
}
