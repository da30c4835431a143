import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { isNotFound } from '../core/errors/not-found';
import { LocalizedNumberPipe } from '../core/i18n/localized-number.pipe';
import { MessagePage } from '../core/layout/message-page';
import { AsOfField, figuresAsOf } from '../ui/as-of-field';
import { DashboardApi } from './dashboard-api';
import { DashboardFigures } from './dashboard-figures';

@Component({
  selector: 'acc-dashboard-page',
  imports: [
    AsOfField,
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
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
  private readonly dashboardApi = inject(DashboardApi);

  readonly agreementId = input.required<string>();
  /** Query parameter; absent means today, so a bookmark without it always shows the current state. */
  readonly asOf = input<string>();

  protected readonly figures = figuresAsOf(
    () => this.agreementId(),
    () => this.asOf(),
    (agreementId, asOf) => this.dashboardApi.get(agreementId, asOf),
  );
  protected readonly dashboardResource = this.figures.resource;
  protected readonly dashboard = this.figures.value;
  protected readonly agreementTitle = computed(() => this.figures.agreement.value()?.title ?? '');
  protected readonly notFound = computed(
    () => isNotFound(this.dashboardResource.error()) || isNotFound(this.figures.agreement.resource.error()),
  );
}
