import { Role } from '@accord/shared';

/** The caller of a request, as the guard found it in the database. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
}

export interface AccessTokenClaims {
  sub: string;
}
