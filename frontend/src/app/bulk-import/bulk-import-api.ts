import { HttpClient, HttpEventType } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { ImportFileFormat, ImportKind, ImportReportDto, JobDto } from '@accord/shared';
import { catchError, filter, map, Observable, of, throwError } from 'rxjs';
import { apiUrl } from '../core/api/api-url';
import { toApiRequestError } from '../core/errors/api-request-error';

/** What an upload gives, as it goes: how much is sent, then the report (or the job that will make it). */
export type ImportEvent =
  | { kind: 'sending'; sent: number; total: number }
  | { kind: 'report'; report: ImportReportDto }
  | { kind: 'job'; job: JobDto };

@Injectable({ providedIn: 'root' })
export class BulkImportApi {
  private readonly http = inject(HttpClient);

  /** The template of a kind for the agreement, fetched with the user's credentials. */
  template(agreementId: string, kind: ImportKind, format: ImportFileFormat): Observable<Blob> {
    return this.http.get(apiUrl('agreements', agreementId, 'import-templates', kind), {
      params: { format },
      responseType: 'blob',
    });
  }

  /**
   * Sends the file for a dry run or an import. A file with errors is a report too: a dry run lists them,
   * an import refused for them (422) stores nothing and answers the same report. A large file answers
   * the job that runs it. The same `idempotencyKey` sent again imports nothing twice.
   */
  send(
    agreementId: string,
    request: { kind: ImportKind; file: File; dryRun: boolean },
    idempotencyKey: string,
  ): Observable<ImportEvent> {
    const body = new FormData();
    body.append('kind', request.kind);
    body.append('dryRun', String(request.dryRun));
    body.append('file', request.file, request.file.name);
    return this.http
      .post<ImportReportDto | JobDto>(apiUrl('agreements', agreementId, 'imports'), body, {
        headers: { 'Idempotency-Key': idempotencyKey },
        reportProgress: true,
        observe: 'events',
      })
      .pipe(
        map((event): ImportEvent | null => {
          if (event.type === HttpEventType.UploadProgress) {
            return { kind: 'sending', sent: event.loaded, total: event.total ?? request.file.size };
          }
          if (event.type !== HttpEventType.Response || !event.body) return null;
          return event.status === 202
            ? { kind: 'job', job: event.body as JobDto }
            : { kind: 'report', report: event.body as ImportReportDto };
        }),
        filter((event): event is ImportEvent => event !== null),
        catchError((failure: unknown) => {
          const report = toApiRequestError(failure).report;
          return report ? of<ImportEvent>({ kind: 'report', report }) : throwError(() => failure);
        }),
      );
  }

  /** Every error of the file as CSV (a dry run answered as a file). */
  errorReport(agreementId: string, kind: ImportKind, file: File): Observable<Blob> {
    const body = new FormData();
    body.append('kind', kind);
    body.append('dryRun', 'true');
    body.append('file', file, file.name);
    return this.http.post(apiUrl('agreements', agreementId, 'imports'), body, {
      headers: { Accept: 'text/csv' },
      responseType: 'blob',
    });
  }

  job(jobId: string): Observable<JobDto> {
    return this.http.get<JobDto>(apiUrl('jobs', jobId));
  }

  /** The report a finished import job left as its file. */
  jobReport(jobId: string): Observable<ImportReportDto> {
    return this.http.get<ImportReportDto>(apiUrl('jobs', jobId, 'file'));
  }
}
