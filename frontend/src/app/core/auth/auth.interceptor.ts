import { HttpErrorResponse, HttpInterceptorFn, HttpStatusCode } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { isApiUrl } from '../api/api-url';
import { AuthService, LOGIN_URL } from './auth.service';

/** Reads change nothing: after a refused read, the login page can show and bring the user back. */
const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

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
      // A 401 on the login call means wrong credentials: the login page shows it. A 401 for a token
      // that was replaced meanwhile (signed in again, e.g. in another tab) says nothing of the new one.
      if (
        error instanceof HttpErrorResponse &&
        error.status === HttpStatusCode.Unauthorized &&
        request.url !== LOGIN_URL &&
        token !== null &&
        auth.token() === token
      ) {
        if (READ_METHODS.has(request.method)) {
          // During a guarded navigation, return to where the user was going, not where they came from.
          auth.endSession(router.currentNavigation()?.extractedUrl.toString() ?? router.url);
        } else {
          // Leaving the page would lose what the user wrote: the form says to sign in again.
          auth.forgetToken();
        }
      }
      return throwError(() => error);
    }),
  );
};
