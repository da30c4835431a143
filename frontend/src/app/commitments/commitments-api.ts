import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  CommitmentDetailDto,
  CommitmentListItemDto,
  CommitmentQuery,
  CreateStatusUpdateRequest,
  MilestoneDto,
  Page,
  UpdateMilestoneRequest,
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

  /**
   * Submits an update for review. Fails with 412 when the milestone changed since `milestone.version`
   * was read. The same `idempotencyKey` sent again (after an answer lost on a weak link) stores nothing
   * new and gets the first answer.
   */
  recordStatusUpdate(
    milestone: Pick<MilestoneDto, 'id' | 'version'>,
    request: CreateStatusUpdateRequest,
    idempotencyKey: string,
  ): Observable<MilestoneDto> {
    return this.http.post<MilestoneDto>(apiUrl('milestones', milestone.id, 'status-updates'), request, {
      headers: { 'If-Match': `"${milestone.version}"`, 'Idempotency-Key': idempotencyKey },
    });
  }

  /** Administrators' edits of a milestone; 412 when it changed since `milestone.version` was read. */
  updateMilestone(
    milestone: Pick<MilestoneDto, 'id' | 'version'>,
    changes: UpdateMilestoneRequest,
  ): Observable<MilestoneDto> {
    return this.http.patch<MilestoneDto>(apiUrl('milestones', milestone.id), changes, {
      headers: { 'If-Match': `"${milestone.version}"` },
    });
  }

  getMilestone(milestoneId: string): Observable<MilestoneDto> {
    return this.http.get<MilestoneDto>(apiUrl('milestones', milestoneId));
  }
}
