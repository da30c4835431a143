import { ApiError, ErrorCode, FieldError, FieldErrorCode } from '@accord/shared';
import { HttpException, HttpStatus } from '@nestjs/common';
import { ValidationError } from 'class-validator';

/** An error the client caused, answered in the one documented shape (`ApiError`). */
export class ApiException extends HttpException {
  /** Headers answered with the error (e.g. Retry-After). */
  readonly headers: Record<string, string> = {};
  /** More of the error's body (a refused import's report). */
  readonly details: Pick<ApiError, 'report'> = {};

  constructor(
    status: HttpStatus,
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, FieldErrorCode>,
  ) {
    super(message, status);
  }

  static validation(fieldErrors: Record<string, FieldErrorCode>, message = 'The request is not valid') {
    return new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, message, fieldErrors);
  }

  static notFound(what: string) {
    return new ApiException(HttpStatus.NOT_FOUND, ErrorCode.NotFound, `${what} not found`);
  }
}

/** class-validator names the unknown-property check `whitelistValidation`; clients get `unknownField`. */
const CONSTRAINT_CODES: Record<string, FieldErrorCode> = { whitelistValidation: FieldError.Unknown };

/**
 * Flattens nested validation errors into `{ 'sourceLinks.0.url': 'isUrl' }`, one code per field:
 * `required` for a missing value (null is a value: it gets the rule it breaks), otherwise the first rule as written in the DTO (class-validator lists
 * the failed rules bottom-up, so that is the last one).
 */
export function fieldErrorsOf(errors: ValidationError[], prefix = ''): Record<string, FieldErrorCode> {
  const result: Record<string, FieldErrorCode> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    // `nestedValidation` (not an object/array where one was expected) only speaks when nothing else does.
    const constraints = Object.keys(error.constraints ?? {}).filter(
      (key, _, all) => key !== 'nestedValidation' || all.length === 1,
    );
    const constraint = constraints[constraints.length - 1];
    if (constraint === 'whitelistValidation') result[path] = CONSTRAINT_CODES[constraint];
    else if (constraint) result[path] = error.value === undefined ? FieldError.Required : constraint;
    Object.assign(result, fieldErrorsOf(error.children ?? [], path));
  }
  return result;
}

export const validationExceptionFactory = (errors: ValidationError[]) => ApiException.validation(fieldErrorsOf(errors));
