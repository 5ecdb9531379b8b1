import { randomUUID } from 'node:crypto';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { MailMode } from '@pejling/contracts';
import { createTransport, type Transporter } from 'nodemailer';
import { Clock } from '../clock/clock';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { smtpOptions } from './smtp-options';

export interface MailMessage {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /**
   * The Message-ID, chosen (and recorded) before the send: the same message sent again
   * after a crash carries the same one, so that mail systems can drop the copy.
   */
  messageId: string;
}

/**
 * What became of a send. `permanent`: the server refused the message for good (a 5xx
 * answer), and trying again would get the same; otherwise (a 4xx, no connection, no
 * answer in time) a later attempt may succeed. `error` is the server's answer, or what
 * went wrong on the way to it.
 */
export type SendResult = { sent: true } | { sent: false; permanent: boolean; error: string };

/** Whether e-mail goes out in this installation, by its `SMTP_URL`. */
export function mailModeOf(config: Pick<AppConfig, 'smtpUrl'>): MailMode {
  return config.smtpUrl ? 'smtp' : 'outbox';
}

/** The classification nodemailer gives an error with an SMTP answer (5xx, but not 503). */
function isPermanent(error: unknown): boolean {
  return (error as { permanent?: boolean }).permanent === true;
}

/**
 * Sends e-mail over SMTP (`SMTP_URL`, from `MAIL_FROM`) through a pool of connections.
 * Without `SMTP_URL` there is no mail server: `configured` is false and callers keep
 * what they would have sent (the outbox).
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport?: Transporter;
  private readonly domain: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    if (config.smtpUrl) {
      this.transport = createTransport(smtpOptions(config.smtpUrl, config.smtpTimeoutMs), {
        from: config.mailFrom,
      });
    }
    this.domain = /@([^>\s]+)>?$/.exec(config.mailFrom)?.[1] ?? 'localhost';
  }

  get configured(): boolean {
    return this.transport !== undefined;
  }

  /** A new, globally unique Message-ID in the sender's domain (RFC 5322). */
  newMessageId(): string {
    return `<${randomUUID()}@${this.domain}>`;
  }

  /**
   * Sends one message, dated by the story's clock (its Date header, as the delivery log's
   * time); a refusal or a network error is answered, not thrown.
   */
  async send(message: MailMessage): Promise<SendResult> {
    if (!this.transport) throw new Error('no mail server configured (SMTP_URL)');
    try {
      await this.transport.sendMail({ ...message, date: this.clock.now() });
      return { sent: true };
    } catch (error) {
      return {
        sent: false,
        permanent: isPermanent(error),
        error: (error as Error).message || String(error),
      };
    }
  }

  onApplicationShutdown() {
    this.transport?.close();
  }
}
