import { Params, ParamMap } from '@angular/router';
import { CommitmentQuery, CommitmentSort, OPERATIONAL_STATUSES, OperationalStatus, PAM_LEVELS } from '@accord/shared';
import { isUuid } from '../../core/ids';

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

// The API's limits (CommitmentQueryDto): anything beyond them would only earn a 400.
export const PAGE_SIZES = [10, 20, 50, 100];
export const SEARCH_MAX_LENGTH = 200;
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE = 100_000;
const SORTS: readonly string[] = Object.values(CommitmentSort);
const STATUSES: readonly string[] = [...OPERATIONAL_STATUSES, 'none'];
const LEVELS: readonly string[] = PAM_LEVELS.map(String);

/**
 * Filters and paging live in the URL, so a filtered list can be bookmarked and shared. A value the
 * list does not offer (an edited or truncated link) reads as the default rather than as an error.
 */
export function filtersFromUrl(params: ParamMap): CommitmentFilters {
  const oneOf = (name: string, allowed: readonly string[]) => {
    const value = params.get(name) ?? '';
    return allowed.includes(value) ? value : '';
  };
  const id = (name: string) => {
    const value = params.get(name);
    return isUuid(value) ? value : '';
  };
  const sort = oneOf('sort', SORTS);
  return {
    pillarId: id('pillarId'),
    partyId: id('partyId'),
    status: oneOf('status', STATUSES) as CommitmentFilters['status'],
    level: oneOf('level', LEVELS),
    overdue: params.get('overdue') === 'true',
    q: (params.get('q') ?? '').slice(0, SEARCH_MAX_LENGTH),
    sort: sort ? (sort as CommitmentSort) : CommitmentSort.Reference,
  };
}

export function pagingFromUrl(params: ParamMap): Paging {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
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

/** The last page that has items, when `paging` points past it; undefined when the page is fine. */
export function lastPageIfPastTheEnd(paging: Paging, total: number, itemsShown: number): number | undefined {
  if (itemsShown > 0 || total <= 0) return undefined;
  const lastPage = Math.min(Math.ceil(total / paging.pageSize), MAX_PAGE);
  return paging.page > lastPage ? lastPage : undefined;
}
