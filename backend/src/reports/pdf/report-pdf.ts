import {
  CHART_COLORS,
  ChartStyle,
  ddrChainOption,
  mapChartOption,
  PAM_LEVELS,
  progressChartHeight,
  progressChartOption,
  ProgressGroup,
  progressRows,
  ReportDetailDto,
  ReportLanguage,
  TextDirection,
} from '@accord/shared';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createHash } from 'node:crypto';
import pdfmake from 'pdfmake';
import robotoFonts from 'pdfmake/fonts/Roboto';
import type { AppConfig } from '../../config/app-config';
import { PublicAssets } from './public-assets';
import { chartSvg, registerBoundaries } from './report-charts';
import { CONTENT_WIDTH_PT, printable, ReportCharts, reportDocument } from './report-document';
import { reportLabels, Translate } from './report-labels';

// Roboto, as shipped with pdfmake (Apache License 2.0): Latin with French accents, œ and ≥, Greek and
// Cyrillic; no Arabic. The document may read these font files and nothing else, local or remote.
const FONT_FILES = new Set(Object.values(robotoFonts.Roboto));
pdfmake.setFonts(robotoFonts);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => FONT_FILES.has(path));

/** The charts are drawn in points of the page: SVG pixels map one to one onto them. */
const STYLE: ChartStyle = { fontFamily: 'Roboto', ...CHART_COLORS };
const DIRECTION: TextDirection = 'ltr';
const MAP_HEIGHT = 440;
const DDR_ROW_HEIGHT = 44;
const DDR_PADDING = 72;
const BOUNDARY_NAME = /^[a-z0-9][a-z0-9-]*$/;
/** Raise it when a change of this code changes the printed page: reports printed and kept before are printed again. */
const LAYOUT_EDITION = 1;

/**
 * Prints a report: its figures as they were stored, its labels in its language, its charts drawn from the
 * UI's own chart options. Nothing but the stored report goes in, so printing it again gives the same file.
 */
@Injectable()
export class ReportPdf {
  private readonly assets: PublicAssets;
  private readonly editions = new Map<ReportLanguage, string>();

  constructor(config: ConfigService<AppConfig, true>) {
    this.assets = new PublicAssets(config.get('ACCORD_STATIC_DIR', { infer: true }));
  }

  /**
   * What decides the file besides the report: the layout and the labels of `language`. A printed report
   * kept under another edition is printed again (see PrintedReports).
   */
  edition(language: ReportLanguage): string {
    let edition = this.editions.get(language);
    if (!edition) {
      const labels = JSON.stringify(this.assets.json(`i18n/${language}.json`));
      edition = createHash('sha256').update(`${LAYOUT_EDITION}\n${labels}`).digest('hex');
      this.editions.set(language, edition);
    }
    return edition;
  }

  render(report: ReportDetailDto): Promise<Buffer> {
    const t = reportLabels(this.assets, report.language);
    return pdfmake.createPdf(reportDocument(report, this.charts(report, t), t)).getBuffer();
  }

  private charts(report: ReportDetailDto, t: Translate): ReportCharts {
    const { figures, language } = report;
    const context = { language, direction: DIRECTION, style: STYLE };
    const progress = (groups: ProgressGroup[]) => {
      const rows = progressRows(groups);
      const labels = { rate: t('dashboard.rate'), levels: PAM_LEVELS.map((level) => t(`pam.${level}`)) };
      return this.svg(progressChartOption(rows, 'rate', { ...context, labels }), progressChartHeight(rows.length));
    };
    const measured = figures.ddr.filter((stage) => stage.indicatorId !== null).length;
    const ddrLabels = {
      stage: (stage: string) => t(`ddr.stage.${stage}`),
      total: t('ddr.total'),
      target: t('ddr.target'),
    };
    return {
      byPillar: progress(figures.byPillar),
      byParty: progress(figures.byParty),
      map: this.mapSvg(report, t),
      ddr: measured
        ? this.svg(
            ddrChainOption(figures.ddr, { ...context, labels: ddrLabels }),
            measured * DDR_ROW_HEIGHT + DDR_PADDING,
          )
        : null,
    };
  }

  /** The choropleth of the PAM rate by region with the sites, when a boundary file ships for the country. */
  private mapSvg(report: ReportDetailDto, t: Translate): string | null {
    const { boundaryMap } = report.figures.map;
    if (!boundaryMap || !BOUNDARY_NAME.test(boundaryMap)) return null;
    registerBoundaries(boundaryMap, this.assets.json(`maps/${boundaryMap}.geojson`));
    const map = { agreementId: report.agreementId, asOf: report.asOf, ...report.figures.map };
    const option = mapChartOption(map, 'rate', {
      mapName: boundaryMap,
      language: report.language,
      direction: DIRECTION,
      style: STYLE,
      labels: {
        metric: t('map.metric.rate'),
        kind: (kind) => t(`sites.kind.${kind}`),
        state: (state) => t(`sites.state.${state ?? 'none'}`),
      },
    });
    return this.svg(option, MAP_HEIGHT);
  }

  private svg(option: object, height: number): string {
    return printable(chartSvg(option, CONTENT_WIDTH_PT, height));
  }
}
