import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { smtpOptions } from './smtp-options';

export interface MailMessage {
  to: string | { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/**
 * Sends e-mail over SMTP (`SMTP_URL`, from `MAIL_FROM`) through a pool of connections.
 * Without `SMTP_URL` there is no mail server: `configured` is false and callers keep
 * what they would have sent (the outbox).
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport?: Transporter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.smtpUrl) {
      this.transport = createTransport(smtpOptions(config.smtpUrl), { from: config.mailFrom });
    }
  }

  get configured(): boolean {
    return this.transport !== undefined;
  }

  /** Sends one message; resolves with the id the message got, rejects with the server's error. */
  async send(message: MailMessage): Promise<{ messageId: string }> {
    if (!this.transport) throw new Error('no mail server configured (SMTP_URL)');
    const info = await this.transport.sendMail(message);
    return { messageId: info.messageId };
  }

  onApplicationShutdown() {
    this.transport?.close();
  }
}
