import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createTransport } from 'nodemailer';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';

/** A message as the sink received it, to send again unchanged for the baseline. */
interface Received {
  messageId: string;
  from: string;
  to: string[];
  raw: Buffer;
  at: number;
}

/**
 * The local SMTP sink: a real SMTP server (the `smtp-server` package, as the tests use)
 * that keeps every message whole, with its Message-ID, so that a run can tell which
 * deliveries arrived, how often, and when the last one did.
 */
export interface Sink {
  url: string;
  received: Received[];
  clear: () => void;
  close: () => Promise<void>;
}

export async function startSink(): Promise<Sink> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    disableReverseLookup: true,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const head = raw.subarray(0, raw.indexOf('\r\n\r\n')).toString('utf8');
        const messageId = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? '';
        received.push({
          messageId,
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
          at: Date.now(),
        });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    clear: () => received.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReminderFigures {
  /** Deliveries the scan recorded, and the seconds `POST /api/reminders/run` took. */
  recorded: number;
  scanSeconds: number;
  emails: number;
  /** From the scan's request to the last e-mail's arrival. */
  endToEndSeconds: number;
  /** E-mails per second from the scan's answer (the jobs queued) to the last arrival. */
  emailsPerSecond: number;
  deliveries: number;
  missing: number;
  duplicates: number;
  /** nodemailer sending the very same messages straight to the sink. */
  baselineEmailsPerSecond: number;
  baselineSeconds: number;
}

/**
 * The reminder path under load: the scan over the whole data set, as the secretariat asks
 * for it, then the worker sending every e-mail to the sink. Checked against Postgres: every
 * delivery of the day sent, its message received exactly once, nothing else received.
 * Then the baseline sends the same messages with a pool like the product's mailer's.
 */
export async function measureReminders(options: {
  apiUrl: string;
  cookie: string;
  databaseUrl: string;
  day: string;
  sink: Sink;
  timeoutSeconds: number;
  /** Stops the worker, so that the baseline has the sink to itself even after a timeout. */
  stopSending: () => Promise<void>;
}): Promise<ReminderFigures> {
  const { sink, day } = options;
  sink.clear();
  const started = Date.now();
  const response = await fetch(`${options.apiUrl}/api/reminders/run`, {
    method: 'POST',
    headers: { cookie: options.cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ asOf: day }),
  });
  if (!response.ok) throw new Error(`reminder run: ${response.status} ${await response.text()}`);
  const queuedAt = Date.now();
  const { recorded } = (await response.json()) as { recorded: number };

  const db = new Client({ connectionString: options.databaseUrl });
  await db.connect();
  try {
    const deadline = started + options.timeoutSeconds * 1000;
    for (;;) {
      const { rows } = await db.query(
        `SELECT count(*) FILTER (WHERE status IN ('pending', 'queued', 'sending'))::int AS open,
                count(DISTINCT message_id)::int AS messages
           FROM reminder_deliveries WHERE day = $1`,
        [day],
      );
      const done = rows[0].open === 0 && sink.received.length >= rows[0].messages;
      if (done || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await options.stopSending();
    const product = [...sink.received];
    const lastAt = Math.max(queuedAt, ...product.map((m) => m.at));
    const check = await checkDeliveries(db, day, product);
    const baseline = await sendDirectly(sink, product);
    return {
      recorded,
      scanSeconds: (queuedAt - started) / 1000,
      emails: product.length,
      endToEndSeconds: (lastAt - started) / 1000,
      emailsPerSecond: product.length / Math.max(0.001, (lastAt - queuedAt) / 1000),
      ...check,
      baselineEmailsPerSecond: product.length / Math.max(0.001, baseline),
      baselineSeconds: baseline,
    };
  } finally {
    await db.end();
  }
}

/** Every delivery of the day sent, and its message received exactly once; nothing else. */
async function checkDeliveries(db: Client, day: string, received: Received[]) {
  const { rows } = await db.query<{ status: string; messageId: string | null }>(
    `SELECT status, message_id AS "messageId" FROM reminder_deliveries WHERE day = $1`,
    [day],
  );
  const arrivals = new Map<string, number>();
  for (const message of received) {
    arrivals.set(message.messageId, (arrivals.get(message.messageId) ?? 0) + 1);
  }
  const missing = rows.filter(
    (row) => row.status !== 'sent' || !row.messageId || !arrivals.has(row.messageId),
  ).length;
  const expected = new Set(rows.map((row) => row.messageId));
  // A message that came twice, or one no delivery records (a send repeated under a new id).
  const duplicates = [...arrivals].reduce(
    (sum, [id, count]) => sum + (expected.has(id) ? count - 1 : count),
    0,
  );
  return { deliveries: rows.length, missing, duplicates };
}

/** Seconds nodemailer takes to send `messages` unchanged, pooled like the product's mailer. */
async function sendDirectly(sink: Sink, messages: Received[]): Promise<number> {
  sink.clear();
  const url = new URL(sink.url);
  // The product's pool (libs/server/src/core/mail/smtp-options.ts): 5 connections, no TLS on loopback.
  const transport = createTransport({
    pool: true,
    maxConnections: 5,
    host: url.hostname,
    port: Number(url.port),
    secure: false,
    ignoreTLS: true,
  });
  const started = Date.now();
  try {
    await Promise.all(
      messages.map((m) => transport.sendMail({ envelope: { from: m.from, to: m.to }, raw: m.raw })),
    );
  } finally {
    transport.close();
  }
  const seconds = (Date.now() - started) / 1000;
  if (sink.received.length !== messages.length) {
    throw new Error(`baseline: ${sink.received.length} of ${messages.length} messages arrived`);
  }
  sink.clear();
  return seconds;
}
