import { isIsoDate, todayIn } from './dates';

describe('isIsoDate', () => {
  it.each(['2015-06-20', '2024-02-29', '2000-01-01', '1000-01-01'])('accepts the calendar day %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    '2023-02-29',
    '2020-13-01',
    '2020-1-01',
    '0999-12-31',
    '0000-01-01',
    '20231-01-01',
    '20/06/2015',
    '2015-06-20T00:00:00Z',
    'today',
    '',
    20150620,
    null,
    undefined,
  ])('refuses %p', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('todayIn', () => {
  it("gives today in an agreement's time zone, which may already be tomorrow or still yesterday", () => {
    const lateEvening = new Date('2026-11-27T22:30:00Z');
    expect(todayIn('Africa/Bamako', lateEvening)).toBe('2026-11-27');
    expect(todayIn('Asia/Kabul', lateEvening)).toBe('2026-11-28');
    expect(todayIn('America/Bogota', new Date('2026-11-28T02:00:00Z'))).toBe('2026-11-27');
  });

  it('refuses a zone it does not know', () => {
    expect(() => todayIn('Not/AZone')).toThrow(RangeError);
  });
});
