import { neutralised } from './spreadsheet-text';

describe('neutralised', () => {
  it.each(['=1+1', '+33 1', '-2 points', '@SUM(A1)', '\t=1', '\r=1'])('puts an apostrophe before %j', (text) => {
    expect(neutralised(text)).toBe(`'${text}`);
  });

  it.each(['Law adopted', "'quoted", ' =1', '1-2', ''])('leaves %j as it is', (text) => {
    expect(neutralised(text)).toBe(text);
  });
});
