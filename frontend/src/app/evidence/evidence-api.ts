import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { CreateEvidenceLinkRequest, EvidenceDto, SourceReliability } from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api/api-url';

/** A file chosen to go with an update, with what the monitor says of it. */
export interface EvidenceUpload {
  file: File;
  title: string;
  reliability: SourceReliability;
  /** The date of the document; empty when unknown. */
  evidenceDate: string;
  /** Chosen once per file: sending it again after a lost answer stores it once. */
  idempotencyKey: string;
}

@Injectable({ providedIn: 'root' })
export class EvidenceApi {
  private readonly http = inject(HttpClient);

  upload(statusUpdateId: string, upload: EvidenceUpload): Observable<EvidenceDto> {
    const body = new FormData();
    body.append('title', upload.title);
    body.append('reliability', upload.reliability);
    if (upload.evidenceDate) body.append('evidenceDate', upload.evidenceDate);
    body.append('file', upload.file, upload.file.name);
    return this.http.post<EvidenceDto>(apiUrl('status-updates', statusUpdateId, 'evidence', 'files'), body, {
      headers: { 'Idempotency-Key': upload.idempotencyKey },
    });
  }

  addLink(statusUpdateId: string, link: CreateEvidenceLinkRequest, idempotencyKey: string): Observable<EvidenceDto> {
    return this.http.post<EvidenceDto>(apiUrl('status-updates', statusUpdateId, 'evidence', 'links'), link, {
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  }

  /** The file, fetched with the user's credentials (a plain link would carry none). */
  download(evidence: Pick<EvidenceDto, 'id'>): Observable<Blob> {
    return this.http.get(apiUrl('evidence', evidence.id, 'file'), { responseType: 'blob' });
  }
}
