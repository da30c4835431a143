import { ErrorCode, hasPermission } from '@accord/shared';
import { CanActivate, ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import { isUUID } from 'class-validator';
import { Repository } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { User } from '../users/entities/user.entity';
import { ACCESS_KEY, AccessRule, PUBLIC_KEY } from './authenticated.decorator';
import type { AccessTokenClaims, AuthenticatedUser } from './authenticated-user';

const unauthorized = () =>
  new ApiException(HttpStatus.UNAUTHORIZED, ErrorCode.Unauthorized, 'A valid bearer token is required');

/**
 * The global guard: every route is closed unless marked `@Public()`; an authenticated route must
 * name its permission, checked against the permission map in shared/. The user is read from the
 * database on each request so that a removed account or a changed role takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const user = await this.authenticate(request.headers.authorization);
    request.user = user;

    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, targets);
    if (!rule || (rule.permission && !hasPermission(user.role, rule.permission))) {
      throw new ApiException(HttpStatus.FORBIDDEN, ErrorCode.Forbidden, 'You are not allowed to do this');
    }
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
    const user = await this.users.findOne({
      where: { id: claims.sub },
      select: { id: true, email: true, displayName: true, role: true },
    });
    if (!user) throw unauthorized();
    return user;
  }
}
