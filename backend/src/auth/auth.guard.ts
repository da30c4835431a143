import { ErrorCode, hasPermission, membershipOf, Permission, seesConfidential } from '@accord/shared';
import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { MEMBERSHIPS_JSON } from '../users/memberships.sql';
import { resolveScope } from './agreement-scope';
import { ACCESS_KEY, AccessRule, PUBLIC_KEY } from './authenticated.decorator';
import type { AccessTokenClaims, AgreementAccess, AuthenticatedUser } from './authenticated-user';

const unauthorized = () =>
  new ApiException(HttpStatus.UNAUTHORIZED, ErrorCode.Unauthorized, 'A valid bearer token is required');

export type GuardedRequest = Request & { user?: AuthenticatedUser; access?: AgreementAccess };

/**
 * The global guard: every route is closed unless marked `@Public()`; an authenticated route names its
 * permission, checked against the permission map in shared/ on the agreement the route's id belongs to.
 * Ids of agreements the caller is not a member of, confidential items they are not cleared for, and
 * updates awaiting review that are neither theirs nor theirs to review answer 404 (their existence is
 * not disclosed); a member without the permission gets 403.
 * The user and memberships are read on each request, so a removed account or membership takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const user = await this.authenticate(request.headers.authorization);
    request.user = user;

    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, targets);
    if (!rule) throw forbidden();
    const scope = await resolveScope(this.db.manager, request.params);
    if (scope) {
      const cleared = seesConfidential(user, scope.agreementId);
      const hiddenPending =
        scope.pendingAuthorId !== null &&
        scope.pendingAuthorId !== user.id &&
        !hasPermission(user, Permission.ReviewStatusUpdate, scope.agreementId);
      if (
        (!user.isAdmin && !membershipOf(user, scope.agreementId)) ||
        (scope.confidential && !cleared) ||
        hiddenPending
      ) {
        throw ApiException.notFound(scope.entity);
      }
      request.access = { agreementId: scope.agreementId, seesConfidential: cleared };
    }
    if (rule.permission && !hasPermission(user, rule.permission, scope?.agreementId)) throw forbidden();
    return true;
  }

  private async authenticate(header: string | undefined): Promise<AuthenticatedUser> {
    const [scheme, token] = header?.split(' ') ?? [];
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw unauthorized();
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw unauthorized();
    }
    // Signed by us, yet not a claim we issue (e.g. a token of another service sharing the secret).
    if (typeof claims.sub !== 'string' || !isUUID(claims.sub)) throw unauthorized();
    const user = await loadUser(this.db, claims.sub);
    // A token from before the password was last changed is refused (a reset locks out a stolen token).
    if (!user || (claims.iat ?? 0) < user.credentialsChangedAt) throw unauthorized();
    const { credentialsChangedAt: _changedAt, ...authenticated } = user;
    return authenticated;
  }
}

const forbidden = () => new ApiException(HttpStatus.FORBIDDEN, ErrorCode.Forbidden, 'You are not allowed to do this');

/** An active account with its memberships and when its credentials last changed (epoch seconds), or undefined. */
export async function loadUser(
  db: DataSource,
  id: string,
): Promise<(AuthenticatedUser & { credentialsChangedAt: number }) | undefined> {
  const [user] = await db.query(
    `SELECT u.id, u.email, u.display_name AS "displayName", u.is_admin AS "isAdmin", u.language,
            floor(extract(epoch FROM u.credentials_changed_at))::int AS "credentialsChangedAt", ${MEMBERSHIPS_JSON}
     FROM app_user u LEFT JOIN agreement_member m ON m.user_id = u.id
     WHERE u.id = $1 AND u.disabled_at IS NULL
     GROUP BY u.id`,
    [id],
  );
  return user;
}
