import { Params, ParamMap } from '@angular/router';
import { CommitmentSort, CreateExportRequest, ExportDataset, ExportFormat, ReviewState } from '@accord/shared';
import {
  CommitmentFilters,
  filtersFromUrl,
  PAGE_SIZES,
  toCommitmentQuery,
  toUrlParams,
} from '../commitments/list/commitment-filters';

/** The filters an export takes from the list it was started from: everything but what and how. */
export type ExportFilters = Omit<CreateExportRequest, 'dataset' | 'format' | 'asOf'>;

const DATASETS: readonly string[] = Object.values(ExportDataset);
const REVIEW_STATES: readonly string[] = Object.values(ReviewState);

/** The dataset in the URL (`dataset`), commitments when there is none or it is not one. */
export function datasetFromUrl(params: ParamMap): ExportDataset {
  const dataset = params.get('dataset') ?? '';
  return DATASETS.includes(dataset) ? (dataset as ExportDataset) : ExportDataset.Commitments;
}

/**
 * The filters in the URL, as the lists put them there (the commitment list's, the review list's state
 * and pillar); a value no list offers reads as no filter. The server applies each to the tables it
 * concerns (see CreateExportRequest).
 */
export function exportFiltersFromUrl(params: ParamMap): ExportFilters {
  const {
    page: _page,
    pageSize: _pageSize,
    sort,
    ...commitmentFilters
  } = toCommitmentQuery(filtersFromUrl(params), { page: 1, pageSize: PAGE_SIZES[0] });
  const state = params.get('state') ?? '';
  const filters: ExportFilters = {
    ...commitmentFilters,
    sort: sort === CommitmentSort.Reference ? undefined : sort,
    state: REVIEW_STATES.includes(state) ? (state as ReviewState) : undefined,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as ExportFilters;
}

/** The query parameters of the exports page opened from the commitment list, with its filters. */
export function exportLinkFromCommitments(filters: CommitmentFilters): Params {
  const { page: _page, pageSize: _pageSize, ...params } = toUrlParams(filters, { page: 1, pageSize: PAGE_SIZES[0] });
  return { dataset: ExportDataset.Commitments, ...params };
}

/** The request of an export of `dataset` as `format`, as known at the end of `asOf` (today when empty). */
export function exportRequest(
  dataset: ExportDataset,
  format: ExportFormat,
  asOf: string,
  filters: ExportFilters,
): CreateExportRequest {
  return { ...filters, dataset, format, ...(asOf ? { asOf } : {}) };
}
