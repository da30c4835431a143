import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { CreateReportRequest, hasPermission, Permission, REPORT_LANGUAGES, ReportLanguage } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { notAfter, notBefore, recheckWhenBoundsChange } from '../commitments/detail/status-update-validators';
import { agreementWithCalendar } from '../core/api/agreements-api';
import { AuthService } from '../core/auth/auth.service';
import { ErrorMessagePipe, FieldErrorPipe } from '../core/errors/error-pipes';
import { formSubmission } from '../core/errors/form-submission';
import { isNotFound } from '../core/errors/not-found';
import { LanguageService } from '../core/i18n/language.service';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { MessagePage } from '../core/layout/message-page';
import { ReceivedReports } from './received-reports';
import { ReportPdfButton } from './report-pdf-button';
import { ReportSchedules } from './report-schedules';
import { ReportsApi } from './reports-api';

/**
 * Status reports of an agreement: generate one as of a day (what changed counted since another day, in
 * English or French, for the whole agreement or one pillar), and list the reports with the hash of their
 * content and their PDF. A report holds the figures the user may see: confidential items only when
 * they are cleared, and then only cleared members see it. Above, the reports schedules sent to the user;
 * below, for administrators, the schedules.
 */
@Component({
  selector: 'acc-reports-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    FieldErrorPipe,
    LocalizedDatePipe,
    MessagePage,
    ReceivedReports,
    ReportPdfButton,
    ReportSchedules,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reports-page.html',
  styleUrls: ['./report-tables.scss', './reports-page.scss'],
})
export class ReportsPage {
  private readonly api = inject(ReportsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly formBuilder = inject(NonNullableFormBuilder);
  private readonly language = inject(LanguageService);
  private readonly auth = inject(AuthService);

  readonly agreementId = input.required<string>();

  private readonly agreement = agreementWithCalendar(() => this.agreementId());
  protected readonly agreementTitle = computed(() => this.agreement.value()?.title ?? '');
  protected readonly pillars = computed(() => this.agreement.value()?.pillars ?? []);
  protected readonly today = this.agreement.today;
  protected readonly earliest = this.agreement.earliest;
  protected readonly languages = REPORT_LANGUAGES;
  /** The interface's language when reports are printed in it. */
  protected readonly reportLanguage: ReportLanguage =
    REPORT_LANGUAGES.find((language) => language === this.language.active()) ?? 'en';
  /** Administrators schedule the agreement's reports. */
  protected readonly canManage = computed(() =>
    hasPermission(this.auth.currentUser(), Permission.ManageAgreement, this.agreementId()),
  );

  protected readonly reportsResource = rxResource({
    params: () => this.agreementId(),
    stream: ({ params }) => this.api.list(params),
  });
  protected readonly reports = computed(() =>
    this.reportsResource.hasValue() ? this.reportsResource.value().items : [],
  );
  protected readonly notFound = computed(
    () => isNotFound(this.reportsResource.error()) || isNotFound(this.agreement.resource.error()),
  );

  protected readonly form = this.formBuilder.group({
    asOf: ['', [Validators.required, notAfter(() => this.today()), notBefore(() => this.earliest() ?? undefined)]],
    previousAsOf: ['', [notAfter(() => this.today()), notBefore(() => this.earliest() ?? undefined)]],
    language: this.formBuilder.control<ReportLanguage>(this.reportLanguage),
    pillarId: [''],
  });
  protected readonly submission = formSubmission(this.form);
  /** The day of the report just generated, for the live region. */
  protected readonly generated = signal<string | null>(null);
  protected readonly downloadFailed = signal(false);
  /** One key per report asked for: a resend after a lost answer generates it once. */
  private idempotencyKey = crypto.randomUUID();

  constructor() {
    recheckWhenBoundsChange(this.form.controls.asOf, () => [this.earliest(), this.today()]);
    recheckWhenBoundsChange(this.form.controls.previousAsOf, () => [this.earliest(), this.today()]);
  }

  protected pillarName(pillarId: string | null): string | undefined {
    return this.pillars().find((pillar) => pillar.id === pillarId)?.name;
  }

  protected generate(): void {
    if (this.submission.saving()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submission.start();
    this.generated.set(null);
    this.api
      .generate(this.agreementId(), this.request(), this.idempotencyKey)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (report) => {
          this.submission.succeed();
          this.idempotencyKey = crypto.randomUUID();
          this.generated.set(report.asOf);
          this.reportsResource.reload();
        },
        error: (failure: unknown) => this.submission.fail(failure),
      });
  }

  private request(): CreateReportRequest {
    const { asOf, previousAsOf, language, pillarId } = this.form.getRawValue();
    return { asOf, language, ...(previousAsOf && { previousAsOf }), ...(pillarId && { pillarId }) };
  }
}
