import {
  ChartStyle,
  escapeHtml,
  formatNumber,
  formatRate,
  PAM_LEVELS,
  TextDirection,
  TrendPointDto,
} from '@accord/shared';
import type { LineSeriesOption } from 'echarts/charts';
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { formatMonth } from './month.pipe';

export type TrendChartOption = ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | DataZoomComponentOption
>;

/** One month of the trend, with a count for every PAM level (0 where the API has no row for it). */
export interface TrendRow {
  month: string;
  rate: number | null;
  /** Indexed by PAM level. */
  levelCounts: number[];
}

export interface TrendChartContext {
  language: string;
  direction: TextDirection;
  style: ChartStyle;
  labels: {
    rate: string;
    commitments: string;
    /** Indexed by PAM level. */
    levels: string[];
  };
}

/** The chart's height: the rate above, the levels below, the zoom slider under both. */
export const TREND_CHART_HEIGHT_PX = 480;
const LEGEND_PX = 28;
const RATE_TOP_PX = 64;
const PLOT_HEIGHT_PX = 150;
const LEVELS_TOP_PX = 260;
const SLIDER_HEIGHT_PX = 24;
const SLIDER_BOTTOM_PX = 8;
/** Room for the value axis labels, on the side the axis sits; both plots keep the same, so months line up. */
const AXIS_SIDE_PX = 56;
const FAR_SIDE_PX = 24;
const ANIMATION_MS = 300;

export function trendRows(points: readonly TrendPointDto[]): TrendRow[] {
  return points.map((point) => ({
    month: point.month,
    rate: point.implementationRate,
    levelCounts: PAM_LEVELS.map((level) => point.byLevel.find((count) => count.level === level)?.count ?? 0),
  }));
}

/**
 * The tooltip of one month: every figure of that month, whichever plot the pointer is over, laid out in
 * the reading direction (ECharts lays out its own tooltips left to right).
 */
export function trendTooltipHtml(row: TrendRow, context: TrendChartContext): string {
  const { language, direction, style, labels } = context;
  const line = (color: string, name: string, value: string) =>
    '<div style="display:flex;justify-content:space-between;align-items:center;gap:1.5em">' +
    '<span><span style="display:inline-block;width:10px;height:10px;border-radius:5px;margin-inline-end:6px;' +
    `background-color:${escapeHtml(color)}"></span>${escapeHtml(name)}</span>` +
    `<strong>${escapeHtml(value)}</strong></div>`;
  const rows = [
    line(style.rateColor, labels.rate, row.rate === null ? '—' : formatRate(row.rate, language)),
    ...PAM_LEVELS.map((level) =>
      line(style.levelColors[level], labels.levels[level], formatNumber(row.levelCounts[level], language)),
    ),
  ];
  return (
    `<div dir="${direction}" style="text-align:start">` +
    `<div>${escapeHtml(formatMonth(row.month, language))}</div>${rows.join('')}</div>`
  );
}

/**
 * Two plots over the same months: the PAM implementation rate (a line), and the commitments at each level
 * (stacked areas, full at the base so progress reads as a rising band). One slider zooms both.
 */
export function trendChartOption(rows: readonly TrendRow[], context: TrendChartContext): TrendChartOption {
  const { language, direction, style, labels } = context;
  const rtl = direction === 'rtl';
  const months = rows.map((row) => row.month);
  // ECharts does not mirror itself: in right-to-left languages time runs leftwards, the value axes sit on
  // the right, and the room for their labels moves with them.
  const grid = (top: number): GridComponentOption => ({
    top,
    height: PLOT_HEIGHT_PX,
    left: rtl ? FAR_SIDE_PX : AXIS_SIDE_PX,
    right: rtl ? AXIS_SIDE_PX : FAR_SIDE_PX,
    outerBoundsMode: 'none',
  });
  const monthAxis = (gridIndex: number, showLabels: boolean) => ({
    type: 'category' as const,
    gridIndex,
    data: months,
    boundaryGap: false,
    inverse: rtl,
    axisTick: { show: showLabels },
    axisLabel: { show: showLabels, formatter: (month: string) => formatMonth(month, language, 'short') },
  });
  const valueAxis = (gridIndex: number, name: string) => ({
    type: 'value' as const,
    gridIndex,
    name,
    nameGap: 16,
    nameTextStyle: { align: rtl ? ('right' as const) : ('left' as const) },
    position: rtl ? ('right' as const) : ('left' as const),
  });
  const levelSeries = [...PAM_LEVELS].reverse().map(
    (level): LineSeriesOption => ({
      id: `level${level}`,
      type: 'line',
      name: labels.levels[level],
      xAxisIndex: 1,
      yAxisIndex: 1,
      stack: 'levels',
      areaStyle: { opacity: 0.9 },
      lineStyle: { width: 1 },
      showSymbol: false,
      itemStyle: { color: style.levelColors[level] },
      data: rows.map((row) => row.levelCounts[level]),
    }),
  );

  return {
    textStyle: { fontFamily: style.fontFamily },
    animationDuration: ANIMATION_MS,
    animationDurationUpdate: ANIMATION_MS,
    legend: {
      top: 0,
      height: LEGEND_PX,
      align: rtl ? 'right' : 'auto',
      data: [labels.rate, ...PAM_LEVELS.map((level) => labels.levels[level])],
    },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const row = first ? rows[first.dataIndex] : undefined;
        return row ? trendTooltipHtml(row, context) : '';
      },
    },
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    grid: [grid(RATE_TOP_PX), grid(LEVELS_TOP_PX)],
    xAxis: [monthAxis(0, false), monthAxis(1, true)],
    yAxis: [
      {
        ...valueAxis(0, labels.rate),
        min: 0,
        max: 100,
        interval: 25,
        axisLabel: { formatter: (value: number) => formatRate(value, language, 0) },
      },
      {
        ...valueAxis(1, labels.commitments),
        minInterval: 1,
        axisLabel: { formatter: (value: number) => formatNumber(value, language) },
      },
    ],
    dataZoom: [
      {
        type: 'slider',
        xAxisIndex: [0, 1],
        bottom: SLIDER_BOTTOM_PX,
        height: SLIDER_HEIGHT_PX,
        brushSelect: false,
        labelFormatter: (_index: number, month: string) => formatMonth(month, language, 'short'),
      },
    ],
    series: [
      {
        id: 'rate',
        type: 'line',
        name: labels.rate,
        xAxisIndex: 0,
        yAxisIndex: 0,
        showSymbol: false,
        lineStyle: { width: 2 },
        itemStyle: { color: style.rateColor },
        data: rows.map((row) => row.rate),
      },
      ...levelSeries,
    ],
  };
}
