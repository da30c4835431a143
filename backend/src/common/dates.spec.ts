import { isIsoDate, latestTodayIso } from './dates';

describe('isIsoDate', () => {
  it.each(['2015-06-20', '2024-02-29', '2000-01-01'])('accepts the calendar date %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['2023-02-29', '2020-13-01', '2020-1-01', '20/06/2015', '2015-06-20T00:00:00Z', '', 20150620, null])(
    'refuses %p',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});

describe('latestTodayIso', () => {
  it('is the date of UTC+14, where the day begins first', () => {
    expect(latestTodayIso(new Date('2026-11-27T09:59:59Z'))).toBe('2026-11-27');
    expect(latestTodayIso(new Date('2026-11-27T10:00:00Z'))).toBe('2026-11-28');
  });
});
