import { HttpBackend, HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { PublicAgreementDto } from '@accord/shared';
import { catchError, Observable, throwError } from 'rxjs';
import { apiUrl } from '../core/api/api-url';
import { toApiRequestError } from '../core/errors/api-request-error';

/**
 * The public page of an agreement, read without an account. It goes straight to the HTTP backend,
 * past the app's interceptors: a signed-in reader's token is not sent (the page shows the same to
 * everyone), and nothing this call answers can end their session. Failures still arrive as
 * `ApiRequestError`s, as the error interceptor would make them.
 */
@Injectable({ providedIn: 'root' })
export class PublicAgreementApi {
  private readonly http = new HttpClient(inject(HttpBackend));

  get(slug: string): Observable<PublicAgreementDto> {
    return this.http
      .get<PublicAgreementDto>(apiUrl('public', 'agreements', slug))
      .pipe(catchError((error: unknown) => throwError(() => toApiRequestError(error))));
  }
}
