import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { JsonPipe } from '@angular/common';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuditRecordDto, AuditVerificationDto } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { Subscription } from 'rxjs';
import { ApiRequestError, toApiRequestError } from '../../core/errors/api-request-error';
import { ErrorMessagePipe } from '../../core/errors/error-pipes';
import { LocalizedDatePipe } from '../../core/i18n/localized-date.pipe';
import { LocalizedNumberPipe } from '../../core/i18n/localized-number.pipe';
import { AdminApi } from '../admin-api';
import { AdminFieldErrorPipe } from '../admin-forms';
import {
  AUDIT_ACTIONS,
  auditActionKey,
  AuditFilters,
  auditFiltersFromUrl,
  dayRange,
  optionalUuid,
  sameAuditFilters,
  toAuditQuery,
  toAuditUrlParams,
} from './audit-filters';

/** The records shown: the newest page for the filters, then each older page asked for. */
interface Trail {
  records: AuditRecordDto[];
  nextBeforeSeq: number | null;
}

/**
 * The audit trail, newest first, filtered through the URL; older records are fetched page by page from
 * the last record shown (`nextBeforeSeq`), so that records written meanwhile never shift the pages.
 * "Verify chain" asks the API to walk the whole hash chain.
 */
@Component({
  selector: 'acc-audit-page',
  imports: [
    JsonPipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    AdminFieldErrorPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    LocalizedNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
})
export class AuditPage {
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly actions = AUDIT_ACTIONS;
  protected readonly actionKey = auditActionKey;
  /** Columns of a record's row, the toggle of its details included. */
  protected readonly columnCount = 7;

  private readonly urlParams = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly filters = computed(() => auditFiltersFromUrl(this.urlParams()), { equal: sameAuditFilters });
  private readonly query = computed(() => toAuditQuery(this.filters()));

  private readonly formBuilder = inject(NonNullableFormBuilder);
  protected readonly filterForm = this.formBuilder.group(
    {
      agreementId: [''],
      action: this.formBuilder.control<AuditFilters['action']>(''),
      from: [''],
      to: [''],
      entityId: ['', optionalUuid],
    },
    { validators: dayRange },
  );

  private readonly agreementsResource = rxResource({ stream: () => this.api.agreements() });
  protected readonly agreements = computed(() =>
    this.agreementsResource.hasValue() ? this.agreementsResource.value() : [],
  );
  private readonly agreementNames = computed(
    () => new Map(this.agreements().map((agreement) => [agreement.id, agreement.shortTitle])),
  );

  protected readonly newestPage = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.auditRecords(params),
  });
  /** Starts again from the newest page whenever it loads (new filters, a refresh). */
  protected readonly trail = linkedSignal<Trail | undefined>(() =>
    this.newestPage.hasValue()
      ? { records: this.newestPage.value().items, nextBeforeSeq: this.newestPage.value().nextBeforeSeq }
      : undefined,
  );
  protected readonly loadingOlder = signal(false);
  protected readonly olderError = signal<ApiRequestError | null>(null);
  private olderRequest: Subscription | undefined;

  protected readonly expanded = signal<ReadonlySet<number>>(new Set());

  protected readonly verification = signal<AuditVerificationDto | null>(null);
  protected readonly verifying = signal(false);
  protected readonly verifyError = signal<ApiRequestError | null>(null);

  constructor() {
    // The URL is the source of truth: back, forward and shared links set the form.
    effect(() => {
      const filters = this.filters();
      untracked(() => this.filterForm.reset(filters));
    });

    // Other filters: older pages of the previous ones are no longer wanted.
    effect(() => {
      this.query();
      untracked(() => this.stopLoadingOlder());
    });
    this.destroyRef.onDestroy(() => this.olderRequest?.unsubscribe());
  }

  protected agreementName(agreementId: string): string {
    return this.agreementNames().get(agreementId) ?? agreementId;
  }

  protected applyFilters(): void {
    if (this.filterForm.invalid) {
      this.filterForm.markAllAsTouched();
      return;
    }
    const filters = this.filterForm.getRawValue();
    // The same filters again: look for records written since.
    if (sameAuditFilters({ ...filters, entityId: filters.entityId.trim() }, this.filters())) {
      this.newestPage.reload();
      return;
    }
    void this.router.navigate([], { relativeTo: this.route, queryParams: toAuditUrlParams(filters) });
  }

  protected clearFilters(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected loadOlder(): void {
    const beforeSeq = this.trail()?.nextBeforeSeq;
    if (beforeSeq === null || beforeSeq === undefined || this.loadingOlder()) return;
    this.loadingOlder.set(true);
    this.olderError.set(null);
    this.olderRequest = this.api.auditRecords({ ...this.query(), beforeSeq }).subscribe({
      next: (page) => {
        this.loadingOlder.set(false);
        this.trail.update(
          (trail) => trail && { records: [...trail.records, ...page.items], nextBeforeSeq: page.nextBeforeSeq },
        );
      },
      error: (failure: unknown) => {
        this.loadingOlder.set(false);
        this.olderError.set(toApiRequestError(failure));
      },
    });
  }

  protected isExpanded(seq: number): boolean {
    return this.expanded().has(seq);
  }

  protected toggle(seq: number): void {
    this.expanded.update((expanded) => {
      const next = new Set(expanded);
      if (!next.delete(seq)) next.add(seq);
      return next;
    });
  }

  protected verify(): void {
    if (this.verifying()) return;
    this.verifying.set(true);
    this.verification.set(null);
    this.verifyError.set(null);
    this.api
      .verifyAuditChain()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (verification) => {
          this.verifying.set(false);
          this.verification.set(verification);
        },
        error: (failure: unknown) => {
          this.verifying.set(false);
          this.verifyError.set(toApiRequestError(failure));
        },
      });
  }

  private stopLoadingOlder(): void {
    this.olderRequest?.unsubscribe();
    this.olderRequest = undefined;
    this.loadingOlder.set(false);
    this.olderError.set(null);
  }
}
