import type { MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GeoComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { DdrStage } from '../indicators';
import { AgreementMapDto, MapAreaDto, SiteDto, SiteKind, SiteState } from '../places';
import type { ChartStyle, TextDirection } from './chart-style';
import { escapeHtml } from './escape-html';
import { formatNumber, formatRate } from './number-format';

export type MapChartOption = ComposeOption<
  MapSeriesOption | ScatterSeriesOption | GeoComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

/** What the shapes are coloured by: the PAM rate of their milestones, their overdue milestones, or a DDR stage. */
export type MapMetric = 'rate' | 'overdue' | DdrStage;

export function areaValue(area: MapAreaDto, metric: MapMetric): number | null {
  if (metric === 'rate') return area.implementationRate;
  if (metric === 'overdue') return area.milestones ? area.overdue : null;
  return area.ddr.find((figure) => figure.stage === metric)?.total ?? null;
}

/** The names of the regions drawn in a shape, e.g. "Gao · Ménaka". */
export function areaName(area: MapAreaDto): string {
  return area.regions.map((region) => region.name).join(' · ');
}

export function formatMetric(metric: MapMetric, value: number | null, language: string): string {
  if (value === null) return '—';
  return metric === 'rate' ? formatRate(value, language) : formatNumber(value, language);
}

/** Sites that the sources place, as points; the others are only in the table. */
export function locatedSites(sites: readonly SiteDto[]): (SiteDto & { latitude: number; longitude: number })[] {
  return sites.filter(
    (site): site is SiteDto & { latitude: number; longitude: number } =>
      site.latitude !== null && site.longitude !== null,
  );
}

/** Working, being readied, stopped, or not yet started. */
const STATE_COLORS: Record<SiteState, string> = {
  [SiteState.Planned]: '#6b7280',
  [SiteState.UnderConstruction]: '#b45309',
  [SiteState.Ready]: '#b45309',
  [SiteState.Operational]: '#15803d',
  [SiteState.Suspended]: '#b91c1c',
  [SiteState.Closed]: '#b91c1c',
};
const NO_STATE_COLOR = '#6b7280';
const SITE_SYMBOLS: Record<SiteKind, string> = {
  [SiteKind.CantonmentSite]: 'circle',
  [SiteKind.MocCamp]: 'triangle',
};
const SITE_SYMBOL_PX = 14;
const NO_DATA_COLOR = '#eef1f5';
const LOW_COLOR = '#dbe6f3';
const EDGE_PX = 12;

export interface MapChartContext {
  /** The name the boundary file was registered under. */
  mapName: string;
  language: string;
  direction: TextDirection;
  style: ChartStyle;
  labels: {
    metric: string;
    kind: (kind: SiteKind) => string;
    state: (state: SiteState | null) => string;
  };
}

/**
 * The choropleth (one shape per feature of the boundary file, coloured by the metric; shapes without a
 * figure stay pale) with the located sites on top, their symbol by kind and their colour by state.
 * Geography does not mirror in right-to-left languages; the legend moves to the reading side.
 */
export function mapChartOption(map: AgreementMapDto, metric: MapMetric, context: MapChartContext): MapChartOption {
  const { mapName, language, direction, style, labels } = context;
  const rtl = direction === 'rtl';
  const areas = new Map(map.areas.map((area) => [area.feature, area]));
  const values = map.areas.map((area) => areaValue(area, metric)).filter((value): value is number => value !== null);
  const max = metric === 'rate' ? 100 : Math.max(1, ...values);
  const line = (name: string, value: string) =>
    '<div style="display:flex;justify-content:space-between;gap:1.5em">' +
    `<span>${escapeHtml(name)}</span><strong>${escapeHtml(value)}</strong></div>`;
  const tooltip = (heading: string, rows: string[]) =>
    `<div dir="${direction}" style="text-align:start"><div>${escapeHtml(heading)}</div>${rows.join('')}</div>`;
  const sites = locatedSites(map.sites);

  return {
    textStyle: { fontFamily: style.fontFamily },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        if (!item) return '';
        if (item.seriesType === 'scatter') {
          const site = sites[item.dataIndex];
          return tooltip(site.name, [line(labels.kind(site.kind), labels.state(site.state))]);
        }
        const area = areas.get(item.name);
        return area
          ? tooltip(areaName(area), [line(labels.metric, formatMetric(metric, areaValue(area, metric), language))])
          : '';
      },
    },
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      min: 0,
      max,
      calculable: false,
      orient: 'vertical',
      bottom: EDGE_PX,
      ...(rtl ? { right: EDGE_PX } : { left: EDGE_PX }),
      text: [formatMetric(metric, max, language), formatMetric(metric, 0, language)],
      inRange: { color: [LOW_COLOR, style.rateColor] },
      outOfRange: { color: NO_DATA_COLOR },
    },
    geo: {
      map: mapName,
      nameProperty: 'iso_3166_2',
      roam: true,
      layoutCenter: ['50%', '50%'],
      layoutSize: '95%',
      scaleLimit: { min: 1, max: 8 },
      itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#ffffff', borderWidth: 1 },
      emphasis: { itemStyle: { areaColor: '#f5d76e' }, label: { show: true } },
      label: {
        show: true,
        fontSize: 11,
        formatter: (params: { name: string }) => {
          const area = areas.get(params.name);
          return area ? areaName(area) : '';
        },
      },
    },
    series: [
      {
        type: 'map',
        geoIndex: 0,
        data: map.areas.map((area) => ({ name: area.feature, value: areaValue(area, metric) ?? undefined })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: SITE_SYMBOL_PX,
        itemStyle: { borderColor: '#ffffff', borderWidth: 1.5 },
        data: sites.map((site) => ({
          name: site.name,
          value: [site.longitude, site.latitude],
          symbol: SITE_SYMBOLS[site.kind],
          itemStyle: { color: site.state ? STATE_COLORS[site.state] : NO_STATE_COLOR },
        })),
      },
    ],
  };
}
