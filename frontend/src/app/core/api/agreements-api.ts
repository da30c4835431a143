import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { AgreementDetailDto, AgreementSummaryDto } from '@accord/shared';
import { Observable, of, tap } from 'rxjs';
import { todayInAgreementZone } from '../dates';
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

/**
 * The agreement a page shows, loaded (and kept for the session) by `AgreementsApi`, with its calendar:
 * "today" is the agreement's day in its own time zone, as the API counts it, and nothing was recorded
 * before it was signed. Call in an injection context.
 */
export function agreementWithCalendar(agreementId: () => string) {
  const api = inject(AgreementsApi);
  const resource = rxResource({ params: agreementId, stream: ({ params }) => api.get(params) });
  const value = computed(() => (resource.hasValue() ? resource.value() : undefined));
  return {
    resource,
    value,
    today: computed(() => todayInAgreementZone(value()?.timeZone)),
    earliest: computed(() => value()?.signedOn ?? null),
  };
}
