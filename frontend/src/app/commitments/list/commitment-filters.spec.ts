import { convertToParamMap } from '@angular/router';
import { CommitmentSort, OperationalStatus } from '@accord/shared';
import { filtersFromUrl, pagingFromUrl, toCommitmentQuery, toUrlParams } from './commitment-filters';

describe('commitment filters', () => {
  it('reads an empty URL as no filter, first page, sorted by reference', () => {
    const params = convertToParamMap({});

    expect(toCommitmentQuery(filtersFromUrl(params), pagingFromUrl(params))).toEqual({
      page: 1,
      pageSize: 20,
      sort: CommitmentSort.Reference,
    });
  });

  it('keeps level 0 and the "none" status, which are filters and not blanks', () => {
    const params = convertToParamMap({ level: '0', status: 'none', overdue: 'true', q: ' DDR ', page: '3' });

    expect(toCommitmentQuery(filtersFromUrl(params), pagingFromUrl(params))).toEqual({
      page: 3,
      pageSize: 20,
      level: 0,
      status: 'none',
      overdue: true,
      q: 'DDR',
      sort: CommitmentSort.Reference,
    });
  });

  it('writes only what differs from the defaults into the URL', () => {
    const filters = { ...filtersFromUrl(convertToParamMap({})), status: OperationalStatus.Stalled };

    const params = toUrlParams(filters, { page: 1, pageSize: 20 });

    expect(Object.entries(params).filter(([, value]) => value !== null)).toEqual([['status', 'stalled']]);
  });

  it('ignores a sort or page it does not know', () => {
    const params = convertToParamMap({ sort: 'colour', page: '-2', pageSize: 'many' });

    expect(filtersFromUrl(params).sort).toBe(CommitmentSort.Reference);
    expect(pagingFromUrl(params)).toEqual({ page: 1, pageSize: 20 });
  });
});
