import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreateReportRequest, Page, ReceivedReportDto, ReportDetailDto, ReportDto } from '@accord/shared';
import { map, Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api/api-url';
import { saveBlob } from '../core/save-blob';

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

  /** Fetches the report's PDF and hands it to the browser to save. */
  download(report: Pick<ReportDto, 'id' | 'asOf' | 'language'>): Observable<void> {
    return this.pdf(report).pipe(map((blob) => saveBlob(blob, `report-${report.asOf}-${report.language}.pdf`)));
  }

  /** The reports schedules sent to the user, of one agreement, newest first. */
  received(agreementId: string): Observable<Page<ReceivedReportDto>> {
    return this.http.get<Page<ReceivedReportDto>>(apiUrl('me', 'reports'), {
      params: queryParams({ agreementId, pageSize: LISTED_REPORTS }),
    });
  }

  /** Notes that the user opened a report sent to them. */
  markRead(report: Pick<ReportDto, 'id'>): Observable<ReceivedReportDto> {
    return this.http.post<ReceivedReportDto>(apiUrl('reports', report.id, 'read'), null);
  }
}
