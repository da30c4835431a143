import { CurrentUserDto, ErrorCode } from '@accord/shared';
import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { hash, verify } from 'argon2';
import { randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { User } from '../users/entities/user.entity';
import type { AccessTokenClaims, AuthenticatedUser } from './authenticated-user';

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so that both failures take the same time. */
  private readonly unknownUserHash = hash(randomBytes(32));

  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async login(email: string, password: string): Promise<string> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
    const valid = await verify(user?.passwordHash ?? (await this.unknownUserHash), password);
    if (!user || !valid) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, ErrorCode.InvalidCredentials, 'Wrong e-mail or password');
    }
    const claims: AccessTokenClaims = { sub: user.id };
    return this.jwt.signAsync(claims);
  }

  toDto(user: AuthenticatedUser): CurrentUserDto {
    return { id: user.id, email: user.email, displayName: user.displayName, role: user.role };
  }
}
