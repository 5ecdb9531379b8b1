import { SEND_ATTEMPTS_LIMIT } from '@pejling/contracts';
import { getNextMillis } from 'bullmq';
import { z } from 'zod';
import { smtpUrlProblem } from './smtp-url';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A cron pattern BullMQ can schedule: five fields (or six, with seconds first). */
function isCronPattern(pattern: string): boolean {
  const fields = pattern.trim().split(/\s+/).length;
  if (fields !== 5 && fields !== 6) return false;
  try {
    return getNextMillis(Date.now(), { pattern, tz: 'Europe/Copenhagen' }) !== undefined;
  } catch {
    return false;
  }
}

/** `Name <address>` or a bare address. */
const mailbox = /^(?:[^<>]*<[^@\s<>]+@[^@\s<>]+>|[^@\s<>]+@[^@\s<>]+)$/;

/** Every setting Pejling reads from the environment, validated once at boot. */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' })
    .default('postgres://postgres@127.0.0.1:5432/pejling'),
  REDIS_URL: z
    .url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' })
    .default('redis://127.0.0.1:6379'),
  APP_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
  PEJLING_TODAY: z
    .string()
    .regex(isoDate, 'must be a date as YYYY-MM-DD')
    .refine(
      (v) =>
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
        new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      'is not a real calendar date',
    )
    .optional(),
  PEJLING_DEMO: z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  WEB_DIST: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(10080).default(480),
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  INVITATION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  DEMO_PASSWORD: z.string().min(1).default('pejling-demo'),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })
    .superRefine((url, ctx) => {
      const problem = smtpUrlProblem(url);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  MAIL_FROM: z
    .string()
    .trim()
    .regex(mailbox, 'must be an e-mail address, optionally as "Name <address>"')
    .default('Pejling <pejling@localhost>'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.{}-]+$/, 'must be letters, digits and _ . - { } only')
    .default('pejling'),
  REMINDER_SCAN_CRON: z
    .string()
    .refine(isCronPattern, 'must be a cron pattern of five fields, like "0 7 * * *"')
    .default('0 7 * * *'),
  SEND_ATTEMPTS: z.coerce.number().int().min(1).max(SEND_ATTEMPTS_LIMIT).default(5),
  SEND_BACKOFF_MS: z.coerce.number().int().min(1).max(86_400_000).default(60_000),
  REQUEUE_EVERY_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
  ATTACHMENT_MAX_MB: z.coerce.number().int().min(1).max(1024).default(25),
  ATTACHMENT_QUOTA_MB: z.coerce.number().int().min(1).max(1_048_576).default(500),
  ATTACHMENT_IDLE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  WORKER_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
});

/** The names of the settings Pejling reads (a deployment's configuration is checked against them). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(configSchema.shape);

/** What "MB" means in the settings: a mebibyte. */
const MB = 1024 * 1024;

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string;
  redisUrl: string;
  appUrl: string;
  /** Fixes the clock's date (a demo or a test); undefined means the real date. */
  today?: string;
  demo: boolean;
  /** Folder of the built web app that the API serves at `/`; undefined serves none. */
  webDist?: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** A session ends after this long without a request … */
  sessionIdleMinutes: number;
  /** … and in any case this long after sign-in. */
  sessionMaxDays: number;
  /** How long an invitation link to set the first password stays valid. */
  invitationDays: number;
  /** The password of the demo accounts that demo data creates. */
  demoPassword: string;
  /** Where e-mail is sent; undefined keeps it in the outbox (the demo). */
  smtpUrl?: string;
  /** How long the mail server may take to connect, greet, or answer anything. */
  smtpTimeoutMs: number;
  /** The sender of Pejling's e-mail. */
  mailFrom: string;
  /** BullMQ's key prefix in Redis (never ioredis' `keyPrefix`). */
  queuePrefix: string;
  /** When the worker runs the daily reminder scan, in Europe/Copenhagen. */
  reminderScanCron: string;
  /**
   * How often an e-mail is tried before it is marked failed … (the worker's setting
   * counts: it is the worker that retries)
   */
  sendAttempts: number;
  /** … waiting this long before the first retry, twice as long before each next. */
  sendBackoffMs: number;
  /**
   * How often a worker checks that every unsent e-mail Postgres holds is in the queue, and
   * queues again what the queue has lost (Redis restarted without persistence).
   */
  requeueEveryMinutes: number;
  /** The largest attachment, in bytes. */
  attachmentMaxBytes: number;
  /** How much all attachments uploaded by one organisation's people may hold, in bytes. */
  attachmentQuotaBytes: number;
  /** An upload that sends nothing for this long is given up (its connection closed). */
  attachmentIdleMs: number;
  /** Where the API serves its metrics (`/metrics`, Prometheus' format); none when unset. */
  metricsPort?: number;
  /** The same for a worker. */
  workerMetricsPort?: number;
}

export class ConfigError extends Error {}

/**
 * Reads and validates the configuration. A bad value throws a `ConfigError` whose message
 * names every offending variable, so boot stops with something a person can act on.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    databaseUrl: c.DATABASE_URL,
    redisUrl: c.REDIS_URL,
    appUrl: c.APP_URL ?? `http://localhost:${c.PORT}`,
    today: c.PEJLING_TODAY,
    demo: c.PEJLING_DEMO,
    webDist: c.WEB_DIST,
    logLevel: c.LOG_LEVEL,
    sessionIdleMinutes: c.SESSION_IDLE_MINUTES,
    sessionMaxDays: c.SESSION_MAX_DAYS,
    invitationDays: c.INVITATION_DAYS,
    demoPassword: c.DEMO_PASSWORD,
    smtpUrl: c.SMTP_URL,
    smtpTimeoutMs: c.SMTP_TIMEOUT_MS,
    mailFrom: c.MAIL_FROM,
    queuePrefix: c.QUEUE_PREFIX,
    reminderScanCron: c.REMINDER_SCAN_CRON,
    sendAttempts: c.SEND_ATTEMPTS,
    sendBackoffMs: c.SEND_BACKOFF_MS,
    requeueEveryMinutes: c.REQUEUE_EVERY_MINUTES,
    attachmentMaxBytes: c.ATTACHMENT_MAX_MB * MB,
    attachmentQuotaBytes: c.ATTACHMENT_QUOTA_MB * MB,
    attachmentIdleMs: c.ATTACHMENT_IDLE_SECONDS * 1000,
    metricsPort: c.METRICS_PORT,
    workerMetricsPort: c.WORKER_METRICS_PORT,
  };
}
