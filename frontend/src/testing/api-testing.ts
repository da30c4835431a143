import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Routes } from '@angular/router';
import { ApiError, ErrorCode } from '@accord/shared';
import { apiErrorInterceptor } from '../app/core/errors/api-error.interceptor';
import { translocoTesting } from './i18n';

/**
 * The TestBed of a page that talks to the API: the English texts, the app's error interceptor (API
 * errors arrive as they do in the app), a fake backend, which it answers, and any `providers` more.
 */
export function configureApiTesting(
  routes: Routes = [],
  providers: (Provider | EnvironmentProviders)[] = [],
): HttpTestingController {
  TestBed.configureTestingModule({
    imports: [translocoTesting()],
    providers: [
      provideRouter(routes),
      provideHttpClient(withInterceptors([apiErrorInterceptor])),
      provideHttpClientTesting(),
      ...providers,
    ],
  });
  return TestBed.inject(HttpTestingController);
}

/** Answers `request` with an error of the API in its one shape: a status, a code, per-field codes. */
export function flushApiError(
  request: TestRequest,
  status: number,
  code: ErrorCode,
  errors?: ApiError['errors'],
  message = 'Refused by the API',
): void {
  request.flush({ statusCode: status, code, message, errors, requestId: 'r1' } satisfies ApiError, {
    status,
    statusText: message,
  });
}
