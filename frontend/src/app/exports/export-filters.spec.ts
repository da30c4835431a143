import { convertToParamMap } from '@angular/router';
import { ExportDataset } from '@accord/shared';
import { datasetFromUrl, exportFiltersFromUrl } from './export-filters';

const PILLAR = '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

describe('export filters', () => {
  it('reads the filters the lists put in the URL', () => {
    const params = convertToParamMap({
      pillarId: PILLAR,
      level: '0',
      overdue: 'true',
      sort: 'level',
      state: 'approved',
    });
    expect(exportFiltersFromUrl(params)).toEqual({
      pillarId: PILLAR,
      level: 0,
      overdue: true,
      sort: 'level',
      state: 'approved',
    });
  });

  it('reads values no list offers, and the default sort, as no filter', () => {
    const params = convertToParamMap({ pillarId: 'p2', level: '7', overdue: 'yes', sort: 'reference', state: 'lost' });
    expect(exportFiltersFromUrl(params)).toEqual({});
  });

  it('exports commitments unless the URL names another dataset', () => {
    expect(datasetFromUrl(convertToParamMap({}))).toBe(ExportDataset.Commitments);
    expect(datasetFromUrl(convertToParamMap({ dataset: 'everything' }))).toBe(ExportDataset.Commitments);
    expect(datasetFromUrl(convertToParamMap({ dataset: 'all' }))).toBe(ExportDataset.All);
  });
});
