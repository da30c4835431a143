import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AgreementDetailDto,
  AgreementSummaryDto,
  AuditAction,
  AuditPageDto,
  AuditVerificationDto,
  CreateUserRequest,
  PutMembershipRequest,
  UpdateAgreementSettingsRequest,
  UpdateUserRequest,
  UserDto,
} from '@accord/shared';
import { Observable } from 'rxjs';
import { AgreementsApi } from '../core/api/agreements-api';
import { apiUrl, queryParams } from '../core/api/api-url';

/** The filters and paging of GET /api/audit-records (AuditQueryDto); days are `yyyy-mm-dd`, UTC. */
export interface AuditQuery {
  beforeSeq?: number;
  limit?: number;
  agreementId?: string;
  actorId?: string;
  entityId?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
}

const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** `If-Match` with the version the client read, as the API's ETags write it. */
function ifMatch(version: number): Record<string, string> {
  return { 'If-Match': `"${version}"` };
}

/** Accounts, memberships, agreement settings and the audit trail: the calls of the administrators' area. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);
  private readonly agreementsApi = inject(AgreementsApi);

  users(): Observable<UserDto[]> {
    return this.http.get<UserDto[]>(apiUrl('users'));
  }

  /**
   * 409 with `errors.email = 'emailTaken'` when the address is in use. The same `idempotencyKey` sent
   * again with the same body (a retry after a lost answer) returns the account created the first time.
   */
  createUser(request: CreateUserRequest, idempotencyKey: string): Observable<UserDto> {
    return this.http.post<UserDto>(apiUrl('users'), request, { headers: { [IDEMPOTENCY_HEADER]: idempotencyKey } });
  }

  /** Fails with 412 when the account changed since `user.version` was read. */
  updateUser(user: Pick<UserDto, 'id' | 'version'>, request: UpdateUserRequest): Observable<UserDto> {
    return this.http.patch<UserDto>(apiUrl('users', user.id), request, { headers: ifMatch(user.version) });
  }

  /** Grants or changes the user's role on the agreement; answers the user with their memberships. */
  putMembership(agreementId: string, userId: string, request: PutMembershipRequest): Observable<UserDto> {
    return this.http.put<UserDto>(apiUrl('agreements', agreementId, 'members', userId), request);
  }

  removeMembership(agreementId: string, userId: string): Observable<UserDto> {
    return this.http.delete<UserDto>(apiUrl('agreements', agreementId, 'members', userId));
  }

  /** Every agreement (administrators see all), shared with the rest of the app for the session. */
  agreements(): Observable<AgreementSummaryDto[]> {
    return this.agreementsApi.list();
  }

  /**
   * The agreement as the API has it now. Not the session's shared copy: its version is what a settings
   * change is checked against, and a stale one would fail with 412 again and again.
   */
  agreement(agreementId: string): Observable<AgreementDetailDto> {
    return this.http.get<AgreementDetailDto>(apiUrl('agreements', agreementId));
  }

  /** Fails with 412 when the agreement changed since `agreement.version` was read. */
  updateAgreementSettings(
    agreement: Pick<AgreementDetailDto, 'id' | 'version'>,
    request: UpdateAgreementSettingsRequest,
  ): Observable<AgreementDetailDto> {
    return this.http.patch<AgreementDetailDto>(apiUrl('agreements', agreement.id, 'settings'), request, {
      headers: ifMatch(agreement.version),
    });
  }

  /** Newest first; pass the page's `nextBeforeSeq` as `beforeSeq` for older records. */
  auditRecords(query: AuditQuery): Observable<AuditPageDto> {
    return this.http.get<AuditPageDto>(apiUrl('audit-records'), { params: queryParams({ ...query }) });
  }

  /** Walks the whole hash chain; names the first broken record, if any. */
  verifyAuditChain(): Observable<AuditVerificationDto> {
    return this.http.get<AuditVerificationDto>(apiUrl('audit-records', 'verification'));
  }

  /** Other pages keep the agreement for the session: after a settings change they should read it again. */
  forgetSharedAgreements(): void {
    this.agreementsApi.forget();
  }
}
