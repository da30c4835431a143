import { isIsoMonth, monthsBetween } from './progress';

describe('isIsoMonth', () => {
  it.each(['2015-06', '2000-01', '1000-12'])('accepts the month %s', (value) => {
    expect(isIsoMonth(value)).toBe(true);
  });

  it.each(['2015-13', '2015-00', '2015-6', '0999-12', '2015-06-01', '06/2015', '', 201506, null])(
    'refuses %p',
    (value) => {
      expect(isIsoMonth(value)).toBe(false);
    },
  );
});

describe('monthsBetween', () => {
  it('counts both ends, across years', () => {
    expect(monthsBetween('2016-05', '2016-05')).toBe(1);
    expect(monthsBetween('2015-06', '2017-01')).toBe(20);
    expect(monthsBetween('2000-01', '2020-01')).toBe(241);
    expect(monthsBetween('2017-01', '2016-12')).toBe(0);
  });
});
