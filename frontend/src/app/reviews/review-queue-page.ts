import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ErrorCode, Permission, ReviewState, StatusUpdateListItemDto } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { AgreementsApi } from '../core/api/agreements-api';
import { AuthService } from '../core/auth/auth.service';
import { injectPermission } from '../core/auth/permission';
import { ApiRequestError, toApiRequestError } from '../core/errors/api-request-error';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { latestValue } from '../core/latest-value';
import { ScaleLevelPipe } from '../commitments/detail/scale-level.pipe';
import { EvidenceList } from '../evidence/evidence-list';
import { StatusBadge } from '../ui/badges';
import { ReviewsApi } from './reviews-api';

const PAGE_SIZE = 20;
const RETURN_REASON_MAX_LENGTH = 2000;

/**
 * Updates of an agreement by review state. Reviewers get the queue (submitted updates, oldest work
 * first in view) and approve or return each with a reason; monitors follow their own submitted and
 * returned updates here. Only approved updates count in any figure.
 */
@Component({
  selector: 'acc-review-queue-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
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
  protected readonly states = Object.values(ReviewState);
  protected readonly reviewStates = ReviewState;
  protected readonly reasonMaxLength = RETURN_REASON_MAX_LENGTH;
  protected readonly pageSize = PAGE_SIZE;

  protected readonly state = signal<ReviewState | ''>(ReviewState.Submitted);
  protected readonly pillarId = signal('');
  /** Reviewers see everyone's updates; others only ever see their own unapproved ones. */
  protected readonly onlyMine = signal(false);
  protected readonly page = signal(1);

  private readonly agreementResource = rxResource({
    params: () => this.agreementId(),
    stream: ({ params }) => this.agreementsApi.get(params),
  });
  protected readonly agreement = latestValue(this.agreementResource);

  protected readonly updatesResource = rxResource({
    params: () => ({
      agreementId: this.agreementId(),
      query: {
        state: this.state() || undefined,
        pillarId: this.pillarId() || undefined,
        mine: this.onlyMine() || !this.canReview() || undefined,
        page: this.page(),
        pageSize: PAGE_SIZE,
      },
    }),
    stream: ({ params }) => this.api.list(params.agreementId, params.query),
  });
  protected readonly updates = latestValue(this.updatesResource);

  /** The update whose return reason is being written, and the reason. */
  protected readonly returning = signal<string | null>(null);
  protected readonly reason = signal('');
  protected readonly busy = signal<string | null>(null);
  protected readonly actionError = signal<ApiRequestError | null>(null);
  protected readonly done = signal<{ key: string } | null>(null);
  private readonly userId = computed(() => this.auth.currentUser()?.id);

  protected canDecide(update: StatusUpdateListItemDto): boolean {
    return this.canReview() && update.reviewState === ReviewState.Submitted && update.authorId !== this.userId();
  }

  protected filter(change: () => void): void {
    change();
    this.page.set(1);
  }

  protected changePage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
  }

  protected approve(update: StatusUpdateListItemDto): void {
    this.decide(update, this.api.approve(update.id, crypto.randomUUID()), 'review.approved');
  }

  protected startReturn(update: StatusUpdateListItemDto): void {
    this.returning.set(update.id);
    this.reason.set('');
  }

  protected confirmReturn(update: StatusUpdateListItemDto): void {
    const reason = this.reason().trim();
    if (!reason) return;
    this.decide(update, this.api.return(update.id, reason, crypto.randomUUID()), 'review.returned');
  }

  private decide(update: StatusUpdateListItemDto, request: ReturnType<ReviewsApi['approve']>, doneKey: string): void {
    this.busy.set(update.id);
    this.actionError.set(null);
    this.done.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => {
        this.busy.set(null);
        this.returning.set(null);
        this.done.set({ key: doneKey });
        this.updatesResource.reload();
      },
      error: (failure: unknown) => {
        const error = toApiRequestError(failure);
        this.busy.set(null);
        this.actionError.set(error);
        // Someone decided first: show the list as it now is.
        if (error.code === ErrorCode.AlreadyReviewed) this.updatesResource.reload();
      },
    });
  }
}
