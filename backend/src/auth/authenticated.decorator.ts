import { Permission } from '@accord/shared';
import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-error.response';
import type { AuthenticatedUser } from './authenticated-user';

export const ACCESS_KEY = 'accord:access';

export interface AccessRule {
  /** Omitted: any signed-in user (e.g. reading one's own profile). */
  permission?: Permission;
}
export const PUBLIC_KEY = 'accord:public';

/**
 * A route's one line of access intent: a valid bearer token whose user holds `permission`.
 * Every route carries either this or `@Public()`; the global guard refuses routes with neither.
 */
export const Authenticated = (rule: AccessRule = {}) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, rule),
    ApiBearerAuth(),
    rule.permission ? ApiErrors(401, 403) : ApiErrors(401),
  );

/** A route anyone may call (login, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser =>
    context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user,
);
