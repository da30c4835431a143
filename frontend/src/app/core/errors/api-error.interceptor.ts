import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { catchError, throwError } from 'rxjs';
import { ApiRequestError } from './api-request-error';

/** Turns every HTTP failure into an `ApiRequestError`, so features handle one typed shape. */
export const apiErrorInterceptor: HttpInterceptorFn = (request, next) =>
  next(request).pipe(
    catchError((error: unknown) =>
      throwError(() => (error instanceof HttpErrorResponse ? ApiRequestError.fromResponse(error) : error)),
    ),
  );
