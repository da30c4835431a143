import * as echarts from 'echarts';

/**
 * Draws a chart as SVG on the server, from the same options as the UI (built in shared/): ECharts renders
 * without a DOM when asked for SVG with `ssr`. Animation is turned off, so the SVG holds the final picture.
 */
export function chartSvg(option: object, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return withoutTextHalos(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/** Registers a boundary file (GeoJSON) under its name once, for map charts to draw. */
export function registerBoundaries(name: string, geoJson: object): void {
  if (!echarts.getMap(name)) echarts.registerMap(name, geoJson as Parameters<typeof echarts.registerMap>[1]);
}

const HALO_ATTRIBUTES = / (?:stroke|stroke-width|stroke-miterlimit|paint-order)="[^"]*"/g;

/**
 * ECharts sets labels off their background with a white outline drawn under the letters (`paint-order`),
 * which the PDF's SVG renderer (svg-to-pdfkit) does not know: it would paint the outline over the letters
 * and hide them. The outline is dropped; the letters stay.
 */
function withoutTextHalos(svg: string): string {
  return svg.replace(/<text\b[^>]*>/g, (tag) =>
    tag.includes('paint-order="stroke"') ? tag.replace(HALO_ATTRIBUTES, '') : tag,
  );
}
