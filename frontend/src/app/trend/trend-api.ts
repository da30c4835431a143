import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { TrendDto } from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api/api-url';

@Injectable({ providedIn: 'root' })
export class TrendApi {
  private readonly http = inject(HttpClient);

  /**
   * The PAM rate and the commitments at each level at the end of every month, from the signature (at
   * most 20 years) to the current month; for the whole agreement, or only the commitments of `pillarId`.
   */
  get(agreementId: string, pillarId?: string): Observable<TrendDto> {
    return this.http.get<TrendDto>(apiUrl('agreements', agreementId, 'trend'), { params: queryParams({ pillarId }) });
  }
}
