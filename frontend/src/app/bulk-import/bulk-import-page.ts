import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  ImportFileFormat,
  ImportKind,
  ImportReportDto,
  ImportRowError,
  JobDto,
  JobState,
  Permission,
} from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { map, Observable, of, switchMap, takeWhile, throwError, timer } from 'rxjs';
import { AgreementsApi } from '../core/api/agreements-api';
import { injectPermission } from '../core/auth/permission';
import { ApiRequestError, toApiRequestError } from '../core/errors/api-request-error';
import { ErrorMessages } from '../core/errors/error-messages';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { LocalizedNumberPipe } from '../core/i18n/localized-number.pipe';
import { Translations } from '../core/i18n/translations';
import { saveBlob } from '../core/save-blob';
import { BulkImportApi, ImportEvent } from './bulk-import-api';

/** How often a running import job is asked how far it got. */
const JOB_POLL_MS = 1000;

/** What the page hears of an upload: the API's events, and how far a job read the file. */
type Step = ImportEvent | { kind: 'reading'; percent: number | null };

/** A job that ended without a report (the server stopped, access was withdrawn...): its code. */
class JobFailed extends Error {
  constructor(readonly code: string) {
    super(`The import job failed: ${code}`);
  }
}

/** Where an upload stands, for the progress bar: sending the file, or the server reading it (a job). */
interface Progress {
  step: 'sending' | 'reading';
  /** 0-100; null while the server works without saying how far it got. */
  percent: number | null;
}

/** An error of the file as the page lists it, in the user's words. */
interface ShownError extends ImportRowError {
  message: string;
}

const STRUCTURE_KINDS: readonly ImportKind[] = [ImportKind.Commitments, ImportKind.Milestones];

/**
 * Bulk import: the user picks what the file holds, downloads the template, checks the filled file (a dry
 * run listing every error by row and column) and imports it once the check finds nothing. Large files
 * run on the server as jobs, whose progress the page follows.
 */
@Component({
  selector: 'acc-bulk-import-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './bulk-import-page.html',
  styleUrl: './bulk-import-page.scss',
})
export class BulkImportPage {
  private readonly api = inject(BulkImportApi);
  private readonly agreementsApi = inject(AgreementsApi);
  private readonly messages = inject(ErrorMessages);
  private readonly translations = inject(Translations);
  private readonly destroyRef = inject(DestroyRef);

  readonly agreementId = input.required<string>();

  private readonly mayManage = injectPermission(Permission.ManageAgreement);
  private readonly mayReport = injectPermission(Permission.CreateStatusUpdate);
  /** The kinds the user may import: the structure only for those who manage the agreement. */
  protected readonly kinds = computed(() =>
    Object.values(ImportKind).filter((kind) => (STRUCTURE_KINDS.includes(kind) ? this.mayManage() : this.mayReport())),
  );
  protected readonly formats = Object.values(ImportFileFormat);

  private readonly agreement = rxResource({
    params: () => this.agreementId(),
    stream: ({ params }) => this.agreementsApi.get(params),
  });
  protected readonly agreementTitle = computed(() => (this.agreement.hasValue() ? this.agreement.value().title : ''));

  protected readonly kind = signal<ImportKind | null>(null);
  protected readonly chosenKind = computed(() => this.kind() ?? this.kinds()[0] ?? null);
  protected readonly file = signal<File | null>(null);

  protected readonly progress = signal<Progress | null>(null);
  protected readonly busy = computed(() => this.progress() !== null);
  protected readonly failure = signal<ApiRequestError | null>(null);
  /** The code of a job that failed (interrupted, access_revoked, ...). */
  protected readonly jobFailure = signal<string | null>(null);
  /** Why the job failed, in the user's words; a code without words of its own reads as an internal error. */
  protected readonly jobFailureMessage = computed(() => {
    const code = this.jobFailure();
    if (code === null) return '';
    const internal = this.translations.translate('bulkImport.jobErrors.internal');
    return this.translations.translateOr(`bulkImport.jobErrors.${code}`, internal);
  });
  protected readonly report = signal<ImportReportDto | null>(null);
  /** The file may be imported: its last check, of this very file and kind, found no error. */
  protected readonly checkedClean = signal(false);
  protected readonly shownErrors = computed<ShownError[]>(() =>
    (this.report()?.errors ?? []).map((error) => ({
      ...error,
      message: this.messages.forField(error.code, error.code),
    })),
  );

