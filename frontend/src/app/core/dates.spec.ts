import { isIsoDate, todayIn, todayIso } from './dates';

describe('dates', () => {
  it("gives today in an agreement's time zone, which may already be tomorrow", () => {
    const lateEvening = new Date('2026-11-27T22:30:00Z');

    expect(todayIn('Africa/Bamako', lateEvening)).toBe('2026-11-27');
    expect(todayIn('Asia/Kabul', lateEvening)).toBe('2026-11-28');
    expect(todayIn('America/Bogota', new Date('2026-11-28T02:00:00Z'))).toBe('2026-11-27');
  });

  it("falls back to the user's calendar for an unknown or missing zone", () => {
    const now = new Date();

    expect(todayIn('Not/AZone', now)).toBe(todayIso(now));
    expect(todayIn(undefined, now)).toBe(todayIso(now));
  });

  it('accepts only whole calendar days from the year 1000', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const value of ['2023-02-29', '0999-12-31', '2023-1-5', '2023-13-01', '20231-01-01', 'today', '', undefined]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });
});
