import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CommitmentDetailDto,
  CommitmentListItemDto,
  CommitmentQuery,
  CreateStatusUpdateRequest,
  MilestoneDto,
  Page,
} from '@accord/shared';
import { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api/api-url';

@Injectable({ providedIn: 'root' })
export class CommitmentsApi {
  private readonly http = inject(HttpClient);

  list(agreementId: string, query: CommitmentQuery): Observable<Page<CommitmentListItemDto>> {
    return this.http.get<Page<CommitmentListItemDto>>(apiUrl('agreements', agreementId, 'commitments'), {
      params: queryParams({ ...query }),
    });
  }

  get(commitmentId: string): Observable<CommitmentDetailDto> {
    return this.http.get<CommitmentDetailDto>(apiUrl('commitments', commitmentId));
  }

  /** Fails with 412 when the milestone changed since `milestone.version` was read. */
  recordStatusUpdate(
    milestone: Pick<MilestoneDto, 'id' | 'version'>,
    request: CreateStatusUpdateRequest,
  ): Observable<MilestoneDto> {
    return this.http.post<MilestoneDto>(apiUrl('milestones', milestone.id, 'status-updates'), request, {
      headers: { 'If-Match': `"${milestone.version}"` },
    });
  }
}