  /** One key per import attempt of a file: sending it again after a lost answer imports nothing twice. */
  private importKey = crypto.randomUUID();

  protected chooseKind(value: string): void {
    this.kind.set(value as ImportKind);
    this.reset();
  }

  protected chooseFile(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.reset();
  }

  protected downloadTemplate(format: ImportFileFormat): void {
    const kind = this.chosenKind();
    if (!kind) return;
    this.api
      .template(this.agreementId(), kind, format)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (blob) => saveBlob(blob, `import-${kind}.${format}`),
        error: (error: unknown) => this.failure.set(toApiRequestError(error)),
      });
  }

  /** A dry run: every error of the file, nothing stored. */
  protected check(): void {
    this.send(true);
  }

  protected import(): void {
    if (this.checkedClean()) this.send(false);
  }

  protected downloadErrors(): void {
    const kind = this.chosenKind();
    const file = this.file();
    if (!kind || !file) return;
    this.api
      .errorReport(this.agreementId(), kind, file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (blob) => saveBlob(blob, `errors-${file.name.replace(/\.[^.]*$/, '')}.csv`),
        error: (error: unknown) => this.failure.set(toApiRequestError(error)),
      });
  }

  private send(dryRun: boolean): void {
    const kind = this.chosenKind();
    const file = this.file();
    if (!kind || !file || this.busy()) return;
    this.failure.set(null);
    this.jobFailure.set(null);
    this.report.set(null);
    this.progress.set({ step: 'sending', percent: 0 });
    this.api
      .send(this.agreementId(), { kind, file, dryRun }, dryRun ? crypto.randomUUID() : this.importKey)
      .pipe(
        switchMap((event) => (event.kind === 'job' ? this.followJob(event.job) : [event])),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (event) => {
          if (event.kind === 'sending') {
            const percent = Math.round((event.sent / Math.max(1, event.total)) * 100);
            // Sent: the server reads it now, without a measure unless it runs as a job.
            this.progress.set(percent < 100 ? { step: 'sending', percent } : { step: 'reading', percent: null });
          } else if (event.kind === 'reading') {
            this.progress.set({ step: 'reading', percent: event.percent });
          } else if (event.kind === 'report') {
            this.finish(event.report);
          }
        },
        error: (error: unknown) => {
          this.progress.set(null);
          if (error instanceof JobFailed) this.jobFailure.set(error.code);
          else this.failure.set(toApiRequestError(error));
        },
      });
  }

  /** Follows a job until it ends: how far it got, then the report it left as its file. */
  private followJob(job: JobDto): Observable<Step> {
    return timer(0, JOB_POLL_MS).pipe(
      switchMap(() => this.api.job(job.id)),
      takeWhile((current) => current.state === JobState.Queued || current.state === JobState.Running, true),
      switchMap((current): Observable<Step> => {
        if (current.state === JobState.Succeeded) {
          return this.api.jobReport(job.id).pipe(map((report) => ({ kind: 'report' as const, report })));
        }
        if (current.state === JobState.Failed) return throwError(() => new JobFailed(current.errorCode ?? ''));
        const { progressDone, progressTotal } = current;
        return of({
          kind: 'reading' as const,
          percent: progressTotal ? Math.round((progressDone / progressTotal) * 100) : null,
        });
      }),
    );
  }

  private finish(report: ImportReportDto): void {
    this.progress.set(null);
    this.report.set(report);
    this.checkedClean.set(report.dryRun && report.errorCount === 0);
    if (!report.dryRun && report.stored > 0) {
      this.importKey = crypto.randomUUID();
      this.file.set(null);
    }
  }

  /** Another file or kind: what was found about the previous one no longer holds. */
  private reset(): void {
    this.report.set(null);
    this.failure.set(null);
    this.jobFailure.set(null);
    this.checkedClean.set(false);
    this.importKey = crypto.randomUUID();
  }
}
