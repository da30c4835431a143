import { cellsTotal, IndicatorDimension, indicatorValueErrors, Sex } from './indicators';

const bySexAndGroup = [IndicatorDimension.Sex, IndicatorDimension.ArmedGroup];

describe('indicator values', () => {
  it('accepts a total alone, cells alone, or cells that add up to the total', () => {
    expect(indicatorValueErrors(bySexAndGroup, { total: 1500 })).toEqual({});
    const cells = [
      { sex: Sex.Male, armedGroup: 'CMA', value: 700 },
      { sex: Sex.Male, armedGroup: 'Platform', value: 650 },
      { sex: Sex.Female, armedGroup: 'CMA', value: 150 },
    ];
    expect(indicatorValueErrors(bySexAndGroup, { cells })).toEqual({});
    expect(indicatorValueErrors(bySexAndGroup, { total: 1500, cells })).toEqual({});
    expect(cellsTotal(cells)).toBe(1500);
  });

  it('names cells that do not add up to the total', () => {
    expect(indicatorValueErrors(bySexAndGroup, { total: 1500, cells: [{ sex: Sex.Male, value: 1499 }] })).toEqual({
      cells: 'cellsDoNotAddUp',
    });
  });

  it('refuses a value with neither total nor cells', () => {
    expect(indicatorValueErrors(bySexAndGroup, { cells: [] })).toEqual({ total: 'totalOrCellsRequired' });
  });

  it('refuses a cell split by a dimension the indicator does not have, and a combination given twice', () => {
    expect(
      indicatorValueErrors(bySexAndGroup, {
        cells: [
          { region: 'Gao', value: 1 },
          { sex: Sex.Male, value: 2 },
          { sex: Sex.Male, value: 3 },
        ],
      }),
    ).toEqual({ 'cells.0': 'dimensionNotOfIndicator', 'cells.2': 'duplicateCell' });
  });

  it('compares sums to the cent, so that decimal figures add up', () => {
    expect(
      indicatorValueErrors([IndicatorDimension.Region], {
        total: 0.3,
        cells: [
          { region: 'Gao', value: 0.1 },
          { region: 'Kidal', value: 0.2 },
        ],
      }),
    ).toEqual({});
  });
});
