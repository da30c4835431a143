import { formatNumber, formatRate, rateParts } from './number-format';

describe('localized numbers', () => {
  it('sets the rate apart from its percent sign, the way each language writes it', () => {
    expect(rateParts(31.25, 'en')).toEqual({ before: '', number: '31.3', after: '%' });
    // French puts a (no-break) space before the sign; which space depends on the ICU version.
    expect(rateParts(31.25, 'fr')).toEqual({ before: '', number: '31,3', after: expect.stringMatching(/^\s%$/) });
    expect(rateParts(31.25, 'tr')).toEqual({ before: '%', number: '31,3', after: '' });
  });

  it('writes counts with the grouping of the language', () => {
    expect(formatNumber(1300, 'en')).toBe('1,300');
    expect(formatNumber(1300, 'fr')).toMatch(/^1\s300$/);
  });

  it('writes a 0-100 rate as a percentage with one decimal unless told otherwise', () => {
    expect(formatRate(33.333, 'en')).toBe('33.3%');
    expect(formatRate(50, 'en', 0)).toBe('50%');
    expect(formatRate(8.7, 'fr')).toMatch(/^8,7\s%$/);
  });
});
