import { AccessHolder, MembershipDto } from '@accord/shared';

/** The caller of a request, as the guard found it in the database (memberships included). */
export interface AuthenticatedUser extends AccessHolder {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  memberships: MembershipDto[];
  language: string | null;
}

export interface AccessTokenClaims {
  sub: string;
  /** Issued at (seconds), set by the signer. */
  iat?: number;
}

/** Who did something and through which request: what the audit trail records. */
export interface RequestContext {
  requestId: string;
  clientIp: string;
}

export interface Actor extends RequestContext {
  user: AuthenticatedUser;
}

/**
 * The agreement a request's ids belong to, once the guard has checked that the caller may see it:
 * services filter by it (confidential items, one's own pending updates) instead of re-checking.
 */
export interface AgreementAccess {
  agreementId: string;
  seesConfidential: boolean;
}
