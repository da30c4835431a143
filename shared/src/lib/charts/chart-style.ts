/** Which way text runs; charts lay themselves out on the reading side. */
export type TextDirection = 'ltr' | 'rtl';

/** What a chart needs of the page's look: canvas (in the browser) and SVG (on the server) cannot read CSS. */
export interface ChartStyle {
  fontFamily: string;
  rateColor: string;
  /** Indexed by PAM level. */
  levelColors: string[];
}

/**
 * The colours of the implementation rate and of PAM levels 0-3. The UI defines the same ones in
 * styles.scss (`--acc-chart-rate`, `--acc-level-N`, which its level swatches use too; a spec holds them
 * equal); the server draws the charts of printed reports with these.
 */
export const CHART_COLORS: Pick<ChartStyle, 'rateColor' | 'levelColors'> = {
  rateColor: '#356aa0',
  levelColors: ['#d5dbe3', '#9db9d8', '#356aa0', '#173f6b'],
};
