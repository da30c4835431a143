import { HttpClient, HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CreateReportScheduleRequest,
  ReportScheduleDto,
  ReportScheduleRunDto,
  UpdateReportScheduleRequest,
} from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api/api-url';

type Versioned = Pick<ReportScheduleDto, 'id' | 'version'>;
const ifMatch = ({ version }: Versioned) => ({ 'If-Match': `"${version}"` });

/** An agreement's report schedules (administrators). */
@Injectable({ providedIn: 'root' })
export class ReportSchedulesApi {
  private readonly http = inject(HttpClient);

  list(agreementId: string): Observable<ReportScheduleDto[]> {
    return this.http.get<ReportScheduleDto[]>(apiUrl('agreements', agreementId, 'report-schedules'));
  }

  /** One key per schedule asked for: a resend after a lost answer creates it once. */
  create(
    agreementId: string,
    request: CreateReportScheduleRequest,
    idempotencyKey: string,
  ): Observable<ReportScheduleDto> {
    return this.http.post<ReportScheduleDto>(apiUrl('agreements', agreementId, 'report-schedules'), request, {
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  }

  /** Fails with 412 when the schedule changed since `schedule.version` was read. */
  update(schedule: Versioned, request: UpdateReportScheduleRequest): Observable<ReportScheduleDto> {
    return this.http.patch<ReportScheduleDto>(apiUrl('report-schedules', schedule.id), request, {
      headers: ifMatch(schedule),
    });
  }

  remove(schedule: Versioned): Observable<void> {
    return this.http.delete<void>(apiUrl('report-schedules', schedule.id), { headers: ifMatch(schedule) });
  }

  /** Reports on the latest period now: 201 when it was sent now, 200 when it had been sent already. */
  run(schedule: Pick<ReportScheduleDto, 'id'>, idempotencyKey: string): Observable<HttpResponse<ReportScheduleRunDto>> {
    return this.http.post<ReportScheduleRunDto>(apiUrl('report-schedules', schedule.id, 'runs'), null, {
      headers: { 'Idempotency-Key': idempotencyKey },
      observe: 'response',
    });
  }
}
