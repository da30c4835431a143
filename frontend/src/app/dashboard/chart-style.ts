import { ChartStyle, PAM_LEVELS } from '@accord/shared';

/**
 * Canvas charts cannot use CSS, so they read the page's font and the colours defined once in
 * styles.scss (the same ones the level swatches use).
 */
export function readChartStyle(document: Document): ChartStyle {
  const style = getComputedStyle(document.documentElement);
  const variable = (name: string) => style.getPropertyValue(name).trim();
  return {
    fontFamily: getComputedStyle(document.body).fontFamily || 'sans-serif',
    rateColor: variable('--acc-chart-rate'),
    levelColors: PAM_LEVELS.map((level) => variable(`--acc-level-${level}`)),
  };
}
