import { CHART_COLORS, PAM_LEVELS } from '@accord/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('chart colours', () => {
  it('are those of styles.scss, so that printed reports draw the charts as the UI does', () => {
    const styles = readFileSync(join(__dirname, '../../styles.scss'), 'utf8');
    const variable = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(styles)?.[1];
    expect(variable('--acc-chart-rate')).toBe(CHART_COLORS.rateColor);
    expect(PAM_LEVELS.map((level) => variable(`--acc-level-${level}`))).toEqual(CHART_COLORS.levelColors);
  });
});
