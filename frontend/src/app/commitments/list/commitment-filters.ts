import { Params, ParamMap } from '@angular/router';
import { CommitmentQuery, CommitmentSort, OperationalStatus } from '@accord/shared';

/** The filters as the form holds them: '' means "any". */
export interface CommitmentFilters {
  pillarId: string;
  partyId: string;
  status: OperationalStatus | 'none' | '';
  level: string;
  overdue: boolean;
  q: string;
  sort: CommitmentSort;
}

export interface Paging {
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;
const SORTS: readonly string[] = Object.values(CommitmentSort);

/** Filters and paging live in the URL, so a filtered list can be bookmarked and shared. */
export function filtersFromUrl(params: ParamMap): CommitmentFilters {
  const sort = params.get('sort') ?? '';
  return {
    pillarId: params.get('pillarId') ?? '',
    partyId: params.get('partyId') ?? '',
    status: (params.get('status') ?? '') as CommitmentFilters['status'],
    level: params.get('level') ?? '',
    overdue: params.get('overdue') === 'true',
    q: params.get('q') ?? '',
    sort: SORTS.includes(sort) ? (sort as CommitmentSort) : CommitmentSort.Reference,
  };
}

export function pagingFromUrl(params: ParamMap): Paging {
  const positive = (name: string) => {
    const value = Number(params.get(name));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  return { page: positive('page') ?? 1, pageSize: positive('pageSize') ?? DEFAULT_PAGE_SIZE };
}

/** Query parameters for the URL; defaults are left out (null removes them) to keep links short. */
export function toUrlParams(filters: CommitmentFilters, paging: Paging): Params {
  return {
    pillarId: filters.pillarId || null,
    partyId: filters.partyId || null,
    status: filters.status || null,
    level: filters.level || null,
    overdue: filters.overdue || null,
    q: filters.q.trim() || null,
    sort: filters.sort === CommitmentSort.Reference ? null : filters.sort,
    page: paging.page === 1 ? null : paging.page,
    pageSize: paging.pageSize === DEFAULT_PAGE_SIZE ? null : paging.pageSize,
  };
}

export function toCommitmentQuery(filters: CommitmentFilters, paging: Paging): CommitmentQuery {
  return {
    ...paging,
    pillarId: filters.pillarId || undefined,
    partyId: filters.partyId || undefined,
    status: filters.status || undefined,
    level: filters.level === '' ? undefined : Number(filters.level),
    overdue: filters.overdue || undefined,
    q: filters.q.trim() || undefined,
    sort: filters.sort,
  };
}
