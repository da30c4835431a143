import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { OPERATIONAL_STATUSES, PAM_LEVELS } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { AgreementsApi } from '../core/api/agreements-api';
import { todayIso } from '../core/dates';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { LocalizedNumberPipe } from '../core/i18n/localized-number.pipe';
import { latestValue } from '../core/latest-value';
import { PamLevelBadge } from '../ui/badges';
import { DashboardApi } from './dashboard-api';
import { ProgressChart } from './progress-chart';

@Component({
  selector: 'acc-dashboard-page',
  imports: [
    RouterLink,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    LocalizedNumberPipe,
    PamLevelBadge,
    ProgressChart,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly agreementsApi = inject(AgreementsApi);
  private readonly dashboardApi = inject(DashboardApi);

  readonly agreementId = input.required<string>();
  /** Query parameter; absent means today, so a bookmark without it always shows the current state. */
  readonly asOf = input<string>();

  protected readonly today = todayIso();

  private readonly agreement = rxResource({
    params: () => this.agreementId(),
    stream: ({ params: agreementId }) => this.agreementsApi.get(agreementId),
  });
  protected readonly agreementTitle = computed(() => (this.agreement.hasValue() ? this.agreement.value().title : ''));

  protected readonly dashboardResource = rxResource({
    // Without a date the server answers as of today in the agreement's own time zone, and says which day.
    params: () => ({ agreementId: this.agreementId(), asOf: this.asOf() }),
    stream: ({ params }) => this.dashboardApi.get(params.agreementId, params.asOf),
  });
  protected readonly dashboard = latestValue(this.dashboardResource);
  protected readonly shownAsOf = computed(() => this.asOf() || this.dashboard()?.asOf || this.today);

  /** Every level and status is listed, with 0 where the API has no row for it. */
  protected readonly levelCounts = computed(() => {
    const counts = this.dashboard()?.byLevel ?? [];
    return PAM_LEVELS.map((level) => ({ level, count: counts.find((row) => row.level === level)?.count ?? 0 }));
  });
  protected readonly statusCounts = computed(() => {
    const counts = this.dashboard()?.byOperationalStatus ?? [];
    return [...OPERATIONAL_STATUSES, null].map((status) => ({
      status,
      count: counts.find((row) => row.status === status)?.count ?? 0,
    }));
  });

  protected changeAsOf(asOf: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { asOf: asOf && asOf !== this.dashboard()?.asOf ? asOf : null },
      replaceUrl: true,
    });
  }
}
