import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreateExportRequest, JobDto } from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api/api-url';

/** Exports of an agreement's data: each runs as a job of the user's, followed until its file is ready. */
@Injectable({ providedIn: 'root' })
export class ExportsApi {
  private readonly http = inject(HttpClient);

  /** Queues an export (202 with its job). The same key sent again (a lost answer) queues nothing more. */
  start(agreementId: string, request: CreateExportRequest, idempotencyKey: string): Observable<JobDto> {
    return this.http.post<JobDto>(apiUrl('agreements', agreementId, 'exports'), request, {
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  }

  /** The user's own jobs on the agreement, newest first. */
  jobs(agreementId: string): Observable<JobDto[]> {
    return this.http.get<JobDto[]>(apiUrl('jobs'), { params: queryParams({ agreementId }) });
  }

  /** The file of a job that succeeded. */
  file(job: Pick<JobDto, 'id'>): Observable<Blob> {
    return this.http.get(apiUrl('jobs', job.id, 'file'), { responseType: 'blob' });
  }
}
