import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReceivedReportDto } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { ReportPdfButton } from './report-pdf-button';
import { ReportsApi } from './reports-api';

/**
 * The reports of the agreement that schedules sent to the user, newest first, the unread ones marked
 * "new"; downloading one marks it read. Shows nothing until something was sent.
 */
@Component({
  selector: 'acc-received-reports',
  imports: [TranslocoPipe, LocalizedDatePipe, ReportPdfButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './received-reports.html',
  styleUrl: './report-tables.scss',
})
export class ReceivedReports {
  private readonly api = inject(ReportsApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly agreementId = input.required<string>();

  protected readonly resource = rxResource({
    params: () => this.agreementId(),
    stream: ({ params }) => this.api.received(params),
  });
  protected readonly reports = computed(() => (this.resource.hasValue() ? this.resource.value().items : []));
  protected readonly downloadFailed = signal(false);

  /** The user has the report's PDF: marked read (the first time), it is listed again. */
  protected opened(report: ReceivedReportDto): void {
    this.downloadFailed.set(false);
    if (report.readAt) return;
    this.api
      .markRead(report)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: () => this.resource.reload() });
  }
}
