import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, for `SMTP_URL`. */
  url: string;
  /** Every message accepted so far, parsed. */
  received: ParsedMail[];
  /**
   * Messages that arrived whole but whose client had gone (its connection closed) before
   * the server answered them: not delivered, so not in `received`.
   */
  abandoned: ParsedMail[];
  /**
   * While set, every message is refused with this error: by default a 451, which a client
   * may try again; a 5xx `code` refuses it for good.
   */
  refuse: (reason: string | null, code?: number) => void;
  /** How many messages were refused so far. */
  refused: () => number;
  /**
   * Answers each message only after this long (0: at once); the message counts as received
   * then, if its client is still connected. With `to`, only the messages to that address
   * (with `times`, only its next that many, then the general delay again); without, every
   * message (and the delays of single addresses are forgotten).
   */
  slow: (ms: number, to?: string, times?: number) => void;
  /** Resolves when a message has started to arrive (its DATA), for "while it is sending". */
  arriving: () => Promise<void>;
  /** How many messages have started to arrive so far, whatever became of them. */
  arrived: () => number;
  close: () => Promise<void>;
}

/**
 * A real SMTP server on a free port of the loopback interface (or of `host`), keeping what
 * it receives. No STARTTLS and no authentication: nodemailer talks plain SMTP to it.
 *
 * A message is delivered when the server answers 250 to it, not when its data has
 * arrived: a client that vanishes before that answer (a killed worker) cannot know the
 * message went out, and will send it again. So a message counts as received only if its
 * connection is still open when the server accepts it; one whose connection closed while
 * the server was still deciding (see `slow`) is `abandoned` instead. Connections are told
 * apart by their session id, which `onClose` reports once the socket has closed.
 */
export async function startSmtpServer(options: { host?: string } = {}): Promise<TestSmtpServer> {
  const host = options.host ?? '127.0.0.1';
  const received: ParsedMail[] = [];
  const abandoned: ParsedMail[] = [];
  const closed = new Set<string>();
  let refusal: { reason: string; code: number } | null = null;
  let refusedCount = 0;
  let delayMs = 0;
  const delaysTo = new Map<string, { ms: number; times: number }>();
  let arrivedCount = 0;
  let onArrival: (() => void)[] = [];
  const delayFor = (rcptTo: { address: string }[]) => {
    const own = rcptTo
      .map((rcpt) => delaysTo.get(rcpt.address.toLowerCase()))
      .find((delay) => delay !== undefined && delay.times > 0);
    if (!own) return delayMs;
    own.times--;
    return own.ms;
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      arrivedCount++;
      for (const arrived of onArrival) arrived();
      onArrival = [];
      if (refusal !== null) {
        refusedCount++;
        stream.resume();
        const error = Object.assign(new Error(refusal.reason), { responseCode: refusal.code });
        stream.on('end', () => callback(error));
        return;
      }
      simpleParser(stream).then(
        (mail) =>
          setTimeout(() => {
            if (closed.has(session.id)) {
              // Nobody is left to read the answer; the error only ends the transaction.
              abandoned.push(mail);
              callback(new Error('the client closed the connection before the answer'));
              return;
            }
            received.push(mail);
            callback();
          }, delayFor(session.envelope.rcptTo)),
        (error: Error) => callback(error),
      );
    },
  });
  server.listen(0, host);
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${host}:${port}`,
    received,
    abandoned,
    refuse: (reason, code = 451) => {
      refusal = reason === null ? null : { reason, code };
    },
    refused: () => refusedCount,
    slow: (ms, to, times = Infinity) => {
      if (to === undefined) {
        delayMs = ms;
        delaysTo.clear();
      } else {
        delaysTo.set(to.toLowerCase(), { ms, times });
      }
    },
    arriving: () => new Promise<void>((resolve) => onArrival.push(resolve)),
    arrived: () => arrivedCount,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
