import { formatImportCells, parseImportCells } from './bulk-import';
import { AgeGroup, Sex } from './indicators';

describe('cells of an imported indicator value', () => {
  it('reads each cell as its dimension:key pairs and its value, cells separated by semicolons', () => {
    expect(parseImportCells('sex:male armedGroup:CMA = 450; sex:female armedGroup:CMA=50.5;')).toEqual([
      { sex: Sex.Male, armedGroup: 'CMA', value: 450 },
      { sex: Sex.Female, armedGroup: 'CMA', value: 50.5 },
    ]);
    expect(parseImportCells('region:ML-6 = 12')).toEqual([{ region: 'ML-6', value: 12 }]);
    expect(parseImportCells('')).toEqual([]);
  });

  it('leaves the value of a cell to the rules of the API (a negative one is read, then refused there)', () => {
    expect(parseImportCells('sex:male = -3')).toEqual([{ sex: Sex.Male, value: -3 }]);
  });

  it('refuses text that is not in that form', () => {
    for (const text of [
      'male = 4', // no dimension
      'gender:male = 4', // not a dimension
      'sex:male', // no value
      'sex:male = four',
      'sex:male sex:female = 4', // a dimension twice
      'sex: = 4',
      'sex:male:x = 4',
    ]) {
      expect({ text, cells: parseImportCells(text) }).toEqual({ text, cells: null });
    }
  });

  it('writes cells in the form it reads', () => {
    const cells = [
      { sex: Sex.Female, ageGroup: AgeGroup.Child, value: 3 },
      { armedGroup: 'GOV', region: 'XT-N', value: 7 },
    ];
    expect(formatImportCells(cells)).toBe('sex:female ageGroup:child = 3; armedGroup:GOV region:XT-N = 7');
    expect(parseImportCells(formatImportCells(cells))).toEqual(cells);
  });
});
