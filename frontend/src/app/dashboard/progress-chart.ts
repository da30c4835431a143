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
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { ComposeOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { LanguageService } from '../core/i18n/language.service';
import { TextDirection } from '../core/i18n/languages';
import { formatNumber, formatRate, LocalizedNumberPipe, LocalizedRatePipe } from '../core/i18n/localized-number.pipe';
import { Translations } from '../core/i18n/translations';
import { readChartStyle } from './chart-style';
import { escapeHtml } from '../core/escape-html';

type ProgressChartOption = ComposeOption<
  BarSeriesOption | DatasetComponentOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;
type ChartMode = 'rate' | 'levels';

const ROW_HEIGHT_PX = 34;
const CHART_PADDING_PX = 72;
const ANIMATION_MS = 300;
/** Room beside the bars' ends for their value labels. */
const LABEL_ROOM_PX = 48;
const EDGE_PX = 8;

/**
 * The tooltip of one row of bars: the group, then each series with its value formatted for the
 * language. ECharts lays out its own tooltip left to right; this one follows `direction`.
 */
export function tooltipHtml(
  params: TooltipComponentFormatterCallbackParams,
  direction: TextDirection,
  formatValue: (value: unknown) => string,
): string {
  const items = Array.isArray(params) ? params : [params];
  const heading = items[0]?.name ?? '';
  const rows = items.map((item) => {
    const dimension = item.encode?.['x']?.[0];
    const value = Array.isArray(item.value) && dimension !== undefined ? item.value[dimension] : item.value;
    const color = typeof item.color === 'string' ? item.color : 'currentColor';
    const marker =
      '<span style="display:inline-block;width:10px;height:10px;border-radius:5px;margin-inline-end:6px;' +
      `background-color:${escapeHtml(color)}"></span>`;
    return (
      '<div style="display:flex;justify-content:space-between;align-items:center;gap:1.5em">' +
      `<span>${marker}${escapeHtml(item.seriesName ?? '')}</span>` +
      `<strong>${escapeHtml(formatValue(value))}</strong></div>`
    );
  });
  return `<div dir="${direction}" style="text-align:start"><div>${escapeHtml(heading)}</div>${rows.join('')}</div>`;
}

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
    const direction = this.language.direction();
    const rtl = direction === 'rtl';
    const rows = this.rows();
    const rateLabel = (value: unknown) => (typeof value === 'number' ? formatRate(value, language) : '—');
    const countLabel = (value: unknown) => (typeof value === 'number' ? formatNumber(value, language) : '—');
    const tooltip = (formatValue: (value: unknown) => string): ProgressChartOption['tooltip'] => ({
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => tooltipHtml(params, direction, formatValue),
    });
    // ECharts does not mirror itself: in right-to-left languages the bars grow from the right, their
    // labels sit at their left end, and the room for those labels moves with them.
    const common: ProgressChartOption = {
      textStyle: { fontFamily: this.style.fontFamily },
      animationDuration: ANIMATION_MS,
      animationDurationUpdate: ANIMATION_MS,
      grid: {
        left: rtl ? LABEL_ROOM_PX : EDGE_PX,
        right: rtl ? EDGE_PX : LABEL_ROOM_PX,
        top: EDGE_PX,
        bottom: this.mode() === 'levels' ? 40 : EDGE_PX,
        outerBoundsMode: 'same',
      },
      yAxis: {
        type: 'category',
        inverse: true,
        position: rtl ? 'right' : 'left',
        axisLabel: { width: 180, overflow: 'truncate' },
      },
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
        tooltip: tooltip(rateLabel),
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
      tooltip: tooltip(countLabel),
      legend: { bottom: 0, align: rtl ? 'right' : 'auto' },
      dataset: {
        dimensions: ['label', ...PAM_LEVELS.map((level) => `level${level}`)],
        source: rows.map((row) => [row.label, ...row.levelCounts]),
      },
      xAxis: {
        type: 'value',
        minInterval: 1,
        inverse: rtl,
        axisLabel: { formatter: (value: number) => formatNumber(value, language) },
      },
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
