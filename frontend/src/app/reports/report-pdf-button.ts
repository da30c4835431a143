import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ReportDto } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { ReportsApi } from './reports-api';

/** Downloads a report's PDF with the user's credentials; says whether it could. */
@Component({
  selector: 'acc-report-pdf-button',
  imports: [MatButtonModule, TranslocoPipe, LocalizedDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      [attr.data-testid]="testId()"
      [attr.aria-label]="'reports.downloadLabel' | transloco: { date: (report().asOf | accDate) }"
      (click)="download()"
    >
      {{ 'reports.download' | transloco }}
    </button>
  `,
})
export class ReportPdfButton {
  private readonly api = inject(ReportsApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly report = input.required<Pick<ReportDto, 'id' | 'asOf' | 'language'>>();
  readonly testId = input.required<string>();
  /** The PDF was handed to the browser to save. */
  readonly downloaded = output<void>();
  readonly failed = output<void>();

  protected download(): void {
    this.api
      .download(this.report())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ complete: () => this.downloaded.emit(), error: () => this.failed.emit() });
  }
}
