import { commitmentLevel, PamLevel, pamImplementationRate } from './assessment';

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

describe('commitmentLevel', () => {
  it('is not initiated while no milestone has moved', () => {
    expect(commitmentLevel([])).toBe(PamLevel.NotInitiated);
    expect(commitmentLevel([0, 0])).toBe(PamLevel.NotInitiated);
  });

  it('is full only when every milestone is full', () => {
    expect(commitmentLevel([3, 3, 3])).toBe(PamLevel.Full);
    expect(commitmentLevel([3, 3, 2])).toBe(PamLevel.Intermediate);
  });

  it('is at least minimal once one milestone moved, else the floor of the mean', () => {
    expect(commitmentLevel([1, 0, 0, 0])).toBe(PamLevel.Minimal);
    expect(commitmentLevel([3, 0])).toBe(PamLevel.Minimal);
    expect(commitmentLevel([3, 2, 1])).toBe(PamLevel.Intermediate);
  });

  it('takes fractional scores of other scales mapped onto PAM', () => {
    // "nearly complete" on the Independent Observer's scale maps to 2.5
    expect(commitmentLevel([2.5, 2.5])).toBe(PamLevel.Intermediate);
  });
});
