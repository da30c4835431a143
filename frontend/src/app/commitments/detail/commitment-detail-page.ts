import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Permission } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { AgreementsApi } from '../../core/api/agreements-api';
import { injectPermission } from '../../core/auth/permission';
import { ErrorMessagePipe } from '../../core/errors/error-pipes';
import { LocalizedDatePipe } from '../../core/i18n/localized-date.pipe';
import { OverdueBadge, PamLevelBadge, StatusBadge } from '../../ui/badges';
import { CommitmentsApi } from '../commitments-api';
import { MilestoneCard } from './milestone-card';

@Component({
  selector: 'acc-commitment-detail-page',
  imports: [
    RouterLink,
    MatCardModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
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

  // A reload keeps the current value on screen, so open forms (and what was typed in them) survive it.
  protected readonly commitmentResource = rxResource({
    params: () => this.commitmentId(),
    stream: ({ params: commitmentId }) => this.commitmentsApi.get(commitmentId),
  });
  protected readonly commitment = computed(() =>
    this.commitmentResource.hasValue() ? this.commitmentResource.value() : undefined,
  );

  // A computed, so that reloading the commitment (same agreement) does not fetch the agreement again:
  // a resource re-runs its loader whenever its params function re-runs, even for an equal value.
  private readonly agreementId = computed(() => this.commitment()?.agreementId);

  /** The agreement gives the scale that levels are recorded on, and its signature date. */
  private readonly agreementResource = rxResource({
    params: this.agreementId,
    stream: ({ params: agreementId }) => this.agreementsApi.get(agreementId),
  });
  protected readonly agreement = computed(() =>
    this.agreementResource.hasValue() ? this.agreementResource.value() : undefined,
  );

  protected reload(): void {
    this.commitmentResource.reload();
  }
}
