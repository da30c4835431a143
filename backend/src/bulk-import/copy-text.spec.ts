import { copyLine } from './copy-text';

describe('copyLine', () => {
  it('writes null as \\N, booleans as t/f, numbers as written and lists as JSON, tab-separated', () => {
    expect(copyLine([3, null, true, false, 2.5, ['GOV', 'CMA'], { url: 'https://example.org' }])).toBe(
      '3\t\\N\tt\tf\t2.5\t["GOV","CMA"]\t{"url":"https://example.org"}\n',
    );
  });

  it('escapes the characters that would end a value or a line', () => {
    expect(copyLine(['a\tb\nc\rd\\e'])).toBe('a\\tb\\nc\\rd\\\\e\n');
    expect(copyLine([{ note: 'back\\slash' }])).toBe('{"note":"back\\\\\\\\slash"}\n');
  });
});
