import type { ImportReportDto } from './bulk-import';

/**
 * The one shape of every error the API answers (4xx and 5xx). `errors` maps a field path
 * (e.g. `sourceLinks.0.url`) to a machine-readable code the client translates.
 */
export interface ApiError {
  statusCode: number;
  code: ErrorCode;
  message: string;
  errors?: Record<string, FieldErrorCode>;
  /** A bulk import refused (`import_rejected`): every error of the file, by row and column. */
  report?: ImportReportDto;
  requestId: string;
}

export enum ErrorCode {
  ValidationFailed = 'validation_failed',
  MalformedBody = 'malformed_body',
  PayloadTooLarge = 'payload_too_large',
  Unauthorized = 'unauthorized',
  InvalidCredentials = 'invalid_credentials',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  Conflict = 'conflict',
  /** The status update was approved or returned already (by someone else, or a second click). */
  AlreadyReviewed = 'already_reviewed',
  /** Reviewers do not approve or return their own updates. */
  OwnUpdate = 'own_update',
  PreconditionFailed = 'precondition_failed',
  PreconditionRequired = 'precondition_required',
  UnsupportedMediaType = 'unsupported_media_type',
  /** The Idempotency-Key was used before for a different request. */
  IdempotencyKeyReused = 'idempotency_key_reused',
  TooManyRequests = 'too_many_requests',
  /** A bulk import file has errors (listed in `report`); nothing was stored. */
  ImportRejected = 'import_rejected',
  /** A background job's file that was kept its days and deleted (410). */
  FileExpired = 'file_expired',
  Internal = 'internal_error',
}

/**
 * Per-field codes. Most are the names of class-validator constraints (isInt, maxLength, ...);
 * the ones below are added by the API itself.
 */
export type FieldErrorCode = string;
export const FieldError = {
  Unknown: 'unknownField',
  Required: 'required',
  ScoreOrStatusRequired: 'scoreOrStatusRequired',
  LevelNotOnScale: 'levelNotOnScale',
  DateInFuture: 'dateInFuture',
  DateBeforeAgreement: 'dateBeforeAgreement',
  /** The start of a range comes after its end (since > until, from > to). */
  RangeReversed: 'rangeReversed',
  /** A range longer than the route allows (a trend over more than 240 months). */
  RangeTooLong: 'rangeTooLong',
  /** A NUL character, which no text field may hold. */
  InvalidCharacter: 'invalidCharacter',
  /** A resubmission must point to a returned update of the same milestone, by the same author, not yet resubmitted. */
  NotResubmittable: 'notResubmittable',
  /** Only members cleared for confidential items may mark one confidential. */
  ConfidentialNotAllowed: 'confidentialNotAllowed',
  /** The cells of a disaggregated value do not add up to the total given. */
  CellsDoNotAddUp: 'cellsDoNotAddUp',
  /** A cell is split by a dimension the indicator does not have. */
  DimensionNotOfIndicator: 'dimensionNotOfIndicator',
  /** Two cells of a value are for the same combination. */
  DuplicateCell: 'duplicateCell',
  /** An armed group that is not a party of the agreement. */
  UnknownParty: 'unknownParty',
  UnknownRegion: 'unknownRegion',
  /** Neither a total nor cells. */
  TotalOrCellsRequired: 'totalOrCellsRequired',
  /** The file's content is none of the accepted types (PDF, images, office documents). */
  FileTypeNotAccepted: 'fileTypeNotAccepted',
  /** The user marked a meeting on this day already (answered with 409). */
  AlreadyMarked: 'alreadyMarked',
  /** A CSV file holds one table: an export of every table is XLSX only. */
  CsvHoldsOneTable: 'csvHoldsOneTable',
  /** Bulk import: a row names a pillar code, commitment reference, milestone or indicator code the agreement does not have. */
  UnknownPillar: 'unknownPillar',
  UnknownCommitment: 'unknownCommitment',
  UnknownMilestone: 'unknownMilestone',
  UnknownIndicator: 'unknownIndicator',
  /** Several commitments share this reference: the row must also give the commitment's title. */
  AmbiguousCommitment: 'ambiguousCommitment',
  /** Several milestones of the commitment have this title. */
  AmbiguousMilestone: 'ambiguousMilestone',
  /** A row repeats the key of an earlier row of the file. */
  DuplicateKey: 'duplicateKey',
  /** The agreement has this item already. */
  AlreadyExists: 'alreadyExists',
  /** The header lacks a required column, or names one twice. */
  MissingColumn: 'missingColumn',
  DuplicateColumn: 'duplicateColumn',
  /** The cells of an indicator value are not written as `dimension:key = value; ...`. */
  InvalidCells: 'invalidCells',
  /** The file is neither CSV nor XLSX that can be read. */
  UnreadableFile: 'unreadableFile',
  /** The file has a header but no data row. */
  NoRows: 'noRows',
  /** A CSV row with more or fewer fields than the header (e.g. a row cut off). */
  FieldCount: 'fieldCount',
  /** A PA-X coding value that is not a whole number from 0 to 3. */
  CodingOutOfRange: 'codingOutOfRange',
  /** More data rows than an import takes, or a row numbered past a spreadsheet's last (1,048,576). */
  TooManyRows: 'tooManyRows',
  /** A cell longer than a spreadsheet's cell holds (32,767 characters), or a CSV row over 1 MiB. */
  CellTooLong: 'cellTooLong',
  /** An XLSX file that unpacks to too much (a ZIP bomb, or shared strings past the bounds). */
  WorkbookTooLarge: 'workbookTooLarge',
  /** An id that is not in the uploaded file. */
  NotInUpload: 'notInUpload',
  /** No account has this id. */
  UnknownUser: 'unknownUser',
  /** A report's recipient must be able to read the agreement: an active member of it, or an administrator. */
  NotAReader: 'notAReader',
  /** A paused schedule does not run, not even on request (answered with 409). */
  SchedulePaused: 'schedulePaused',
} as const;

/** The code of an error that carries no code of its own (raised by a framework or a proxy), by its status. */
const ERROR_CODE_BY_STATUS: Readonly<Partial<Record<number, ErrorCode>>> = {
  400: ErrorCode.MalformedBody,
  401: ErrorCode.Unauthorized,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  412: ErrorCode.PreconditionFailed,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  422: ErrorCode.IdempotencyKeyReused,
  428: ErrorCode.PreconditionRequired,
  429: ErrorCode.TooManyRequests,
};

export function errorCodeForStatus(status: number): ErrorCode | undefined {
  return ERROR_CODE_BY_STATUS[status];
}
