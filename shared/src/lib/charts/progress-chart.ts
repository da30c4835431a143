import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { BarSeriesOption } from 'echarts/charts';
import type {
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { PAM_LEVELS } from '../assessment';
import type { ProgressGroup } from '../dto';
import type { ChartStyle, TextDirection } from './chart-style';
import { escapeHtml } from './escape-html';
import { formatNumber, formatRate } from './number-format';

export type ProgressChartOption = ComposeOption<
  BarSeriesOption | DatasetComponentOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** The PAM rate of each group, or how many of its commitments stand at each level. */
export type ProgressChartMode = 'rate' | 'levels';

/** A group of commitments with a count for every PAM level (0 where the API has no row for it). */
export interface ProgressRow extends ProgressGroup {
  /** Indexed by PAM level. */
  levelCounts: number[];
}

export interface ProgressChartContext {
  language: string;
  direction: TextDirection;
  style: ChartStyle;
  labels: {
    rate: string;
    /** Indexed by PAM level. */
    levels: string[];
  };
}

const ROW_HEIGHT_PX = 34;
const CHART_PADDING_PX = 72;
const ANIMATION_MS = 300;
/** Room beside the bars' ends for their value labels. */
const LABEL_ROOM_PX = 48;
const EDGE_PX = 8;
const LEGEND_PX = 40;

export function progressRows(groups: readonly ProgressGroup[]): ProgressRow[] {
  return groups.map((group) => ({
    ...group,
    levelCounts: PAM_LEVELS.map((level) => group.levels.find((count) => count.level === level)?.count ?? 0),
  }));
}

/** The chart's height for `rowCount` groups: one bar each, and room for the axis and the legend. */
export const progressChartHeight = (rowCount: number) => rowCount * ROW_HEIGHT_PX + CHART_PADDING_PX;

/**
 * The tooltip of one row of bars: the group, then each series with its value formatted for the
 * language. ECharts lays out its own tooltip left to right; this one follows `direction`.
 */
export function progressTooltipHtml(
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
 * Progress of groups of commitments (pillars, parties) as horizontal bars: their PAM implementation
 * rate, or their commitments at each level stacked. ECharts does not mirror itself: in right-to-left
 * languages the bars grow from the right, their labels sit at their left end, and the room for those
 * labels moves with them.
 */
export function progressChartOption(
  rows: readonly ProgressRow[],
  mode: ProgressChartMode,
  context: ProgressChartContext,
): ProgressChartOption {
  const { language, direction, style, labels } = context;
  const rtl = direction === 'rtl';
  const rateLabel = (value: unknown) => (typeof value === 'number' ? formatRate(value, language) : '—');
  const countLabel = (value: unknown) => (typeof value === 'number' ? formatNumber(value, language) : '—');
  const tooltip = (formatValue: (value: unknown) => string): ProgressChartOption['tooltip'] => ({
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    formatter: (params) => progressTooltipHtml(params, direction, formatValue),
  });
  const common: ProgressChartOption = {
    textStyle: { fontFamily: style.fontFamily },
    animationDuration: ANIMATION_MS,
    animationDurationUpdate: ANIMATION_MS,
    grid: {
      left: rtl ? LABEL_ROOM_PX : EDGE_PX,
      right: rtl ? EDGE_PX : LABEL_ROOM_PX,
      top: EDGE_PX,
      bottom: mode === 'levels' ? LEGEND_PX : EDGE_PX,
      outerBoundsMode: 'same',
    },
    yAxis: {
      type: 'category',
      inverse: true,
      position: rtl ? 'right' : 'left',
      axisLabel: { width: 180, overflow: 'truncate' },
    },
  };

  if (mode === 'rate') {
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
          name: labels.rate,
          encode: { x: 'rate', y: 'label' },
          itemStyle: { color: style.rateColor },
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
      name: labels.levels[level],
      encode: { x: `level${level}`, y: 'label' },
      itemStyle: { color: style.levelColors[level] },
    })),
  };
}
