import { hasPermission, Permission } from '@accord/shared';
import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiErrors } from '../common/api-error.response';
import { requestIdOf } from '../common/request-id';
import type { Actor, AgreementAccess, AuthenticatedUser, RequestContext } from './authenticated-user';

export const ACCESS_KEY = 'accord:access';

export interface AccessRule {
  /** Omitted: any signed-in user (e.g. reading one's own profile, listing one's agreements). */
  permission?: Permission;
}
export const PUBLIC_KEY = 'accord:public';

/**
 * A route's one line of access intent: a valid bearer token whose user holds `permission` on the
 * agreement of the route's id (see agreement-scope.ts). Every route carries either this or `@Public()`;
 * the global guard refuses routes with neither.
 */
export const Authenticated = (rule: AccessRule = {}) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, rule),
    ApiBearerAuth(),
    rule.permission ? ApiErrors(401, 403) : ApiErrors(401),
  );

/** A route anyone may call (login, health, public pages). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

type ContextRequest = Request & { user: AuthenticatedUser; access?: AgreementAccess };
const requestOf = (context: ExecutionContext) => context.switchToHttp().getRequest<ContextRequest>();

export const requestContextOf = (request: Request): RequestContext => ({
  requestId: requestIdOf(request),
  clientIp: request.ip ?? '',
});

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => requestOf(context).user,
);

/** The signed-in user with the request's id and address, for the audit trail. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = requestOf(context);
  return { user: request.user, ...requestContextOf(request) };
});

export const CurrentRequestContext = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext => requestContextOf(requestOf(context)),
);

/** The agreement the route's id belongs to, as checked by the guard. */
export const CurrentAccess = createParamDecorator((_data: unknown, context: ExecutionContext): AgreementAccess => {
  const access = requestOf(context).access;
  if (!access) throw new Error('CurrentAccess used on a route without an agreement-scoped id');
  return access;
});

/** What the caller may read of the agreement of the route's id. */
export interface ReadScope extends AgreementAccess {
  userId: string;
  /** Reviewers (and admins) see every submitted and returned update; others only their own. */
  seesAllSubmissions: boolean;
}

export function readScopeOf(user: AuthenticatedUser, access: AgreementAccess): ReadScope {
  return {
    ...access,
    userId: user.id,
    seesAllSubmissions: hasPermission(user, Permission.ReviewStatusUpdate, access.agreementId),
  };
}

export const CurrentReadScope = createParamDecorator((_data: unknown, context: ExecutionContext): ReadScope => {
  const { user, access } = requestOf(context);
  if (!access) throw new Error('CurrentReadScope used on a route without an agreement-scoped id');
  return readScopeOf(user, access);
});
