import { pamImplementationRate } from './assessment';

describe('pamImplementationRate', () => {
  it('is the sum of scores over three times their number, in percent with one decimal', () => {
    expect(pamImplementationRate([3, 1, 1, 0])).toBe(41.7);
    expect(pamImplementationRate([3, 3])).toBe(100);
    expect(pamImplementationRate([0, 0, 0])).toBe(0);
  });

  it('reproduces the PAM score of Mali 2015 (31.25) from a matching distribution', () => {
    // 16 provisions: 1 full, 2 intermediate, 8 minimal, 5 not initiated -> 15 / 48 = 31.25 %
    const scores = [3, 2, 2, ...Array(8).fill(1), 0, 0, 0, 0, 0];
    expect(pamImplementationRate(scores)).toBe(31.3);
  });

  it('has no rate without provisions', () => {
    expect(pamImplementationRate([])).toBeNull();
  });
});
