import type { ReportLanguage } from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '../config/app-config';
import { MailMessage } from '../mail/mailer';
import { PublicAssets } from '../reports/pdf/public-assets';
import { reportLabels } from '../reports/pdf/report-labels';

/** What a message about a delivered report says. */
export interface DeliveredReport {
  recipient: { email: string; displayName: string };
  agreement: { id: string; title: string; shortTitle: string };
  asOf: string;
  previousAsOf: string;
  language: ReportLanguage;
}

/**
 * The e-mail telling a recipient that a scheduled report is ready, in the report's language (labels
 * from the UI's translations, as the PDF's). It links to the agreement's reports in the app rather than
 * attaching the PDF: the figures stay behind sign-in, so a recipient who loses access loses them too, and
 * confidential figures never travel by e-mail.
 */
@Injectable()
export class ReportMail {
  private readonly assets: PublicAssets;
  private readonly appUrl: string;

  constructor(config: ConfigService<AppConfig, true>) {
    this.assets = new PublicAssets(config.get('ACCORD_STATIC_DIR', { infer: true }));
    this.appUrl = (config.get('APP_URL', { infer: true }) ?? '').replace(/\/+$/, '');
  }

  message({ recipient, agreement, asOf, previousAsOf, language }: DeliveredReport): MailMessage {
    const t = reportLabels(this.assets, language);
    // A day is a calendar day, not an instant: formatted in UTC so that it never shifts.
    const days = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    const day = (value: string) => days.format(new Date(value));
    const url = `${this.appUrl}/agreements/${agreement.id}/reports`;
    return {
      to: recipient.email,
      subject: t('reports.mail.subject', { agreement: agreement.shortTitle, date: day(asOf) }),
      text: [
        t('reports.mail.greeting', { name: recipient.displayName }),
        t('reports.mail.ready', { agreement: agreement.title, date: day(asOf), since: day(previousAsOf) }),
        t('reports.mail.link', { url }),
        t('reports.mail.why'),
      ].join('\n\n'),
    };
  }
}
