import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { DdrSeries, DdrStage, DdrStageFigure } from '../indicators';
import type { ChartStyle, TextDirection } from './chart-style';
import { formatNumber } from './number-format';

export type DdrChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

export interface DdrChartContext {
  language: string;
  direction: TextDirection;
  style: ChartStyle;
  labels: { stage: (stage: DdrStage) => string; total: string; target: string };
}

/** Room for the stage names beside the bars, on the reading side. */
const STAGE_LABELS_PX = 120;
const EDGE_PX = 24;
const LEGEND_PX = 32;
const ANIMATION_MS = 300;

/**
 * The DDR chain as a funnel against its targets: one row per measured stage, in the chain's order from
 * the top, its current total as a bar and its target as a pale bar behind it.
 */
export function ddrChainOption(stages: readonly DdrStageFigure[], context: DdrChartContext): DdrChartOption {
  const { language, direction, style, labels } = context;
  const rtl = direction === 'rtl';
  const measured = stages.filter((stage) => stage.indicatorId !== null);
  const value = (figure: number | null) => figure ?? undefined;
  return {
    textStyle: { fontFamily: style.fontFamily },
    animationDuration: ANIMATION_MS,
    legend: { top: 0, align: rtl ? 'right' : 'auto', data: [labels.total, labels.target] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (figure) => (typeof figure === 'number' ? formatNumber(figure, language) : '—'),
    },
    grid: {
      top: LEGEND_PX,
      bottom: EDGE_PX,
      left: rtl ? EDGE_PX : STAGE_LABELS_PX,
      right: rtl ? STAGE_LABELS_PX : EDGE_PX,
      outerBoundsMode: 'none',
    },
    xAxis: {
      type: 'value',
      inverse: rtl,
      axisLabel: { formatter: (figure: number) => formatNumber(figure, language) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      position: rtl ? 'right' : 'left',
      data: measured.map((stage) => labels.stage(stage.stage)),
    },
    series: [
      {
        type: 'bar',
        name: labels.target,
        barGap: '-100%',
        itemStyle: { color: style.levelColors[0] },
        data: measured.map((stage) => value(stage.target)),
      },
      {
        type: 'bar',
        name: labels.total,
        itemStyle: { color: style.rateColor },
        label: {
          show: true,
          position: rtl ? 'left' : 'right',
          formatter: (params) => (typeof params.value === 'number' ? formatNumber(params.value, language) : ''),
        },
        data: measured.map((stage) => value(stage.total)),
      },
    ],
  };
}

/** Each measured stage over time: one line per stage, stepping on the day each value describes. */
export function ddrHistoryOption(series: readonly DdrSeries[], context: DdrChartContext): DdrChartOption {
  const { language, direction, style, labels } = context;
  const rtl = direction === 'rtl';
  const colors = [...style.levelColors].reverse();
  return {
    textStyle: { fontFamily: style.fontFamily },
    animationDuration: ANIMATION_MS,
    legend: { top: 0, align: rtl ? 'right' : 'auto' },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (figure) => (typeof figure === 'number' ? formatNumber(figure, language) : '—'),
    },
    grid: { top: LEGEND_PX, bottom: EDGE_PX, left: EDGE_PX, right: EDGE_PX },
    xAxis: { type: 'time', inverse: rtl },
    yAxis: {
      type: 'value',
      position: rtl ? 'right' : 'left',
      axisLabel: { formatter: (figure: number) => formatNumber(figure, language) },
    },
    series: series.map(
      (stageSeries, index): LineSeriesOption => ({
        type: 'line',
        name: labels.stage(stageSeries.stage),
        step: 'end',
        symbolSize: 8,
        itemStyle: { color: colors[index % colors.length] },
        data: stageSeries.points.map((point) => [point.asOf, point.total]),
      }),
    ),
  };
}
