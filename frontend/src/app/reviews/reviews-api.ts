import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { MilestoneDto, Page, StatusUpdateListItemDto, StatusUpdateQuery } from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api/api-url';

@Injectable({ providedIn: 'root' })
export class ReviewsApi {
  private readonly http = inject(HttpClient);

  list(agreementId: string, query: StatusUpdateQuery): Observable<Page<StatusUpdateListItemDto>> {
    return this.http.get<Page<StatusUpdateListItemDto>>(apiUrl('agreements', agreementId, 'status-updates'), {
      params: queryParams({ ...query }),
    });
  }

  /** 409 when someone decided first. The key makes a resend after a lost answer harmless. */
  approve(statusUpdateId: string, idempotencyKey: string): Observable<MilestoneDto> {
    return this.http.post<MilestoneDto>(apiUrl('status-updates', statusUpdateId, 'approval'), null, {
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  }

  return(statusUpdateId: string, reason: string, idempotencyKey: string): Observable<MilestoneDto> {
    return this.http.post<MilestoneDto>(
      apiUrl('status-updates', statusUpdateId, 'return'),
      { reason },
      { headers: { 'Idempotency-Key': idempotencyKey } },
    );
  }
}
