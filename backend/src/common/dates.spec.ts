import { latestTodayIso } from './dates';

describe('latestTodayIso', () => {
  it('is the date of UTC+14, where the day begins first', () => {
    expect(latestTodayIso(new Date('2026-11-27T09:59:59Z'))).toBe('2026-11-27');
    expect(latestTodayIso(new Date('2026-11-27T10:00:00Z'))).toBe('2026-11-28');
  });
});
