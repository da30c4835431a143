import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { AgreementDetailDto, AgreementSummaryDto } from '@accord/shared';
import { Observable, of, tap } from 'rxjs';
import { apiUrl } from './api-url';

/**
 * Agreements are read by every feature: the list for navigation, the detail for its scale and structure.
 * They change rarely, so each answer is kept for the session and shared by all pages; a failed request
 * keeps nothing, so that a retry asks the API again.
 */
@Injectable({ providedIn: 'root' })
export class AgreementsApi {
  private readonly http = inject(HttpClient);
  private summaries: AgreementSummaryDto[] | undefined;
  private readonly details = new Map<string, AgreementDetailDto>();

  list(): Observable<AgreementSummaryDto[]> {
    if (this.summaries) return of(this.summaries);
    return this.http
      .get<AgreementSummaryDto[]>(apiUrl('agreements'))
      .pipe(tap((summaries) => (this.summaries = summaries)));
  }

  get(agreementId: string): Observable<AgreementDetailDto> {
    const known = this.details.get(agreementId);
    if (known) return of(known);
    return this.http
      .get<AgreementDetailDto>(apiUrl('agreements', agreementId))
      .pipe(tap((detail) => this.details.set(agreementId, detail)));
  }

  /** Drops what was fetched (the session ended: the next user may see other agreements). */
  forget(): void {
    this.summaries = undefined;
    this.details.clear();
  }
}
