import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { PAM_LEVELS } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import { AgreementsApi } from '../core/api/agreements-api';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { isNotFound } from '../core/errors/not-found';
import { LanguageService } from '../core/i18n/language.service';
import { LocalizedNumberPipe, LocalizedRatePipe } from '../core/i18n/localized-number.pipe';
import { Translations } from '../core/i18n/translations';
import { latestValue } from '../core/latest-value';
import { MessagePage } from '../core/layout/message-page';
import { readChartStyle } from '../dashboard/chart-style';
import { LocalizedMonthPipe } from './month.pipe';
import { TREND_CHART_HEIGHT_PX, trendChartOption, trendRows } from './trend-chart';
import { TrendApi } from './trend-api';

type TrendView = 'chart' | 'table';

/**
 * The agreement's progress month by month, whole or one pillar: the PAM implementation rate and the
 * commitments at each level. The chart is for the eye (aria-hidden); a table with the same figures is
 * always there for screen readers, and can be shown instead of the chart.
 */
@Component({
  selector: 'acc-trend-page',
  imports: [
    MatButtonToggleModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    NgxEchartsDirective,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedNumberPipe,
    LocalizedRatePipe,
    LocalizedMonthPipe,
    MessagePage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './trend-page.html',
  styleUrl: './trend-page.scss',
})
export class TrendPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly agreementsApi = inject(AgreementsApi);
  private readonly trendApi = inject(TrendApi);
  private readonly translations = inject(Translations);
  private readonly language = inject(LanguageService);
  private readonly style = readChartStyle(inject(DOCUMENT));

  readonly agreementId = input.required<string>();
  /** Query parameter; absent means the whole agreement. */
  readonly pillarId = input<string>();

  protected readonly levels = PAM_LEVELS;
  protected readonly chartHeight = TREND_CHART_HEIGHT_PX;
  protected readonly view = signal<TrendView>('chart');

  private readonly agreement = rxResource({
    params: () => this.agreementId(),
    stream: ({ params: agreementId }) => this.agreementsApi.get(agreementId),
  });
  protected readonly agreementTitle = computed(() => (this.agreement.hasValue() ? this.agreement.value().title : ''));
  protected readonly pillars = computed(() =>
    this.agreement.hasValue() ? [...this.agreement.value().pillars].sort((a, b) => a.position - b.position) : [],
  );

  protected readonly trendResource = rxResource({
    params: () => ({ agreementId: this.agreementId(), pillarId: this.pillarId() || undefined }),
    stream: ({ params }) => this.trendApi.get(params.agreementId, params.pillarId),
  });
  protected readonly trend = latestValue(this.trendResource);
  /**
   * The agreement is not there for this user. A pillar that is not (an edited link) is only an error:
   * the pillar can be changed back.
   */
  protected readonly notFound = computed(
    () => isNotFound(this.agreement.error()) || (!this.pillarId() && isNotFound(this.trendResource.error())),
  );

  protected readonly rows = computed(() => trendRows(this.trend()?.points ?? []));

  protected readonly options = computed(() =>
    trendChartOption(this.rows(), {
      language: this.language.active(),
      direction: this.language.direction(),
      style: this.style,
      labels: {
        rate: this.translations.translate('trend.rate'),
        commitments: this.translations.translate('trend.commitments'),
        levels: PAM_LEVELS.map((level) => this.translations.translate(`pam.${level}`)),
      },
    }),
  );

  protected changePillar(pillarId: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { pillarId: pillarId || null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
