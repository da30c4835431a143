import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Routes } from '@angular/router';
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
