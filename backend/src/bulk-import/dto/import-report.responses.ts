import { ErrorCode, ImportKind, ImportReportDto, ImportRowError } from '@accord/shared';
import { ApiProperty } from '@nestjs/swagger';
import { ApiErrorResponse } from '../../common/api-error.response';

// OpenAPI documentation of the import types in shared/.

export class ImportRowErrorResponse implements ImportRowError {
  /** As a spreadsheet numbers it: the header is row 1. */
  row!: number;
  /** The column's header; empty for the whole row or file. */
  column!: string;
  /** A field code, translated by the client (e.g. unknownPillar, dateInFuture, cellsDoNotAddUp). */
  code!: string;
}

export class ImportReportResponse implements ImportReportDto {
  @ApiProperty({ enum: ImportKind, enumName: 'ImportKind' })
  kind!: ImportKind;
  dryRun!: boolean;
  rows!: number;
  errorCount!: number;
  rowsWithErrors!: number;
  /** The first 1,000 errors, by row then column; a dry run sent with `Accept: text/csv` answers all of them. */
  errors!: ImportRowErrorResponse[];
  stored!: number;
  countedWithoutReview!: boolean;
}

export class ImportRejectedResponse extends ApiErrorResponse {
  @ApiProperty({ enum: [ErrorCode.ImportRejected] })
  declare code: ErrorCode;
  report!: ImportReportResponse;
}
