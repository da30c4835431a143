import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreateReportRequest, Page, ReportDetailDto, ReportDto } from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api/api-url';

/** How many of an agreement's latest reports the page lists. */
export const LISTED_REPORTS = 50;

@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  /** The agreement's reports the user sees, newest first. */
  list(agreementId: string): Observable<Page<ReportDto>> {
    return this.http.get<Page<ReportDto>>(apiUrl('agreements', agreementId, 'reports'), {
      params: queryParams({ pageSize: LISTED_REPORTS }),
    });
  }

  /** Generates a report for the user's scope; one key per report asked for, so that a resend stores it once. */
  generate(agreementId: string, request: CreateReportRequest, idempotencyKey: string): Observable<ReportDetailDto> {
    return this.http.post<ReportDetailDto>(apiUrl('agreements', agreementId, 'reports'), request, {
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  }

  /** The report printed as a PDF, fetched with the user's credentials. */
  pdf(report: Pick<ReportDto, 'id'>): Observable<Blob> {
    return this.http.get(apiUrl('reports', report.id, 'pdf'), { responseType: 'blob' });
  }
}
