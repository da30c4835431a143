import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ErrorCode, ExportDataset, Permission, ReviewState } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { AgreementsApi } from '../core/api/agreements-api';
import { AuthService } from '../core/auth/auth.service';
import { injectPermission } from '../core/auth/permission';
import { ApiRequestError, toApiRequestError } from '../core/errors/api-request-error';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { latestValue } from '../core/latest-value';
import { ScaleLevelPipe } from '../commitments/detail/scale-level.pipe';
import { EvidenceList } from '../evidence/evidence-list';
import { IndicatorValueEntry } from '../indicators/indicator-value-entry';
import { StatusBadge } from '../ui/badges';
import { ReviewDecision } from './review-decision';
import { Reviewed, ReviewedKind, ReviewsApi } from './reviews-api';

const PAGE_SIZE = 20;

/** The texts that name what is listed: status updates, or indicator values. */
const KIND_TEXTS: Readonly<Record<ReviewedKind, { myIntro: string; count: string; empty: string; approved: string }>> =
  {
    'status-updates': {
      myIntro: 'review.myIntro',
      count: 'review.count',
      empty: 'review.empty',
      approved: 'review.approved',
    },
    'indicator-values': {
      myIntro: 'review.values.myIntro',
      count: 'review.values.count',
      empty: 'review.values.empty',
      approved: 'review.values.approved',
    },
  };

/**
 * Status updates and indicator values of an agreement by review state. Reviewers get the queue
 * (submitted items) and approve or return each with a reason; monitors follow their own submitted and
 * returned items here. Only approved items count in any figure.
 */
@Component({
  selector: 'acc-review-queue-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    ScaleLevelPipe,
    EvidenceList,
    IndicatorValueEntry,
    ReviewDecision,
    StatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-queue-page.html',
  styleUrl: './review-queue-page.scss',
})
export class ReviewQueuePage {
  private readonly api = inject(ReviewsApi);
  private readonly agreementsApi = inject(AgreementsApi);
  private readonly auth = inject(AuthService);
  private readonly destroyRef = inject(DestroyRef);

  readonly agreementId = input.required<string>();

  protected readonly canReview = injectPermission(Permission.ReviewStatusUpdate);
  protected readonly kinds = Object.keys(KIND_TEXTS) as ReviewedKind[];
  protected readonly states = Object.values(ReviewState);
  protected readonly reviewStates = ReviewState;
  protected readonly pageSize = PAGE_SIZE;

  /** What is listed: status updates or indicator values. */
  protected readonly kind = signal<ReviewedKind>('status-updates');
  protected readonly texts = computed(() => KIND_TEXTS[this.kind()]);
  protected readonly state = signal<ReviewState | ''>(ReviewState.Submitted);
  /** Status updates only: indicators belong to no pillar. */
  protected readonly pillarId = signal('');
  /** Reviewers see everyone's items; others only ever see their own unapproved ones. */
  protected readonly onlyMine = signal(false);
  protected readonly page = signal(1);

  private readonly agreementResource = rxResource({
    params: () => this.agreementId(),
    stream: ({ params }) => this.agreementsApi.get(params),
  });
  protected readonly agreement = latestValue(this.agreementResource);

  /** Only the list in view is loaded: the other one's params are undefined. */
  protected readonly updatesResource = rxResource({
    params: () =>
      this.kind() === 'status-updates'
        ? {
            agreementId: this.agreementId(),
            query: {
              state: this.state() || undefined,
              pillarId: this.pillarId() || undefined,
              mine: this.mine(),
              page: this.page(),
              pageSize: PAGE_SIZE,
            },
          }
        : undefined,
    stream: ({ params }) => this.api.list('status-updates', params.agreementId, params.query),
  });
  protected readonly updates = latestValue(this.updatesResource);

  protected readonly valuesResource = rxResource({
    params: () =>
      this.kind() === 'indicator-values'
        ? {
            agreementId: this.agreementId(),
            query: { state: this.state() || undefined, mine: this.mine(), page: this.page(), pageSize: PAGE_SIZE },
          }
        : undefined,
    stream: ({ params }) => this.api.list('indicator-values', params.agreementId, params.query),
  });
  protected readonly values = latestValue(this.valuesResource);

  /** The exports page, for the list in view with its state (and pillar, for status updates). */
  protected readonly exportParams = computed(() => ({
    dataset: this.kind() === 'status-updates' ? ExportDataset.StatusHistory : ExportDataset.IndicatorValues,
    state: this.state() || null,
    pillarId: (this.kind() === 'status-updates' && this.pillarId()) || null,
  }));

  /** The resource of the list in view. */
  protected readonly listResource = computed(() =>
    this.kind() === 'status-updates' ? this.updatesResource : this.valuesResource,
  );
  /** The page of the list in view, for its count and paginator. */
  protected readonly listPage = computed(() => (this.kind() === 'status-updates' ? this.updates() : this.values()));
  /** The items of the list in view, each as its card shows it (only one list is loaded at a time). */
  protected readonly items = computed(() => [
    ...(this.updates()?.items ?? []).map((update) => ({ id: update.id, decision: update, update, value: null })),
    ...(this.values()?.items ?? []).map((value) => ({ id: value.id, decision: value, update: null, value })),
  ]);

  /** The item a decision is on its way for. */
  protected readonly busy = signal<string | null>(null);
  protected readonly actionError = signal<ApiRequestError | null>(null);
  protected readonly done = signal<{ key: string } | null>(null);
  private readonly userId = computed(() => this.auth.currentUser()?.id);

  private mine(): true | undefined {
    return this.onlyMine() || !this.canReview() || undefined;
  }

  protected canDecide(item: Pick<Reviewed[ReviewedKind]['item'], 'reviewState' | 'authorId'>): boolean {
    return this.canReview() && item.reviewState === ReviewState.Submitted && item.authorId !== this.userId();
  }

  protected filter(change: () => void): void {
    change();
    this.page.set(1);
  }

  protected changePage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
  }

  protected approve(id: string): void {
    const kind = this.kind();
    this.decide(id, this.api.approve(kind, id, crypto.randomUUID()), KIND_TEXTS[kind].approved);
  }

  protected return(id: string, reason: string): void {
    this.decide(id, this.api.return(this.kind(), id, reason, crypto.randomUUID()), 'review.returned');
  }

  private decide(id: string, request: Observable<unknown>, doneKey: string): void {
    const list = this.listResource();
    this.busy.set(id);
    this.actionError.set(null);
    this.done.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => {
        this.busy.set(null);
        this.done.set({ key: doneKey });
        list.reload();
      },
      error: (failure: unknown) => {
        const error = toApiRequestError(failure);
        this.busy.set(null);
        this.actionError.set(error);
        // Someone decided first: show the list as it now is.
        if (error.code === ErrorCode.AlreadyReviewed) list.reload();
      },
    });
  }
}
