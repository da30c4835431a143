import { ErrorCode } from '@accord/shared';
import { toApiRequestError } from './api-request-error';

/** The API says the record does not exist: the page shows "not found" rather than an error. */
export function isNotFound(error: unknown): boolean {
  return !!error && toApiRequestError(error).code === ErrorCode.NotFound;
}
