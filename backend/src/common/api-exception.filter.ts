import { ApiError, ErrorCode } from '@accord/shared';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiException } from './api-exception';
import { requestIdOf } from './request-id';

/**
 * Codes of errors raised by the framework rather than by our code. Our own 400s are all ApiExceptions,
 * so a framework 400 is a body that could not be parsed.
 */
const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.MalformedBody,
  401: ErrorCode.Unauthorized,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  412: ErrorCode.PreconditionFailed,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.UnsupportedMediaType,
  428: ErrorCode.PreconditionRequired,
  429: ErrorCode.TooManyRequests,
};

/** Errors raised by express' body parser before Nest sees the request. */
interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  message?: string;
}

/**
 * Turns every error into the one `ApiError` shape. A 4xx says what is wrong; a 5xx says nothing of the
 * internals and carries the request id, which is also in the log line that holds the details.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const requestId = requestIdOf(request);
    const body = this.toApiError(exception, requestId);
    if (body.statusCode >= 500) {
      this.logger.error(
        { requestId, method: request.method, url: request.originalUrl, err: exception },
        `Unhandled error on ${request.method} ${request.originalUrl} (request ${requestId})`,
      );
    }
    response.status(body.statusCode).json(body);
  }

  private toApiError(exception: unknown, requestId: string): ApiError {
    if (exception instanceof ApiException) {
      return {
        statusCode: exception.getStatus(),
        code: exception.code,
        message: exception.message,
        ...(exception.fieldErrors && { errors: exception.fieldErrors }),
        requestId,
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      return {
        statusCode,
        code: CODE_BY_STATUS[statusCode] ?? (statusCode >= 500 ? ErrorCode.Internal : ErrorCode.MalformedBody),
        message: statusCode >= 500 ? 'Internal server error' : messageOf(exception),
        requestId,
      };
    }
    const parserError = exception as BodyParserError;
    const parserStatus = parserError?.status ?? parserError?.statusCode;
    if (typeof parserError?.type === 'string' && parserStatus && parserStatus >= 400 && parserStatus < 500) {
      return {
        statusCode: parserStatus,
        code:
          parserStatus === 413
            ? ErrorCode.PayloadTooLarge
            : parserStatus === 415
              ? ErrorCode.UnsupportedMediaType
              : ErrorCode.MalformedBody,
        message: parserStatus === 413 ? 'The request body is too large' : 'The request body is not valid JSON',
        requestId,
      };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: ErrorCode.Internal,
      message: 'Internal server error',
      requestId,
    };
  }
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
}
