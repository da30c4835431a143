import { HttpErrorResponse } from '@angular/common/http';
import { ApiError, ErrorCode, errorCodeForStatus, FieldErrorCode, ImportReportDto } from '@accord/shared';

/** The API was not reached at all (offline, proxy down): the contract has no code for that. */
const NETWORK_ERROR = 'network_error';
export type RequestErrorCode = ErrorCode | typeof NETWORK_ERROR;

/**
 * Every failed API call, as features see it: the code and per-field codes of the API's `ApiError`,
 * or codes made up from the HTTP status when the answer was not an `ApiError` (gateway pages, network).
 * It is an `Error` so that resources keep it as it is instead of wrapping it.
 */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';

  constructor(
    readonly status: number,
    readonly code: RequestErrorCode,
    message: string,
    readonly fieldErrors: Readonly<Record<string, FieldErrorCode>> = {},
    /** A refused import's report (`import_rejected`): every error of the file by row and column. */
    readonly report?: ImportReportDto,
  ) {
    super(message);
  }

  static fromResponse(response: HttpErrorResponse): ApiRequestError {
    const body: unknown = response.error;
    if (isApiError(body)) {
      return new ApiRequestError(response.status, body.code, body.message, body.errors ?? {}, body.report);
    }
    return new ApiRequestError(response.status, codeForStatus(response.status), response.message);
  }
}

export function toApiRequestError(error: unknown): ApiRequestError {
  if (error instanceof ApiRequestError) return error;
  if (error instanceof HttpErrorResponse) return ApiRequestError.fromResponse(error);
  return new ApiRequestError(0, ErrorCode.Internal, error instanceof Error ? error.message : String(error));
}

function isApiError(body: unknown): body is ApiError {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ApiError).code === 'string' &&
    typeof (body as ApiError).statusCode === 'number'
  );
}

function codeForStatus(status: number): RequestErrorCode {
  if (status === 0) return NETWORK_ERROR;
  return errorCodeForStatus(status) ?? ErrorCode.Internal;
}
