/**
 * The BullMQ queues and the jobs on them: the one place their names are spelled. The
 * worker refuses to start when a job named here has no handler (or one it does not know).
 */
export const QUEUES = { reminders: 'reminders' } as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Jobs on the `reminders` queue. */
export const REMINDER_JOBS = {
  /** Decide what is due on a day, record it, and add one `send-digest` job per recipient. */
  scan: 'scan',
  /** Send one person their digest of the day. */
  sendDigest: 'send-digest',
} as const;
export type ReminderJobName = (typeof REMINDER_JOBS)[keyof typeof REMINDER_JOBS];

/** The data of a `scan` job; without `asOf`, today in Europe/Copenhagen. */
export interface ScanJobData {
  asOf?: string;
}

/** The data of a `send-digest` job: everything due for one person on one day. */
export interface SendDigestJobData {
  personId: number;
  day: string;
}
