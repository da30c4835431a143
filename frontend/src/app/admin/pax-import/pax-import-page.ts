import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  ErrorCode,
  fileProblemsOf,
  ImportRowError,
  PAX_CITATION,
  PAX_FILE_MAX_BYTES,
  PAX_IMPORT_MAX_AGREEMENTS,
  PAX_WEBSITE,
  PaxAgreementQuery,
  PaxAgreementRowDto,
  PaxImportResultDto,
  PaxUploadDto,
} from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiRequestError, toApiRequestError } from '../../core/errors/api-request-error';
import { ErrorMessages } from '../../core/errors/error-messages';
import { ErrorMessagePipe } from '../../core/errors/error-pipes';
import { LocalizedDatePipe } from '../../core/i18n/localized-date.pipe';
import { LocalizedNumberPipe } from '../../core/i18n/localized-number.pipe';
import { Translations } from '../../core/i18n/translations';
import { newIdempotencyKey } from '../admin-forms';
import { PaxImportApi } from './pax-import-api';

const PAGE_SIZE = 20;

/** A problem of the file as the page lists it: where, and why in the user's words. */
interface ShownProblem extends ImportRowError {
  message: string;
}

/**
 * "Import from PA-X": the administrator uploads a PA-X export, sees what is wrong with it row by row if
 * anything is (then nothing was kept), searches it by country, name and date, picks agreements across
 * pages and imports them, then follows links to the dashboards of what was created, updated or linked.
 */
@Component({
  selector: 'acc-pax-import-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    LocalizedNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pax-import-page.html',
  styleUrl: './pax-import-page.scss',
})
export class PaxImportPage {
  private readonly api = inject(PaxImportApi);
  private readonly messages = inject(ErrorMessages);
  private readonly translations = inject(Translations);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly citation = PAX_CITATION;
  protected readonly website = PAX_WEBSITE;
  protected readonly maxMegabytes = PAX_FILE_MAX_BYTES / (1024 * 1024);
  protected readonly maxSelected = PAX_IMPORT_MAX_AGREEMENTS;

  /** The file chosen, with the key that makes sending it again after a lost answer safe. */
  private readonly chosen = signal<{ file: File; idempotencyKey: string } | null>(null);
  protected readonly fileName = computed(() => this.chosen()?.file.name ?? '');
  protected readonly uploading = signal(false);
  protected readonly uploadError = signal<ApiRequestError | null>(null);
  protected readonly upload = signal<PaxUploadDto | null>(null);
  /** The file's problems, by row and column, when the API refused it for them. */
  protected readonly problems = computed<ShownProblem[]>(() => {
    const error = this.uploadError();
    if (error?.code !== ErrorCode.ImportRejected) return [];
    return fileProblemsOf(error.fieldErrors).map((problem) => ({
      ...problem,
      message: this.problemMessage(problem.code),
    }));
  });

  protected readonly searchForm = inject(NonNullableFormBuilder).group({ country: '', q: '', from: '', to: '' });
  private readonly query = signal<PaxAgreementQuery>({ page: 1, pageSize: PAGE_SIZE });
  protected readonly results = rxResource({
    params: () => {
      const upload = this.upload();
      return upload ? { uploadId: upload.id, query: this.query() } : undefined;
    },
    stream: ({ params }) => this.api.search(params.uploadId, params.query),
  });
  protected readonly page = computed(() => (this.results.hasValue() ? this.results.value() : undefined));
  protected readonly paging = computed(() => ({
    page: this.query().page ?? 1,
    pageSize: this.query().pageSize ?? PAGE_SIZE,
  }));

  /** AgtIds picked, across pages and searches. */
  protected readonly selected = signal<ReadonlySet<number>>(new Set());
  protected readonly pageAllSelected = computed(() => {
    const items = this.page()?.items ?? [];
    return items.length > 0 && items.every((item) => this.selected().has(item.agtId));
  });
  protected readonly pageSomeSelected = computed(
    () => !this.pageAllSelected() && (this.page()?.items ?? []).some((item) => this.selected().has(item.agtId)),
  );
  protected readonly tooMany = computed(() => this.selected().size > PAX_IMPORT_MAX_AGREEMENTS);

  private importKey = newIdempotencyKey();
  protected readonly importing = signal(false);
  protected readonly importError = signal<ApiRequestError | null>(null);
  protected readonly imported = signal<PaxImportResultDto | null>(null);

  protected choose(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.chosen.set(file ? { file, idempotencyKey: newIdempotencyKey() } : null);
    this.uploadError.set(null);
  }

  protected send(): void {
    const chosen = this.chosen();
    if (!chosen || this.uploading()) return;
    this.uploading.set(true);
    this.uploadError.set(null);
    this.api
      .upload(chosen.file, chosen.idempotencyKey)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (upload) => {
          this.uploading.set(false);
          this.upload.set(upload);
          this.selected.set(new Set());
          this.imported.set(null);
          this.searchForm.reset();
          this.query.set({ page: 1, pageSize: PAGE_SIZE });
        },
        error: (failure: unknown) => {
          this.uploading.set(false);
          this.uploadError.set(toApiRequestError(failure));
        },
      });
  }

  protected search(): void {
    const { country, q, from, to } = this.searchForm.getRawValue();
    this.query.set({ country, q: q.trim(), from, to, page: 1, pageSize: this.paging().pageSize });
  }

  protected changePage(event: PageEvent): void {
    this.query.update((query) => ({ ...query, page: event.pageIndex + 1, pageSize: event.pageSize }));
  }

  protected toggle(row: PaxAgreementRowDto, checked: boolean): void {
    this.selected.update((selected) => {
      const next = new Set(selected);
      if (checked) next.add(row.agtId);
      else next.delete(row.agtId);
      return next;
    });
  }

  protected togglePage(checked: boolean): void {
    for (const row of this.page()?.items ?? []) this.toggle(row, checked);
  }

  protected importSelected(): void {
    const upload = this.upload();
    const agtIds = [...this.selected()];
    if (!upload || agtIds.length === 0 || this.tooMany() || this.importing()) return;
    this.importing.set(true);
    this.importError.set(null);
    this.api
      .import(upload.id, agtIds, this.importKey)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => {
          this.importing.set(false);
          this.imported.set(result);
          this.selected.set(new Set());
          this.importKey = newIdempotencyKey();
          // The rows now say which agreements are in the tracker.
          this.results.reload();
        },
        error: (failure: unknown) => {
          this.importing.set(false);
          this.importError.set(toApiRequestError(failure));
        },
      });
  }

  /** PA-X's stage codes in the user's words; a code PA-X may add later shows as it is. */
  protected stageLabel(stage: string): string {
    return this.translations.translateOr(`admin.paxImport.stages.${stage}`, stage);
  }

  /** The file's problems in its own words where the general ones would say "enter". */
  private problemMessage(code: string): string {
    return this.translations.translateOr(`admin.paxImport.problems.${code}`, '') || this.messages.forField(code, code);
  }
}
