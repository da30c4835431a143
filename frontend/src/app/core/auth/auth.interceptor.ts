import { HttpErrorResponse, HttpInterceptorFn, HttpStatusCode } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { isApiUrl } from '../api/api-url';
import { AuthService, LOGIN_URL } from './auth.service';

/**
 * Sends the bearer token to the API, and ends the session when the API no longer accepts it.
 * It must run inside `apiErrorInterceptor` (listed after it) to see the raw 401.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url)) return next(request);
  const auth = inject(AuthService);
  const router = inject(Router);
  const token = auth.token();
  const authorized = token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;

  return next(authorized).pipe(
    catchError((error: unknown) => {
      // A 401 on the login call means wrong credentials: the login page shows it.
      if (
        error instanceof HttpErrorResponse &&
        error.status === HttpStatusCode.Unauthorized &&
        request.url !== LOGIN_URL
      ) {
        // During a guarded navigation, return to where the user was going, not where they came from.
        auth.endSession(router.currentNavigation()?.extractedUrl.toString() ?? router.url);
      }
      return throwError(() => error);
    }),
  );
};
