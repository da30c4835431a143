import { todayInAgreementZone, todayIso } from './dates';

describe('todayInAgreementZone', () => {
  it("gives today in the agreement's time zone", () => {
    expect(todayInAgreementZone('Asia/Kabul', new Date('2026-11-27T22:30:00Z'))).toBe('2026-11-28');
  });

  it("falls back to the user's calendar for an unknown or missing zone", () => {
    const now = new Date();

    expect(todayInAgreementZone('Not/AZone', now)).toBe(todayIso(now));
    expect(todayInAgreementZone(undefined, now)).toBe(todayIso(now));
  });
});
