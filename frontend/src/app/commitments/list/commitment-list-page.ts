import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { CommitmentSort, OPERATIONAL_STATUSES, PAM_LEVELS, PartyDto, PartyKind, Permission } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, filter, merge, tap } from 'rxjs';
import { AgreementsApi } from '../../core/api/agreements-api';
import { injectPermission } from '../../core/auth/permission';
import { ErrorMessagePipe } from '../../core/errors/error-pipes';
import { isNotFound } from '../../core/errors/not-found';
import { LocalizedDatePipe } from '../../core/i18n/localized-date.pipe';
import { latestValue } from '../../core/latest-value';
import { MessagePage } from '../../core/layout/message-page';
import { exportLinkFromCommitments } from '../../exports/export-filters';
import { OverdueBadge, PamLevelBadge, StatusBadge } from '../../ui/badges';
import { CommitmentsApi } from '../commitments-api';
import {
  CommitmentFilters,
  filtersFromUrl,
  lastPageIfPastTheEnd,
  PAGE_SIZES,
  Paging,
  pagingFromUrl,
  SEARCH_MAX_LENGTH,
  toCommitmentQuery,
  toUrlParams,
} from './commitment-filters';

const SEARCH_DEBOUNCE_MS = 300;

@Component({
  selector: 'acc-commitment-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    MessagePage,
    OverdueBadge,
    PamLevelBadge,
    StatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './commitment-list-page.html',
  styleUrl: './commitment-list-page.scss',
})
export class CommitmentListPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly agreementsApi = inject(AgreementsApi);
  private readonly commitmentsApi = inject(CommitmentsApi);

  readonly agreementId = input.required<string>();

  protected readonly statuses = OPERATIONAL_STATUSES;
  protected readonly levels = PAM_LEVELS;
  protected readonly sorts = Object.values(CommitmentSort);
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;
  /** Those who may import (status updates at least) find the bulk import from here. */
  protected readonly canImport = injectPermission(Permission.CreateStatusUpdate);
  protected readonly columns = ['reference', 'title', 'pillar', 'parties', 'deadline', 'level', 'status', 'updated'];

  private readonly urlParams = toSignal(this.route.queryParamMap, { requireSync: true });
  private readonly filters = computed(() => filtersFromUrl(this.urlParams()));
  /** The exports page, with these filters for the commitments (and their milestones) exported. */
  protected readonly exportParams = computed(() => exportLinkFromCommitments(this.filters()));
  protected readonly paging = computed(() => pagingFromUrl(this.urlParams()));

  protected readonly filterForm = inject(NonNullableFormBuilder).group<CommitmentFilters>({
    pillarId: '',
    partyId: '',
    status: '',
    level: '',
    overdue: false,
    q: '',
    sort: CommitmentSort.Reference,
  });

  private readonly agreement = rxResource({
    params: () => this.agreementId(),
    stream: ({ params: agreementId }) => this.agreementsApi.get(agreementId),
  });
  protected readonly agreementTitle = computed(() => (this.agreement.hasValue() ? this.agreement.value().title : ''));
  protected readonly pillars = computed(() =>
    this.agreement.hasValue() ? [...this.agreement.value().pillars].sort((a, b) => a.position - b.position) : [],
  );
  /** Parties grouped by kind (government, coalitions, movements...) for the filter's option groups. */
  protected readonly partyGroups = computed(() => {
    const parties = this.agreement.hasValue() ? this.agreement.value().parties : [];
    const byKind = new Map<PartyKind, PartyDto[]>();
    for (const party of parties) byKind.set(party.kind, [...(byKind.get(party.kind) ?? []), party]);
    return [...byKind].map(([kind, members]) => ({ kind, parties: members }));
  });

  protected readonly pageResource = rxResource({
    params: () => ({ agreementId: this.agreementId(), query: toCommitmentQuery(this.filters(), this.paging()) }),
    stream: ({ params }) => this.commitmentsApi.list(params.agreementId, params.query),
  });
  protected readonly page = latestValue(this.pageResource);

  /** A page past the last one (the list shrank, an old link): the last page, where it goes at once. */
  private readonly lastPage = computed(() => {
    if (this.pageResource.status() !== 'resolved' || !this.pageResource.hasValue()) return undefined;
    const { items, total } = this.pageResource.value();
    return lastPageIfPastTheEnd(this.paging(), total, items.length);
  });
  protected readonly noDataKey = computed(() =>
    this.pageResource.isLoading() || this.lastPage() !== undefined ? 'common.loading' : 'commitments.none',
  );
  protected readonly notFound = computed(
    () => isNotFound(this.pageResource.error()) || isNotFound(this.agreement.error()),
  );

  /** The user typed in the search box and the list has not been asked yet. */
  private searchPending = false;

  constructor() {
    // The URL is the source of truth: back, forward and shared links set the form. The search box
    // keeps what is being typed: the URL holds it trimmed, or not yet.
    effect(() => {
      const filters = this.filters();
      untracked(() => {
        const typed = this.filterForm.controls.q.value;
        const keepTyped = this.searchPending || typed.trim() === filters.q.trim();
        this.filterForm.setValue({ ...filters, q: keepTyped ? typed : filters.q }, { emitEvent: false });
      });
    });

    effect(() => {
      const lastPage = this.lastPage();
      if (lastPage !== undefined) {
        untracked(() => this.navigate(this.filters(), { ...this.paging(), page: lastPage }, true));
      }
    });

    const { q, ...immediate } = this.filterForm.controls;
    const search = q.valueChanges.pipe(
      tap(() => (this.searchPending = true)),
      debounceTime(SEARCH_DEBOUNCE_MS),
      tap(() => (this.searchPending = false)),
      // Spaces around the words change nothing: no new request, no return to the first page.
      filter((typed) => typed.trim() !== this.filters().q.trim()),
    );
    merge(search, ...Object.values(immediate).map((c) => c.valueChanges))
      .pipe(takeUntilDestroyed())
      // New filters start again from the first page.
      .subscribe(() => this.navigate(this.filterForm.getRawValue(), { ...this.paging(), page: 1 }, true));
  }

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    this.navigate(this.filters(), { page: pageIndex + 1, pageSize }, false);
  }

  private navigate(filters: CommitmentFilters, paging: Paging, replaceUrl: boolean): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toUrlParams(filters, paging), replaceUrl });
  }
}
