import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input, signal } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { PAM_LEVELS, ProgressGroup } from '@accord/shared';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BarSeriesOption } from 'echarts/charts';
import type {
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { LanguageService } from '../core/i18n/language.service';
import { formatRate, LocalizedNumberPipe, LocalizedRatePipe } from '../core/i18n/localized-number.pipe';
import { Translations } from '../core/i18n/translations';
import { readChartStyle } from './chart-style';

type ProgressChartOption = ComposeOption<
  BarSeriesOption | DatasetComponentOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;
type ChartMode = 'rate' | 'levels';

const ROW_HEIGHT_PX = 34;
const CHART_PADDING_PX = 72;
const ANIMATION_MS = 300;

/**
 * Progress of groups of commitments (pillars, parties): their PAM implementation rate, or how many
 * commitments stand at each level. A visually hidden table carries the same figures for screen readers.
 */
@Component({
  selector: 'acc-progress-chart',
  imports: [
    MatButtonToggleModule,
    MatCardModule,
    NgxEchartsDirective,
    TranslocoPipe,
    LocalizedNumberPipe,
    LocalizedRatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './progress-chart.html',
  styleUrl: './progress-chart.scss',
})
export class ProgressChart {
  private readonly translations = inject(Translations);
  private readonly language = inject(LanguageService);
  private readonly style = readChartStyle(inject(DOCUMENT));

  readonly heading = input.required<string>();
  readonly groups = input.required<ProgressGroup[]>();

  protected readonly levels = PAM_LEVELS;
  protected readonly mode = signal<ChartMode>('rate');

  protected readonly rows = computed(() =>
    this.groups().map((group) => ({
      ...group,
      levelCounts: PAM_LEVELS.map((level) => group.levels.find((count) => count.level === level)?.count ?? 0),
    })),
  );

  protected readonly height = computed(() => this.rows().length * ROW_HEIGHT_PX + CHART_PADDING_PX);

  protected readonly options = computed<ProgressChartOption>(() => {
    const language = this.language.active();
    const rtl = this.language.direction() === 'rtl';
    const rows = this.rows();
    const rateLabel = (value: unknown) => (typeof value === 'number' ? formatRate(value, language) : '—');
    const common: ProgressChartOption = {
      textStyle: { fontFamily: this.style.fontFamily },
      animationDuration: ANIMATION_MS,
      animationDurationUpdate: ANIMATION_MS,
      grid: { left: 8, right: 48, top: 8, bottom: this.mode() === 'levels' ? 40 : 8, outerBoundsMode: 'same' },
      // ECharts does not mirror itself: in right-to-left languages the bars grow from the right.
      yAxis: {
        type: 'category',
        inverse: true,
        position: rtl ? 'right' : 'left',
        axisLabel: { width: 180, overflow: 'truncate' },
      },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    };

    if (this.mode() === 'rate') {
      return {
        ...common,
        dataset: { dimensions: ['label', 'rate'], source: rows.map((row) => [row.label, row.rate]) },
        xAxis: {
          type: 'value',
          min: 0,
          max: 100,
          inverse: rtl,
          axisLabel: { formatter: (value: number) => formatRate(value, language, 0) },
        },
        tooltip: { ...common.tooltip, valueFormatter: rateLabel },
        series: [
          {
            type: 'bar',
            name: this.translations.translate('dashboard.rate'),
            encode: { x: 'rate', y: 'label' },
            itemStyle: { color: this.style.rateColor },
            label: {
              show: true,
              position: rtl ? 'left' : 'right',
              formatter: ({ value }) => rateLabel((value as [string, number | null])[1]),
            },
          },
        ],
      };
    }

    return {
      ...common,
      legend: { bottom: 0 },
      dataset: {
        dimensions: ['label', ...PAM_LEVELS.map((level) => `level${level}`)],
        source: rows.map((row) => [row.label, ...row.levelCounts]),
      },
      xAxis: { type: 'value', minInterval: 1, inverse: rtl },
      series: PAM_LEVELS.map((level) => ({
        type: 'bar',
        stack: 'levels',
        name: this.translations.translate(`pam.${level}`),
        encode: { x: `level${level}`, y: 'label' },
        itemStyle: { color: this.style.levelColors[level] },
      })),
    };
  });
}
