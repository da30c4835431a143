import { progressTooltipHtml } from '@accord/shared';
import type { TooltipComponentFormatterCallbackParams } from 'echarts';

describe('progress chart tooltip', () => {
  const params = [
    {
      name: 'Defence <b>and</b> security',
      seriesName: 'Implementation rate',
      color: '#356aa0',
      value: ['Defence <b>and</b> security', 16.7],
      encode: { x: [1], y: [0] },
    },
  ] as unknown as TooltipComponentFormatterCallbackParams;

  it('shows the value formatted for the language, and labels from the API as text', () => {
    const html = progressTooltipHtml(params, 'ltr', (value) => `${String(value).replace('.', ',')} %`);

    expect(html).toContain('Defence &#60;b&#62;and&#60;/b&#62; security');
    expect(html).not.toContain('<b>');
    expect(html).toContain('16,7 %');
    expect(html).toContain('dir="ltr"');
  });

  it('lays itself out right to left in right-to-left languages', () => {
    expect(progressTooltipHtml(params, 'rtl', String)).toContain('dir="rtl"');
  });
});
