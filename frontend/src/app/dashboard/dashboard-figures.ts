import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { DashboardDto, OPERATIONAL_STATUSES, PAM_LEVELS, rateParts } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../core/i18n/language.service';
import { LocalizedNumberPipe } from '../core/i18n/localized-number.pipe';
import { OverdueTable } from './overdue-table';
import { ProgressChart } from './progress-chart';

/**
 * The figures of a dashboard: the PAM rate and counts, levels and operational statuses, progress by
 * pillar and party, the overdue list. Shown to members (with links into the agreement) and on the
 * public page (without: those pages need an account).
 */
@Component({
  selector: 'acc-dashboard-figures',
  imports: [RouterLink, MatCardModule, TranslocoPipe, LocalizedNumberPipe, OverdueTable, ProgressChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-figures.html',
  styleUrl: './dashboard-figures.scss',
})
export class DashboardFigures {
  private readonly language = inject(LanguageService);

  readonly dashboard = input.required<Omit<DashboardDto, 'withheld' | 'agreementId'>>();
  /** Given for signed-in readers: overdue items link to their commitments and to the agreement's list. */
  readonly agreementId = input<string>();

  /** The rate and its percent sign, apart, as the active language writes them. */
  protected readonly rate = computed(() => {
    const rate = this.dashboard().implementationRate;
    return rate === null ? null : rateParts(rate, this.language.active());
  });

  /** Every level and status is listed, with 0 where the API has no row for it. */
  protected readonly levelCounts = computed(() => {
    const counts = this.dashboard().byLevel;
    return PAM_LEVELS.map((level) => ({ level, count: counts.find((row) => row.level === level)?.count ?? 0 }));
  });
  protected readonly statusCounts = computed(() => {
    const counts = this.dashboard().byOperationalStatus;
    return [...OPERATIONAL_STATUSES, null].map((status) => ({
      status,
      count: counts.find((row) => row.status === status)?.count ?? 0,
    }));
  });
}
