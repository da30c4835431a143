import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { AssessmentScaleDto, ErrorCode, MilestoneDto, ReviewState, StatusUpdateDto } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiRequestError, toApiRequestError } from '../../core/errors/api-request-error';
import { ErrorMessagePipe } from '../../core/errors/error-pipes';
import { LocalizedDatePipe } from '../../core/i18n/localized-date.pipe';
import { EvidenceList } from '../../evidence/evidence-list';
import { OverdueBadge, StatusBadge } from '../../ui/badges';
import { ScaleLevelPipe } from './scale-level.pipe';
import { CommitmentsApi } from '../commitments-api';
import { StatusUpdateForm } from './status-update-form';

/**
 * A milestone: where it stands, its history (with each update's review state and evidence), and for
 * monitors the form to submit a change or to resubmit one a reviewer returned to them.
 */
@Component({
  selector: 'acc-milestone-card',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatSlideToggleModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    OverdueBadge,
    StatusBadge,
    ScaleLevelPipe,
    StatusUpdateForm,
    EvidenceList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './milestone-card.html',
  styleUrl: './milestone-card.scss',
})
export class MilestoneCard {
  private readonly api = inject(CommitmentsApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly milestone = input.required<MilestoneDto>();
  readonly scale = input<AssessmentScaleDto>();
  readonly agreementSignedOn = input<string>();
  /** The agreement's today: the latest day an update may take effect. */
  readonly today = input.required<string>();
  readonly canRecord = input(false);
  readonly canMarkConfidential = input(false);
  /** Administrators mark the milestone itself confidential. */
  readonly canManage = input(false);
  /** The signed-in user: their returned updates can be resubmitted. */
  readonly userId = input<string>();

  /** An update was recorded: the milestone as the API now has it. */
  readonly recorded = output<MilestoneDto>();
  /** A colleague changed the milestone first: the page reloads the commitment. */
  readonly conflict = output<void>();

  protected readonly formOpen = signal(false);
  /** The returned update the open form resubmits, if any. */
  protected readonly resubmitting = signal<StatusUpdateDto | null>(null);
  /** What became of the update just sent: submitted for review, or counted at once. */
  protected readonly justRecorded = signal<ReviewState | null>(null);
  protected readonly reviewStates = ReviewState;

  protected openForm(resubmission: StatusUpdateDto | null = null): void {
    this.justRecorded.set(null);
    this.resubmitting.set(resubmission);
    this.formOpen.set(true);
  }

  protected closeForm(): void {
    this.formOpen.set(false);
    this.resubmitting.set(null);
  }

  protected readonly savingConfidential = signal(false);
  protected readonly confidentialError = signal<ApiRequestError | null>(null);

  protected setConfidential(confidential: boolean): void {
    this.savingConfidential.set(true);
    this.confidentialError.set(null);
    this.api
      .updateMilestone(this.milestone(), { confidential })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (milestone) => {
          this.savingConfidential.set(false);
          this.recorded.emit(milestone);
        },
        error: (failure: unknown) => {
          this.savingConfidential.set(false);
          const error = toApiRequestError(failure);
          this.confidentialError.set(error);
          // Someone changed the milestone meanwhile: show it as it now is.
          if (error.code === ErrorCode.PreconditionFailed) this.conflict.emit();
        },
      });
  }

  protected canResubmit(update: StatusUpdateDto): boolean {
    return (
      this.canRecord() &&
      update.reviewState === ReviewState.Returned &&
      update.resubmittedAs === null &&
      update.authorId === this.userId()
    );
  }

  protected onRecorded(milestone: MilestoneDto): void {
    this.closeForm();
    const newest = [...milestone.history].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))[0];
    this.justRecorded.set(newest?.reviewState ?? ReviewState.Submitted);
    this.recorded.emit(milestone);
  }
}
