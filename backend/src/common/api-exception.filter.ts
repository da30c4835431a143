import { ApiError, ErrorCode, errorCodeForStatus } from '@accord/shared';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ApiException } from './api-exception';
import { requestIdOf } from './request-id';

/** What express' body parser throws (http-errors): a client error with a `type`. */
interface BodyParserError {
  type: string;
  status: number;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof (error as BodyParserError)?.type === 'string' &&
  (error as BodyParserError).status >= 400 &&
  (error as BodyParserError).status < 500;

const internalError = (requestId: string): ApiError => ({
  statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
  code: ErrorCode.Internal,
  message: 'Internal server error',
  requestId,
});

/** The `ApiError` answer to any error. A 5xx says nothing of the internals. */
export function toApiError(exception: unknown, requestId: string): ApiError {
  if (exception instanceof ApiException) {
    return {
      statusCode: exception.getStatus(),
      code: exception.code,
      message: exception.message,
      ...(exception.fieldErrors && { errors: exception.fieldErrors }),
      ...exception.details,
      requestId,
    };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    if (statusCode >= 500) return internalError(requestId);
    return {
      statusCode,
      code: errorCodeForStatus(statusCode) ?? ErrorCode.MalformedBody,
      message: messageOf(exception),
      requestId,
    };
  }
  if (isBodyParserError(exception)) {
    const tooLarge = exception.status === HttpStatus.PAYLOAD_TOO_LARGE;
    return {
      statusCode: exception.status,
      code: errorCodeForStatus(exception.status) ?? ErrorCode.MalformedBody,
      message: tooLarge ? 'The request body is too large' : 'The request body must be a JSON object',
      requestId,
    };
  }
  return internalError(requestId);
}

/**
 * Turns every error into the one `ApiError` shape. A 4xx says what is wrong; a 5xx carries the request
 * id, which is also in the log line that holds the details.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const requestId = requestIdOf(request);
    const body = toApiError(exception, requestId);
    if (body.statusCode >= 500) {
      this.logger.error(
        { requestId, method: request.method, url: request.originalUrl, err: exception },
        `Unhandled error on ${request.method} ${request.originalUrl} (request ${requestId})`,
      );
    }
    const response = http.getResponse<Response>();
    if (exception instanceof ApiException) response.set(exception.headers);
    response.status(body.statusCode).json(body);
  }
}

/**
 * Express error handler placed right after the body parser: an unreadable body never reaches Nest's
 * routing (express would skip the routes and answer 404), so it is answered here, in the same shape.
 */
export function answerBodyParserErrors(error: unknown, request: Request, response: Response, next: NextFunction) {
  if (!isBodyParserError(error)) return next(error);
  const body = toApiError(error, requestIdOf(request));
  response.status(body.statusCode).json(body);
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
}

/** The routes that take a file upload (multipart/form-data). */
const UPLOAD_PATHS = /\/(evidence\/files|imports|pax-imports)$/;

/** The API reads JSON (and files on upload routes): a body of another type is a 415, not a silently empty body. */
export function requireJsonBodies(request: Request, response: Response, next: NextFunction) {
  const hasBody =
    Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (!hasBody || request.is('application/json')) return next();
  if (UPLOAD_PATHS.test(request.path) && request.is('multipart/form-data')) return next();
  const body = toApiError(
    new ApiException(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      ErrorCode.UnsupportedMediaType,
      'Send the body as application/json (files as multipart/form-data)',
    ),
    requestIdOf(request),
  );
  response.status(body.statusCode).json(body);
}
