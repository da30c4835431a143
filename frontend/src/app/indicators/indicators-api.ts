import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreateIndicatorValueRequest, IndicatorDetailDto, IndicatorDto } from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api/api-url';

@Injectable({ providedIn: 'root' })
export class IndicatorsApi {
  private readonly http = inject(HttpClient);

  /** The agreement's indicators with their latest approved value as of today. */
  list(agreementId: string): Observable<IndicatorDto[]> {
    return this.http.get<IndicatorDto[]>(apiUrl('agreements', agreementId, 'indicators'));
  }

  /** The indicator with the history of its values the user may see. */
  get(indicatorId: string): Observable<IndicatorDetailDto> {
    return this.http.get<IndicatorDetailDto>(apiUrl('indicators', indicatorId));
  }

  /**
   * Submits a value for review. Fails with 412 when the indicator changed since `indicator.version` was
   * read (a colleague recorded a value). The same `idempotencyKey` sent again (after an answer lost on a
   * weak link) stores nothing new and gets the first answer.
   */
  recordValue(
    indicator: Pick<IndicatorDto, 'id' | 'version'>,
    request: CreateIndicatorValueRequest,
    idempotencyKey: string,
  ): Observable<IndicatorDetailDto> {
    return this.http.post<IndicatorDetailDto>(apiUrl('indicators', indicator.id, 'values'), request, {
      headers: { 'If-Match': `"${indicator.version}"`, 'Idempotency-Key': idempotencyKey },
    });
  }
}
