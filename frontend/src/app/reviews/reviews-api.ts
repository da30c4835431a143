import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  IndicatorDetailDto,
  IndicatorValueListItemDto,
  IndicatorValueQuery,
  MilestoneDto,
  Page,
  StatusUpdateListItemDto,
  StatusUpdateQuery,
} from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api/api-url';

/** What the API submits for review, by the name of its collection: listed, approved and returned alike. */
export interface Reviewed {
  'status-updates': { item: StatusUpdateListItemDto; query: StatusUpdateQuery; decided: MilestoneDto };
  'indicator-values': { item: IndicatorValueListItemDto; query: IndicatorValueQuery; decided: IndicatorDetailDto };
}
export type ReviewedKind = keyof Reviewed;

@Injectable({ providedIn: 'root' })
export class ReviewsApi {
  private readonly http = inject(HttpClient);

  list<K extends ReviewedKind>(
    kind: K,
    agreementId: string,
    query: Reviewed[K]['query'],
  ): Observable<Page<Reviewed[K]['item']>> {
    return this.http.get<Page<Reviewed[K]['item']>>(apiUrl('agreements', agreementId, kind), {
      params: queryParams({ ...query }),
    });
  }

  /** 409 when someone decided first. The key makes a resend after a lost answer harmless. */
  approve<K extends ReviewedKind>(kind: K, id: string, idempotencyKey: string): Observable<Reviewed[K]['decided']> {
    return this.http.post<Reviewed[K]['decided']>(apiUrl(kind, id, 'approval'), null, {
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  }

  return<K extends ReviewedKind>(
    kind: K,
    id: string,
    reason: string,
    idempotencyKey: string,
  ): Observable<Reviewed[K]['decided']> {
    return this.http.post<Reviewed[K]['decided']>(
      apiUrl(kind, id, 'return'),
      { reason },
      { headers: { 'Idempotency-Key': idempotencyKey } },
    );
  }
}
