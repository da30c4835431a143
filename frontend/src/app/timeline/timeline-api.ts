import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { TimelineDto, TimelineQuery } from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api/api-url';

@Injectable({ providedIn: 'root' })
export class TimelineApi {
  private readonly http = inject(HttpClient);

  get(agreementId: string, query: TimelineQuery): Observable<TimelineDto> {
    return this.http.get<TimelineDto>(apiUrl('agreements', agreementId, 'timeline'), {
      params: queryParams({ ...query }),
    });
  }
}
