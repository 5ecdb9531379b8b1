import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, for `SMTP_URL`. */
  url: string;
  /** Every message accepted so far, parsed. */
  received: ParsedMail[];
  /** While set, every message is refused with this error (a 451, which a client retries). */
  refuse: (reason: string | null) => void;
  /** How many messages were refused so far. */
  refused: () => number;
  /** Answers each message only after this long (0: at once); the message counts as received then. */
  slow: (ms: number) => void;
  /** Resolves when a message has started to arrive (its DATA), for "while it is sending". */
  arriving: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * A real SMTP server on a free port of the loopback interface, keeping what it receives.
 * No STARTTLS and no authentication: nodemailer talks plain SMTP to it.
 */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  let refusal: string | null = null;
  let refusedCount = 0;
  let delayMs = 0;
  let onArrival: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      for (const arrived of onArrival) arrived();
      onArrival = [];
      if (refusal !== null) {
        refusedCount++;
        stream.resume();
        const error = Object.assign(new Error(refusal), { responseCode: 451 });
        stream.on('end', () => callback(error));
        return;
      }
      simpleParser(stream).then(
        (mail) =>
          setTimeout(() => {
            received.push(mail);
            callback();
          }, delayMs),
        (error: Error) => callback(error),
      );
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (reason) => {
      refusal = reason;
    },
    refused: () => refusedCount,
    slow: (ms) => {
      delayMs = ms;
    },
    arriving: () => new Promise<void>((resolve) => onArrival.push(resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
