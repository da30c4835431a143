import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { isIsoDate } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { agreementWithCalendar } from '../core/api/agreements-api';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { isNotFound } from '../core/errors/not-found';
import { LocalizedNumberPipe } from '../core/i18n/localized-number.pipe';
import { latestValue } from '../core/latest-value';
import { MessagePage } from '../core/layout/message-page';
import { DashboardApi } from './dashboard-api';
import { DashboardFigures } from './dashboard-figures';

@Component({
  selector: 'acc-dashboard-page',
  imports: [
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedNumberPipe,
    MessagePage,
    DashboardFigures,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly dashboardApi = inject(DashboardApi);

  readonly agreementId = input.required<string>();
  /** Query parameter; absent means today, so a bookmark without it always shows the current state. */
  readonly asOf = input<string>();

  /** The date asked for in the URL, when it is one (an edited link may hold anything). */
  private readonly validAsOf = computed(() => {
    const asOf = this.asOf();
    return isIsoDate(asOf) ? asOf : undefined;
  });

  private readonly agreement = agreementWithCalendar(() => this.agreementId());
  protected readonly agreementTitle = computed(() => this.agreement.value()?.title ?? '');
  protected readonly today = this.agreement.today;
  protected readonly earliest = this.agreement.earliest;

  protected readonly dashboardResource = rxResource({
    // Without a date the server answers as of today in the agreement's own time zone, and says which day.
    params: () => ({ agreementId: this.agreementId(), asOf: this.validAsOf() }),
    stream: ({ params }) => this.dashboardApi.get(params.agreementId, params.asOf),
  });
  protected readonly dashboard = latestValue(this.dashboardResource);
  protected readonly shownAsOf = computed(() => this.validAsOf() || this.dashboard()?.asOf || this.today());
  protected readonly notFound = computed(
    () => isNotFound(this.dashboardResource.error()) || isNotFound(this.agreement.resource.error()),
  );

  protected changeAsOf(input: HTMLInputElement): void {
    // A date still being typed (or not a date) reads as empty with `badInput`: wait for a whole one.
    if (input.validity.badInput) return;
    const asOf = input.value;
    if (asOf && !this.isChoosable(asOf)) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      // Today is the default: the URL then follows the days instead of staying on this one.
      queryParams: { asOf: asOf && asOf !== this.today() ? asOf : null },
      replaceUrl: true,
    });
  }

  private isChoosable(asOf: string): boolean {
    const earliest = this.earliest();
    return isIsoDate(asOf) && asOf <= this.today() && (!earliest || asOf >= earliest);
  }
}
