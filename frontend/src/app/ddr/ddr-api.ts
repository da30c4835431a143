import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { DdrDashboardDto } from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api/api-url';

@Injectable({ providedIn: 'root' })
export class DdrApi {
  private readonly http = inject(HttpClient);

  get(agreementId: string, asOf?: string): Observable<DdrDashboardDto> {
    return this.http.get<DdrDashboardDto>(apiUrl('agreements', agreementId, 'ddr'), { params: queryParams({ asOf }) });
  }
}
