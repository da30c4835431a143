import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Page, PaxAgreementQuery, PaxAgreementRowDto, PaxImportResultDto, PaxUploadDto } from '@accord/shared';
import { Observable, tap } from 'rxjs';
import { AgreementsApi } from '../../core/api/agreements-api';
import { apiUrl, queryParams } from '../../core/api/api-url';

const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** The calls of "Import from PA-X": upload an export, search it, import the rows picked. */
@Injectable({ providedIn: 'root' })
export class PaxImportApi {
  private readonly http = inject(HttpClient);
  private readonly agreementsApi = inject(AgreementsApi);

  /** 422 `import_rejected` with `errors` by row and column (see `fileProblemsOf`) when the file has problems. */
  upload(file: File, idempotencyKey: string): Observable<PaxUploadDto> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<PaxUploadDto>(apiUrl('pax-imports'), body, {
      headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
    });
  }

  search(uploadId: string, query: PaxAgreementQuery): Observable<Page<PaxAgreementRowDto>> {
    return this.http.get<Page<PaxAgreementRowDto>>(apiUrl('pax-imports', uploadId, 'agreements'), {
      params: queryParams({ ...query }),
    });
  }

  /** All or nothing; the agreements the rest of the app keeps for the session are read again afterwards. */
  import(uploadId: string, agtIds: number[], idempotencyKey: string): Observable<PaxImportResultDto> {
    return this.http
      .post<PaxImportResultDto>(
        apiUrl('pax-imports', uploadId, 'imports'),
        { agtIds },
        { headers: { [IDEMPOTENCY_HEADER]: idempotencyKey } },
      )
      .pipe(tap(() => this.agreementsApi.forget()));
  }
}
