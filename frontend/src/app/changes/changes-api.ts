import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { ChangesDto } from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api/api-url';

@Injectable({ providedIn: 'root' })
export class ChangesApi {
  private readonly http = inject(HttpClient);

  /**
   * What changed between the end of `since` and the end of `until` (yyyy-mm-dd), each day's figures as
   * they were known then; without `until`, up to the agreement's today.
   */
  get(agreementId: string, since: string, until?: string): Observable<ChangesDto> {
    return this.http.get<ChangesDto>(apiUrl('agreements', agreementId, 'changes'), {
      params: queryParams({ since, until }),
    });
  }
}
