import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { DeadlineState, escapeHtml } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ScatterSeriesOption } from 'echarts/charts';
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { AgreementsApi } from '../core/api/agreements-api';
import { ErrorMessagePipe } from '../core/errors/error-pipes';
import { isNotFound } from '../core/errors/not-found';
import { LanguageService } from '../core/i18n/language.service';
import { LocalizedDatePipe } from '../core/i18n/localized-date.pipe';
import { LocalizedNumberPipe } from '../core/i18n/localized-number.pipe';
import { Translations } from '../core/i18n/translations';
import { latestValue } from '../core/latest-value';
import { MessagePage } from '../core/layout/message-page';
import { readChartStyle } from '../dashboard/chart-style';
import { TimelineApi } from './timeline-api';

type TimelineChartOption = ComposeOption<
  ScatterSeriesOption | DataZoomComponentOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** The rows of the chart, top to bottom: what needs attention first. */
const STATES: readonly DeadlineState[] = [
  DeadlineState.Overdue,
  DeadlineState.Upcoming,
  DeadlineState.DoneLate,
  DeadlineState.DoneOnTime,
  DeadlineState.Cancelled,
];
const STATE_COLORS: Readonly<Record<DeadlineState, string>> = {
  [DeadlineState.Overdue]: '#b3261e',
  [DeadlineState.Upcoming]: '#5f6368',
  [DeadlineState.DoneLate]: '#b06000',
  [DeadlineState.DoneOnTime]: '#1b7f3b',
  [DeadlineState.Cancelled]: '#9e9e9e',
};

/**
 * Milestones against their deadlines on a time axis (zoomable), by state, filtered by pillar and party;
 * the same items in a table, which is what screen readers and keyboards use.
 */
@Component({
  selector: 'acc-timeline-page',
  imports: [
    RouterLink,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    NgxEchartsDirective,
    TranslocoPipe,
    ErrorMessagePipe,
    LocalizedDatePipe,
    LocalizedNumberPipe,
    MessagePage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './timeline-page.html',
  styleUrl: './timeline-page.scss',
})
export class TimelinePage {
  private readonly api = inject(TimelineApi);
  private readonly agreementsApi = inject(AgreementsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly language = inject(LanguageService);
  private readonly translations = inject(Translations);
  private readonly style = readChartStyle(inject(DOCUMENT));

  readonly agreementId = input.required<string>();
  /** Query parameters. */
  readonly pillarId = input<string>();
  readonly partyId = input<string>();

  private readonly agreementResource = rxResource({
    params: () => this.agreementId(),
    stream: ({ params }) => this.agreementsApi.get(params),
  });
  protected readonly agreement = latestValue(this.agreementResource);

  protected readonly timelineResource = rxResource({
    params: () => ({ agreementId: this.agreementId(), pillarId: this.pillarId(), partyId: this.partyId() }),
    stream: ({ params }) =>
      this.api.get(params.agreementId, {
        pillarId: params.pillarId || undefined,
        partyId: params.partyId || undefined,
      }),
  });
  protected readonly timeline = latestValue(this.timelineResource);
  protected readonly notFound = computed(() => isNotFound(this.timelineResource.error()));

  protected readonly counts = computed(() => {
    const items = this.timeline()?.items ?? [];
    return STATES.map((state) => ({ state, count: items.filter((item) => item.state === state).length }));
  });

  protected readonly options = computed<TimelineChartOption>(() => {
    const items = this.timeline()?.items ?? [];
    const rtl = this.language.direction() === 'rtl';
    const label = (state: DeadlineState) => this.translations.translate(`timeline.state.${state}`);
    this.language.active();
    return {
      textStyle: { fontFamily: this.style.fontFamily },
      grid: { left: rtl ? 16 : 140, right: rtl ? 140 : 16, top: 16, bottom: 64 },
      xAxis: { type: 'time', inverse: rtl },
      yAxis: {
        type: 'category',
        data: STATES.map(label),
        inverse: true,
        position: rtl ? 'right' : 'left',
      },
      dataZoom: [{ type: 'slider', bottom: 8 }, { type: 'inside' }],
      tooltip: {
        trigger: 'item',
        formatter: (params) => {
          // One point per tooltip (trigger 'item'): its name and its [due date, state].
          const point = Array.isArray(params) ? params[0] : params;
          const name = point.name;
          const value = point.value as [string, string];
          return `<div dir="${rtl ? 'rtl' : 'ltr'}">${escapeHtml(name)}<br>${escapeHtml(value[0])}</div>`;
        },
      },
      series: STATES.map((state) => ({
        type: 'scatter',
        name: label(state),
        symbolSize: 12,
        itemStyle: { color: STATE_COLORS[state] },
        data: items
          .filter((item) => item.state === state)
          .map((item) => ({
            name: `${item.commitmentReference} · ${item.milestoneTitle}`,
            value: [item.dueDate, label(state)],
          })),
      })),
    };
  });

  protected filter(name: 'pillarId' | 'partyId', value: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { [name]: value || null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
