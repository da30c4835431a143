import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createTransport, Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';

/** The port of mail submission (RFC 6409), when SMTP_PORT is not set. */
const SUBMISSION_PORT = 587;

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * E-mail through the SMTP server of the configuration (SMTP_*), when there is one: without SMTP_HOST,
 * `enabled` is false and nothing is ever sent. Timeouts are short, so that a server that does not answer
 * holds no one up for long.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter | null;
  private readonly from: string | undefined;

  constructor(config: ConfigService<AppConfig, true>) {
    const host = config.get('SMTP_HOST', { infer: true });
    const port = config.get('SMTP_PORT', { infer: true }) ?? SUBMISSION_PORT;
    const user = config.get('SMTP_USER', { infer: true });
    this.from = config.get('SMTP_FROM', { infer: true });
    this.transport = host
      ? createTransport({
          host,
          port,
          // 465 is SMTP over TLS; other ports upgrade with STARTTLS when the server offers it.
          secure: port === 465,
          auth: user ? { user, pass: config.get('SMTP_PASSWORD', { infer: true }) } : undefined,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.transport) throw new Error('No SMTP server is configured');
    await this.transport.sendMail({ from: this.from, ...message });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
