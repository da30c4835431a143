import { TrendPointDto } from '@accord/shared';
import { TrendChartContext, trendChartOption, trendRows, trendTooltipHtml } from './trend-chart';

const points: TrendPointDto[] = [
  { month: '2015-05', asOf: '2015-05-31', commitments: 2, implementationRate: null, byLevel: [] },
  {
    month: '2015-06',
    asOf: '2015-06-30',
    commitments: 2,
    implementationRate: 16.7,
    byLevel: [
      { level: 0, count: 1 },
      { level: 1, count: 1 },
    ],
  },
];

const context = (direction: 'ltr' | 'rtl', language = 'en'): TrendChartContext => ({
  language,
  direction,
  style: { fontFamily: 'sans-serif', rateColor: '#356aa0', levelColors: ['#0', '#1', '#2', '#3'] },
  labels: { rate: 'Rate <b>', commitments: 'Commitments', levels: ['L0', 'L1', 'L2', 'L3'] },
});

describe('trend chart', () => {
  it('counts 0 for the levels the API has no row for', () => {
    expect(trendRows(points).map((row) => row.levelCounts)).toEqual([
      [0, 0, 0, 0],
      [1, 1, 0, 0],
    ]);
  });

  it('runs time left to right, the value axes on the left, in left-to-right languages', () => {
    const option = trendChartOption(trendRows(points), context('ltr'));

    expect(option.xAxis).toEqual([
      expect.objectContaining({ inverse: false }),
      expect.objectContaining({ inverse: false }),
    ]);
    expect(option.yAxis).toEqual([
      expect.objectContaining({ position: 'left' }),
      expect.objectContaining({ position: 'left' }),
    ]);
  });

  it('mirrors the chart in right-to-left languages', () => {
    const option = trendChartOption(trendRows(points), context('rtl', 'ar'));

    expect(option.xAxis).toEqual([
      expect.objectContaining({ inverse: true }),
      expect.objectContaining({ inverse: true }),
    ]);
    expect(option.yAxis).toEqual([
      expect.objectContaining({ position: 'right' }),
      expect.objectContaining({ position: 'right' }),
    ]);
    expect(option.grid).toEqual([
      expect.objectContaining({ left: 24, right: 56 }),
      expect.objectContaining({ left: 24, right: 56 }),
    ]);
    expect(option.legend).toEqual(expect.objectContaining({ align: 'right' }));
  });

  it('stacks the levels, full at the base, and lists them in order in the legend', () => {
    const option = trendChartOption(trendRows(points), context('ltr'));
    const series = Array.isArray(option.series) ? option.series : [];

    expect(series.map((item) => item.id)).toEqual(['rate', 'level3', 'level2', 'level1', 'level0']);
    expect(option.legend).toEqual(expect.objectContaining({ data: ['Rate <b>', 'L0', 'L1', 'L2', 'L3'] }));
  });

  it('gives every figure of the month in the tooltip, formatted for the language, labels as text', () => {
    const [, june] = trendRows(points);
    const html = trendTooltipHtml(june, context('ltr', 'fr'));

    expect(html).toContain('juin 2015');
    expect(html).toContain('16,7');
    expect(html).toContain('Rate &#60;b&#62;');
    expect(html).not.toContain('<b>');
    expect(html).toContain('dir="ltr"');
    expect(trendTooltipHtml(june, context('rtl', 'ar'))).toContain('dir="rtl"');
  });

  it('shows a dash in the tooltip for a month without a rate', () => {
    const [may] = trendRows(points);

    expect(trendTooltipHtml(may, context('ltr'))).toContain('—');
  });
});
