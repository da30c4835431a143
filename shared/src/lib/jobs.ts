import { CommitmentQuery, StatusUpdateQuery } from './dto';

/**
 * Background jobs: long work (exports, reports, imports) that runs on the server after the request that
 * asked for it has answered. A job belongs to the user who asked; its file, if any, is theirs to download.
 */
export enum JobState {
  Queued = 'queued',
  Running = 'running',
  Succeeded = 'succeeded',
  Failed = 'failed',
  /** It succeeded, and its file was deleted since (result files are kept JOB_RESULT_DAYS days). */
  Expired = 'expired',
}

/** Why a job failed, as a code the UI translates; `errorMessage` says it in English words. */
export enum JobErrorCode {
  /** The server stopped (or died) while the job ran: the user starts it again. */
  Interrupted = 'interrupted',
  /** The requester no longer holds the access the job needs (membership removed, account disabled). */
  AccessRevoked = 'access_revoked',
  /** This server has no handler for the job's kind (e.g. a job queued by a newer version). */
  UnknownKind = 'unknown_kind',
  /** The job ran longer than its kind allows (e.g. a store that stopped answering) and was stopped. */
  TimedOut = 'timed_out',
  /** An error the user cannot fix; the log line carries the job's id. */
  Internal = 'internal',
}

export interface JobDto {
  id: string;
  /** What the job does, e.g. `export`; each kind has its own `params`. */
  kind: string;
  agreementId: string | null;
  params: Record<string, unknown>;
  state: JobState;
  progressDone: number;
  /** null while the job does not know how much it has to do. */
  progressTotal: number | null;
  /** A JobErrorCode, or a code of the job's kind; set when the job failed. */
  errorCode: string | null;
  errorMessage: string | null;
  /** The result file of a job that succeeded with one (none once it expired). */
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export const JOB_KIND_EXPORT = 'export';
export const JOB_KIND_AUDIT_EXPORT = 'audit-export';

export enum ExportDataset {
  Commitments = 'commitments',
  Milestones = 'milestones',
  StatusHistory = 'status-history',
  IndicatorValues = 'indicator-values',
  /** Every table of the agreement, one sheet each (XLSX only). */
  All = 'all',
}

export enum ExportFormat {
  Csv = 'csv',
  Xlsx = 'xlsx',
}

export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  [ExportFormat.Csv]: 'text/csv; charset=utf-8',
  [ExportFormat.Xlsx]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * An export of an agreement's data, with the filters of the lists it mirrors: those of the commitment
 * list apply to commitments and to the milestones of the commitments they select; `state`, `pillarId`
 * and `milestoneId` to the status history; `indicatorId` and `state` to indicator values. `asOf`: the
 * data as known at the end of that day (statuses as of then, only what was approved by then).
 */
export interface CreateExportRequest
  extends Omit<CommitmentQuery, 'page' | 'pageSize'>,
    Pick<StatusUpdateQuery, 'state' | 'milestoneId'> {
  dataset: ExportDataset;
  format: ExportFormat;
  asOf?: string;
  indicatorId?: string;
}

/** The audit trail, for administrators: the records of the days from `from` to `to` (UTC, inclusive). */
export interface CreateAuditExportRequest {
  format: ExportFormat;
  from?: string;
  to?: string;
}
