import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  CreateExportRequest,
  ExportDataset,
  ExportFormat,
  JOB_KIND_EXPORT,
  JobDto,
  JobErrorCode,
  JobState,
  PAM_LEVELS,
} from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, EMPTY, expand, Observable, startWith, Subject, switchMap, timer } from 'rxjs';
import { agreementWithCalendar } from '../core/api/agreements-api';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { isNotFound } from '../core/errors/not-found';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { LocalizedNumberPipe } from '../core/i18n/localized-number.pipe';
import { Translations } from '../core/i18n/translations';
import { MessagePage } from '../core/layout/message-page';
import { saveBlob } from '../core/save-blob';
import { newIdempotencyKey } from '../admin/admin-forms';
import { datasetFromUrl, exportFiltersFromUrl, exportRequest } from './export-filters';
import { ExportsApi } from './exports-api';

/** How often the list is asked again while an export is queued or running. */
export const POLL_MS = 1000;

const isActive = (job: JobDto) => job.state === JobState.Queued || job.state === JobState.Running;

/** A filter of the list the page was opened from, as the user reads it. */
interface FilterLabel {
  key: string;
  value: string;
}

/**
 * Exports of the agreement's data as CSV or XLSX files: the user chooses what (one table, or every one
 * in one workbook), the format and the day, with the filters of the list the page was opened from; the
 * export runs on the server and the page follows it (a progress bar, asked again every second while it
 * runs) until its file can be downloaded, or says why it failed.
 */
@Component({
  selector: 'acc-exports-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    LocalizedNumberPipe,
    MessagePage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './exports-page.html',
  styleUrl: './exports-page.scss',
})
export class ExportsPage {
  private readonly api = inject(ExportsApi);
  private readonly translations = inject(Translations);
  private readonly destroyRef = inject(DestroyRef);
  private readonly urlParams = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });

  readonly agreementId = input.required<string>();

  protected readonly datasets = Object.values(ExportDataset);
  protected readonly formats = Object.values(ExportFormat);
  protected readonly jobStates = JobState;

  private readonly calendar = agreementWithCalendar(this.agreementId);
  protected readonly agreement = this.calendar.value;
  protected readonly today = this.calendar.today;
  protected readonly earliest = this.calendar.earliest;

  protected readonly dataset = signal(datasetFromUrl(this.urlParams()));
  protected readonly format = signal(ExportFormat.Xlsx);
  /** Empty: as of today. */
  protected readonly asOf = signal('');
  /** One file of many tables is a workbook: CSV holds one. */
  protected readonly csvPossible = computed(() => this.dataset() !== ExportDataset.All);

  protected readonly filters = computed(() => exportFiltersFromUrl(this.urlParams()));
  protected readonly filterLabels = computed(() => this.labelsOf(this.filters()));

  protected readonly starting = signal(false);
  protected readonly startError = signal<unknown>(null);
  /** Kept while the same export is asked for again (a retry after a lost answer queues it once). */
  private attempt?: { request: string; key: string };

  private readonly refresh = new Subject<void>();
  /** The user's exports on this agreement, newest first; undefined until loaded. */
  protected readonly jobs = signal<JobDto[] | undefined>(undefined);
  protected readonly jobsError = signal<unknown>(null);
  protected readonly downloadFailed = signal<string | null>(null);
  protected readonly notFound = computed(() => isNotFound(this.calendar.resource.error()));

  constructor() {
    toObservable(this.agreementId)
      .pipe(
        switchMap((agreementId) =>
          this.refresh.pipe(
            startWith(undefined),
            switchMap(() => this.follow(agreementId)),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((jobs) => {
        this.jobsError.set(null);
        this.jobs.set(jobs.filter((job) => job.kind === JOB_KIND_EXPORT));
      });
  }

  protected chooseDataset(dataset: ExportDataset): void {
    this.dataset.set(dataset);
    if (dataset === ExportDataset.All) this.format.set(ExportFormat.Xlsx);
  }

  protected start(): void {
    const request = exportRequest(this.dataset(), this.format(), this.asOf(), this.filters());
    const body = JSON.stringify(request);
    if (this.attempt?.request !== body) this.attempt = { request: body, key: newIdempotencyKey() };
    this.starting.set(true);
    this.startError.set(null);
    this.api
      .start(this.agreementId(), request, this.attempt.key)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (job) => {
          this.starting.set(false);
          this.attempt = undefined;
          // Shown at once, queued, while the list is asked again (and followed).
          this.jobs.update((jobs) => [job, ...(jobs ?? []).filter((listed) => listed.id !== job.id)]);
          this.refresh.next();
        },
        error: (error: unknown) => {
          this.starting.set(false);
          this.startError.set(error);
        },
      });
  }

  protected download(job: JobDto): void {
    this.downloadFailed.set(null);
    this.api
      .file(job)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (blob) => saveBlob(blob, job.fileName ?? 'export'),
        error: () => this.downloadFailed.set(job.id),
      });
  }

  /** What an export job was asked to do. */
  protected requestOf(job: JobDto): CreateExportRequest {
    return job.params as unknown as CreateExportRequest;
  }

  protected percent(job: JobDto): number {
    return job.progressTotal ? Math.round((job.progressDone / job.progressTotal) * 100) : 0;
  }

  /** Why a job failed, in the user's language when its code is known, else in the server's words. */
  protected reason(job: JobDto): string {
    const params = { reference: job.id };
    const known = Object.values<string>(JobErrorCode).includes(job.errorCode ?? '');
    return known
      ? this.translations.translate(`exports.failures.${job.errorCode}`, params)
      : (job.errorMessage ?? this.translations.translate(`exports.failures.${JobErrorCode.Internal}`, params));
  }

  /** The jobs now, then again every POLL_MS while one of them is queued or running. */
  private follow(agreementId: string): Observable<JobDto[]> {
    return this.api.jobs(agreementId).pipe(
      expand((jobs) =>
        jobs.some(isActive) ? timer(POLL_MS).pipe(switchMap(() => this.api.jobs(agreementId))) : EMPTY,
      ),
      catchError((error: unknown) => {
        this.jobsError.set(error);
        return EMPTY;
      }),
    );
  }

  private labelsOf(filters: ReturnType<typeof exportFiltersFromUrl>): FilterLabel[] {
    const agreement = this.agreement();
    const t = (key: string) => this.translations.translate(key);
    const labels: FilterLabel[] = [];
    if (filters.pillarId) {
      const pillar = agreement?.pillars.find((candidate) => candidate.id === filters.pillarId);
      labels.push({ key: 'commitments.pillar', value: pillar?.name ?? '' });
    }
    if (filters.partyId) {
      const party = agreement?.parties.find((candidate) => candidate.id === filters.partyId);
      labels.push({ key: 'commitments.party', value: party?.acronym ?? '' });
    }
    if (filters.status) labels.push({ key: 'commitments.status', value: t(`status.${filters.status}`) });
    if (filters.level !== undefined && PAM_LEVELS.includes(filters.level)) {
      labels.push({ key: 'commitments.level', value: t(`pam.${filters.level}`) });
    }
    if (filters.overdue) labels.push({ key: 'commitments.overdueOnly', value: '' });
    if (filters.q) labels.push({ key: 'commitments.search', value: filters.q });
    if (filters.state) labels.push({ key: 'review.stateFilter', value: t(`review.state.${filters.state}`) });
    if (filters.sort) labels.push({ key: 'commitments.sort', value: t(`sort.${filters.sort}`) });
    return labels;
  }
}
