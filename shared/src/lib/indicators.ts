import { ReviewState, SourceLinkDto, StatusUpdateQuery } from './dto';
import { FieldError } from './errors';
import type { RegionNameDto, SiteDto } from './places';

/** The steps of the DDR chain an indicator can measure, in order (the funnel). */
export enum DdrStage {
  Registered = 'registered',
  Disarmed = 'disarmed',
  Demobilized = 'demobilized',
  Integrated = 'integrated',
  Reintegrated = 'reintegrated',
}
export const DDR_STAGES: readonly DdrStage[] = Object.values(DdrStage);

/** What an indicator's values may be split by. */
export enum IndicatorDimension {
  Sex = 'sex',
  AgeGroup = 'age_group',
  ArmedGroup = 'armed_group',
  Region = 'region',
}

export enum Sex {
  Female = 'female',
  Male = 'male',
}

/** Children apart, as DDR standards require. */
export enum AgeGroup {
  Child = 'child',
  Youth = 'youth',
  Adult = 'adult',
}

/** One cell of a disaggregated value; a dimension left out is not split by. */
export interface IndicatorCellDto {
  sex?: Sex;
  ageGroup?: AgeGroup;
  /** The acronym of a party of the agreement (e.g. CMA, Platform). */
  armedGroup?: string;
  region?: string;
  value: number;
}

export interface IndicatorValueDto {
  id: string;
  indicatorId: string;
  /** The day the figure describes. */
  asOf: string;
  total: number;
  cells: IndicatorCellDto[];
  note: string;
  sourceLinks: SourceLinkDto[];
  confidential: boolean;
  authorId: string;
  authorName: string;
  recordedAt: string;
  reviewState: ReviewState;
  reviewedAt: string | null;
  reviewerName: string | null;
  returnReason: string | null;
}

export interface IndicatorDto {
  id: string;
  agreementId: string;
  commitmentId: string | null;
  code: string;
  name: string;
  unit: string;
  ddrStage: DdrStage | null;
  baseline: number;
  target: number | null;
  targetDate: string | null;
  dimensions: IndicatorDimension[];
  position: number;
  /** Send it back in If-Match to record a value. */
  version: number;
  /** The day the current value is computed for. */
  asOf: string;
  /** The latest approved value as of that day; null before the first. */
  current: IndicatorValueDto | null;
  /** The current total as a percentage of the target, one decimal; null without both. */
  progress: number | null;
}

export interface IndicatorDetailDto extends IndicatorDto {
  /** Newest first: approved values, and the unapproved ones the reader may see. */
  history: IndicatorValueDto[];
}

/** A value in the review queue or in a monitor's own list, with the indicator it measures. */
export interface IndicatorValueListItemDto extends IndicatorValueDto {
  indicatorCode: string;
  indicatorName: string;
  unit: string;
}

/** The filters of the values of an agreement, as for status updates (state, own values, author). */
export interface IndicatorValueQuery
  extends Pick<StatusUpdateQuery, 'state' | 'mine' | 'authorId' | 'page' | 'pageSize'> {
  indicatorId?: string;
}

export interface CreateIndicatorValueRequest {
  asOf: string;
  /** Optional when cells are given (their sum); when both are given the cells must add up to it. */
  total?: number;
  cells?: IndicatorCellDto[];
  note: string;
  sourceLinks?: SourceLinkDto[];
  confidential?: boolean;
}

/** The field of a cell that holds each dimension. */
export const CELL_KEYS: Readonly<Record<IndicatorDimension, Exclude<keyof IndicatorCellDto, 'value'>>> = {
  [IndicatorDimension.Sex]: 'sex',
  [IndicatorDimension.AgeGroup]: 'ageGroup',
  [IndicatorDimension.ArmedGroup]: 'armedGroup',
  [IndicatorDimension.Region]: 'region',
};

/** Cells are compared on these rounded values: figures are counts or sums of a few decimals at most. */
const roundToCents = (value: number) => Math.round(value * 100) / 100;

/**
 * The rules a disaggregated value must follow, as field codes (empty when it is sound): a total or
 * cells; cells split only by the indicator's dimensions, each combination once; cells adding up to the
 * total when both are given. Used by the API and by the form, so both say the same.
 */
export function indicatorValueErrors(
  dimensions: readonly IndicatorDimension[],
  request: Pick<CreateIndicatorValueRequest, 'total' | 'cells'>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const cells = request.cells ?? [];
  if (request.total === undefined && cells.length === 0) errors['total'] = FieldError.TotalOrCellsRequired;
  const allowed = new Set(dimensions.map((dimension) => CELL_KEYS[dimension]));
  const seen = new Set<string>();
  cells.forEach((cell, index) => {
    const split = Object.values(CELL_KEYS).filter((key) => cell[key] !== undefined);
    if (split.some((key) => !allowed.has(key))) errors[`cells.${index}`] = FieldError.DimensionNotOfIndicator;
    const combination = JSON.stringify(split.map((key) => [key, cell[key]]));
    if (seen.has(combination)) errors[`cells.${index}`] = FieldError.DuplicateCell;
    seen.add(combination);
  });
  if (
    request.total !== undefined &&
    cells.length > 0 &&
    roundToCents(cellsTotal(cells)) !== roundToCents(request.total)
  ) {
    errors['cells'] = FieldError.CellsDoNotAddUp;
  }
  return errors;
}

export function cellsTotal(cells: readonly IndicatorCellDto[]): number {
  return cells.reduce((sum, cell) => sum + cell.value, 0);
}

/** One step of the DDR chain as of a day: the stage's indicator, its latest approved total and its target. */
export interface DdrStageFigure {
  stage: DdrStage;
  /** Null when the agreement has no indicator for this stage. */
  indicatorId: string | null;
  name: string | null;
  unit: string | null;
  total: number | null;
  target: number | null;
  /** Total / target x 100, one decimal. */
  progress: number | null;
  /** The day the total describes. */
  valueAsOf: string | null;
}

export interface DdrSeries {
  stage: DdrStage;
  /** The approved totals by the day they describe, oldest first. */
  points: { asOf: string; total: number }[];
}

/** The current total of a stage split along one dimension (the other dimensions summed). */
export interface DdrSplit {
  stage: DdrStage;
  dimension: IndicatorDimension;
  key: string;
  value: number;
}

export interface DdrDashboardDto {
  agreementId: string;
  asOf: string;
  /** Every stage, in the order of the chain. */
  stages: DdrStageFigure[];
  series: DdrSeries[];
  splits: DdrSplit[];
  /** Cantonment sites and MOC camps with their state as of the day. */
  sites: SiteDto[];
  /** The names of the region codes that splits by region use. */
  regions: RegionNameDto[];
}
