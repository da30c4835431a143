import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { CommitmentDetailDto, deriveCommitmentStatus, MilestoneDto, Permission } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { AgreementsApi } from '../../core/api/agreements-api';
import { AuthService } from '../../core/auth/auth.service';
import { injectConfidentialClearance, injectPermission } from '../../core/auth/permission';
import { todayInAgreementZone } from '../../core/dates';
import { ErrorMessagePipe } from '../../core/errors/error-pipes';
import { isNotFound } from '../../core/errors/not-found';
import { LocalizedDatePipe } from '../../core/i18n/localized-date.pipe';
import { lastLoadedValue } from '../../core/latest-value';
import { CurrentAgreement } from '../../core/layout/current-agreement';
import { MessagePage } from '../../core/layout/message-page';
import { OverdueBadge, PamLevelBadge, StatusBadge } from '../../ui/badges';
import { CommitmentsApi } from '../commitments-api';
import { MilestoneCard } from './milestone-card';

/**
 * The commitment with `milestone` in place of its namesake, and the level and status the API derives
 * from its milestones. The rest (overdue) waits for the reload.
 */
function withMilestone(commitment: CommitmentDetailDto, milestone: MilestoneDto): CommitmentDetailDto {
  const milestones = commitment.milestones.map((current) => (current.id === milestone.id ? milestone : current));
  const { level, operationalStatus } = deriveCommitmentStatus(milestones);
  return { ...commitment, milestones, pamLevel: level, operationalStatus };
}

@Component({
  selector: 'acc-commitment-detail-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    MessagePage,
    OverdueBadge,
    PamLevelBadge,
    StatusBadge,
    MilestoneCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './commitment-detail-page.html',
  styleUrl: './commitment-detail-page.scss',
})
export class CommitmentDetailPage {
  private readonly commitmentsApi = inject(CommitmentsApi);
  private readonly agreementsApi = inject(AgreementsApi);

  readonly commitmentId = input.required<string>();

  protected readonly canRecord = injectPermission(Permission.CreateStatusUpdate);
  protected readonly canMarkConfidential = injectConfidentialClearance();
  protected readonly canManage = injectPermission(Permission.ManageAgreement);
  private readonly auth = inject(AuthService);
  protected readonly userId = computed(() => this.auth.currentUser()?.id);

  protected readonly commitmentResource = rxResource({
    params: () => this.commitmentId(),
    stream: ({ params: commitmentId }) => this.commitmentsApi.get(commitmentId),
  });
  // A reload, failed or not, keeps the current value on screen, so open forms (and what was typed in
  // them) survive it; a failed one shows its error above.
  protected readonly commitment = lastLoadedValue(this.commitmentResource, this.commitmentId);
  protected readonly notFound = computed(() => !this.commitment() && isNotFound(this.commitmentResource.error()));

  // A computed, so that reloading the commitment (same agreement) does not fetch the agreement again:
  // a resource re-runs its loader whenever its params function re-runs, even for an equal value.
  private readonly agreementId = computed(() => this.commitment()?.agreementId);

  /** The agreement gives the scale that levels are recorded on, its signature date and its calendar. */
  protected readonly agreementResource = rxResource({
    params: this.agreementId,
    stream: ({ params: agreementId }) => this.agreementsApi.get(agreementId),
  });
  protected readonly agreement = computed(() =>
    this.agreementResource.hasValue() ? this.agreementResource.value() : undefined,
  );
  /** The agreement's today: the latest day an update may take effect. */
  protected readonly agreementToday = computed(() => todayInAgreementZone(this.agreement()?.timeZone));

  constructor() {
    // A commitment's URL names no agreement: the toolbar shows the commitment's own.
    const currentAgreement = inject(CurrentAgreement);
    effect(() => currentAgreement.set(this.agreementId()));
  }

  protected reload(): void {
    this.commitmentResource.reload();
  }

  protected reloadAgreement(): void {
    this.agreementResource.reload();
  }

  /** Shows the milestone the API answered at once, then reloads the commitment's derived figures. */
  protected onRecorded(milestone: MilestoneDto): void {
    this.commitment.update((commitment) => commitment && withMilestone(commitment, milestone));
    this.reload();
  }
}
