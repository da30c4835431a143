import { convertToParamMap } from '@angular/router';
import { CommitmentSort, OperationalStatus } from '@accord/shared';
import {
  filtersFromUrl,
  lastPageIfPastTheEnd,
  pagingFromUrl,
  toCommitmentQuery,
  toUrlParams,
} from './commitment-filters';

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

  it('keeps filters the list offers, with UUIDs for pillars and parties', () => {
    const pillarId = '6f1c1b4e-3a0d-4c8e-9a57-1e2b3c4d5e6f';
    const params = convertToParamMap({ pillarId, status: 'stalled', level: '3', page: '100000', pageSize: '100' });

    expect(filtersFromUrl(params)).toEqual(
      expect.objectContaining({ pillarId, status: OperationalStatus.Stalled, level: '3' }),
    );
    expect(pagingFromUrl(params)).toEqual({ page: 100000, pageSize: 100 });
  });

  it('reads values the list does not offer as the defaults, rather than sending them to the API', () => {
    const params = convertToParamMap({
      pillarId: 'xyz',
      partyId: "1' OR '1'='1",
      status: 'asleep',
      level: '7',
      page: '100001',
      pageSize: '1000',
      q: 'x'.repeat(250),
    });

    expect(filtersFromUrl(params)).toEqual(
      expect.objectContaining({ pillarId: '', partyId: '', status: '', level: '', q: 'x'.repeat(200) }),
    );
    expect(pagingFromUrl(params)).toEqual({ page: 1, pageSize: 20 });
    expect(pagingFromUrl(convertToParamMap({ page: '2.5', pageSize: '15' }))).toEqual({ page: 1, pageSize: 20 });
  });

  it('finds the last page when a page points past the end of the list', () => {
    expect(lastPageIfPastTheEnd({ page: 9, pageSize: 20 }, 41, 0)).toBe(3);
    expect(lastPageIfPastTheEnd({ page: 3, pageSize: 20 }, 41, 1)).toBeUndefined();
    expect(lastPageIfPastTheEnd({ page: 1, pageSize: 20 }, 0, 0)).toBeUndefined();
  });
});
