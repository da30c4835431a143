import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { CommitmentSort, OPERATIONAL_STATUSES, PAM_LEVELS, PartyDto, PartyKind } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, merge } from 'rxjs';
import { AgreementsApi } from '../../core/api/agreements-api';
import { ErrorMessagePipe } from '../../core/errors/error-pipes';
import { LocalizedDatePipe } from '../../core/i18n/localized-date.pipe';
import { latestValue } from '../../core/latest-value';
import { OverdueBadge, PamLevelBadge, StatusBadge } from '../../ui/badges';
import { CommitmentsApi } from '../commitments-api';
import {
  CommitmentFilters,
  filtersFromUrl,
  PAGE_SIZES,
  Paging,
  pagingFromUrl,
  toCommitmentQuery,
  toUrlParams,
} from './commitment-filters';

const SEARCH_DEBOUNCE_MS = 300;

@Component({
  selector: 'acc-commitment-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
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
  protected readonly columns = ['reference', 'title', 'pillar', 'parties', 'deadline', 'level', 'status', 'updated'];

  private readonly urlParams = toSignal(this.route.queryParamMap, { requireSync: true });
  private readonly filters = computed(() => filtersFromUrl(this.urlParams()));
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

  constructor() {
    // The URL is the source of truth: back, forward and shared links set the form.
    effect(() => this.filterForm.setValue(this.filters(), { emitEvent: false }));

    const { q, ...immediate } = this.filterForm.controls;
    merge(q.valueChanges.pipe(debounceTime(SEARCH_DEBOUNCE_MS)), ...Object.values(immediate).map((c) => c.valueChanges))
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
