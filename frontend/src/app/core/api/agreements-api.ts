import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { AgreementDetailDto, AgreementSummaryDto } from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl } from './api-url';

/** Agreements are read by every feature: the list for navigation, the detail for its scale and structure. */
@Injectable({ providedIn: 'root' })
export class AgreementsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<AgreementSummaryDto[]> {
    return this.http.get<AgreementSummaryDto[]>(apiUrl('agreements'));
  }

  get(agreementId: string): Observable<AgreementDetailDto> {
    return this.http.get<AgreementDetailDto>(apiUrl('agreements', agreementId));
  }
}
