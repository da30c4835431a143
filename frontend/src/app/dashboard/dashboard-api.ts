import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { DashboardDto } from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api/api-url';

@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  /** Figures as they stood at the end of `asOf` (yyyy-mm-dd); without it, as of the agreement's today. */
  get(agreementId: string, asOf?: string): Observable<DashboardDto> {
    return this.http.get<DashboardDto>(apiUrl('agreements', agreementId, 'dashboard'), {
      params: queryParams({ asOf }),
    });
  }
}
