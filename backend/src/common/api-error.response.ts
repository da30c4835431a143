import { ApiError, ErrorCode, FieldErrorCode } from '@accord/shared';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

/** The one shape of every error (documentation of `ApiError` from shared/). */
export class ApiErrorResponse implements ApiError {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode' })
  code!: ErrorCode;

  @ApiProperty({ example: 'The request is not valid' })
  message!: string;

  @ApiPropertyOptional({
    description: 'A code per field path, for the client to translate',
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { narrative: 'required', 'sourceLinks.0.url': 'isUrl' },
  })
  errors?: Record<string, FieldErrorCode>;

  @ApiProperty({ description: 'Also in the X-Request-Id header and in the server log line' })
  requestId!: string;
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: `errors` names each field at fault with a code; nothing was stored',
  401: 'No valid bearer token',
  403: 'The permission map does not allow this',
  404: 'No such item, or not one the caller may see (another agreement, a confidential item)',
  409: 'The item changed state meanwhile (e.g. already reviewed); nothing was written',
  410: 'The item was kept its time and deleted (e.g. the file of a job, after JOB_RESULT_DAYS)',
  412: 'Someone else changed the item since it was read (stale If-Match); nothing was written',
  422: 'The Idempotency-Key was used before for a different request; nothing was written',
  428: 'The If-Match header is missing; nothing was written',
};

/** Documents the error answers of a route, all in the `ApiError` shape. */
export const ApiErrors = (...statuses: (keyof typeof ERROR_DESCRIPTIONS)[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], type: ApiErrorResponse }),
    ),
  );
