import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { AssessmentScaleDto, MilestoneDto } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalizedDatePipe } from '../../core/i18n/localized-date.pipe';
import { OverdueBadge, StatusBadge } from '../../ui/badges';
import { ScaleLevelPipe } from './scale-level.pipe';
import { StatusUpdateForm } from './status-update-form';

/** A milestone: where it stands, its full history, and (for monitors) the form to record a change. */
@Component({
  selector: 'acc-milestone-card',
  imports: [
    MatButtonModule,
    MatCardModule,
    TranslocoPipe,
    LocalizedDatePipe,
    OverdueBadge,
    StatusBadge,
    ScaleLevelPipe,
    StatusUpdateForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './milestone-card.html',
  styleUrl: './milestone-card.scss',
})
export class MilestoneCard {
  readonly milestone = input.required<MilestoneDto>();
  readonly scale = input<AssessmentScaleDto>();
  readonly agreementSignedOn = input<string>();
  /** The agreement's today: the latest day an update may take effect. */
  readonly today = input.required<string>();
  readonly canRecord = input(false);

  /** An update was recorded: the milestone as the API now has it. */
  readonly recorded = output<MilestoneDto>();
  /** A colleague changed the milestone first: the page reloads the commitment. */
  readonly conflict = output<void>();

  protected readonly formOpen = signal(false);
  protected readonly justRecorded = signal(false);

  protected openForm(): void {
    this.justRecorded.set(false);
    this.formOpen.set(true);
  }

  protected onRecorded(milestone: MilestoneDto): void {
    this.formOpen.set(false);
    this.justRecorded.set(true);
    this.recorded.emit(milestone);
  }
}
