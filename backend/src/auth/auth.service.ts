import { AuditAction, CurrentUserDto, ErrorCode } from '@accord/shared';
import { HttpStatus, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from 'argon2';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ApiException } from '../common/api-exception';
import { AppConfig } from '../config/app-config';
import type { AccessTokenClaims, AuthenticatedUser, RequestContext } from './authenticated-user';

/** Too many failed sign-ins: the client may try again after `retryAfterSeconds`. */
export class LoginThrottledException extends ApiException {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Too many failed sign-ins; try again later',
  ) {
    super(HttpStatus.TOO_MANY_REQUESTS, ErrorCode.TooManyRequests, message);
    this.headers['Retry-After'] = String(retryAfterSeconds);
  }
}

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so that both failures take the same time. */
  private readonly unknownUserHash = hash(randomBytes(32));

  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  /**
   * Signs in, or fails with one message whatever was wrong (unknown e-mail, wrong password, disabled
   * account). Every attempt is audited; failures are counted from the audit trail, per account and per
   * address, and past the limit the attempt is refused with 429 before any password is checked.
   */
  async login(email: string, password: string, context: RequestContext): Promise<string> {
    const account = email.toLowerCase();
    const userId = await this.db.transaction(async (manager) => {
      // One attempt per account at a time: a burst of parallel guesses cannot all pass the count below
      // before their failures are recorded. A second attempt meanwhile is told to wait, not queued.
      const [{ locked }] = await manager.query('SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked', [
        `login ${account}`,
      ]);
      if (!locked) throw new LoginThrottledException(1, 'This account is signing in already; try again in a moment');
      await this.refuseWhenThrottled(manager, account, context.clientIp);
      const [user]: { id: string; passwordHash: string; disabled: boolean }[] = await manager.query(
        `SELECT id, password_hash AS "passwordHash", disabled_at IS NOT NULL AS disabled
         FROM app_user WHERE lower(email) = $1`,
        [account],
      );
      const valid = await verify(user?.passwordHash ?? (await this.unknownUserHash), password);
      const succeeded = !!user && valid && !user.disabled;
      // Labelled with the lower-cased address either way, so that failures and successes of one account match.
      await this.audit.append(
        manager,
        { ...context, user: succeeded ? { id: user.id, email: account } : null, label: account },
        {
          action: succeeded ? AuditAction.LoginSucceeded : AuditAction.LoginFailed,
          entityType: 'user',
          entityId: user?.id,
        },
      );
      return succeeded ? user.id : null;
    });
    if (!userId) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, ErrorCode.InvalidCredentials, 'Wrong e-mail or password');
    }
    const claims: AccessTokenClaims = { sub: userId };
    return this.jwt.signAsync(claims);
  }

  /**
   * Failures since the account's last successful sign-in count against the account; all failures from an
   * address count against the address (a success does not clear those).
   */
  private async refuseWhenThrottled(manager: EntityManager, account: string, clientIp: string): Promise<void> {
    const window = `${this.config.get('LOGIN_FAILURE_WINDOW_MINUTES', { infer: true })} minutes`;
    const [counts]: { accountFailures: number; accountRetry: number; addressFailures: number; addressRetry: number }[] =
      await manager.query(
        `WITH recent AS (
           SELECT action, actor_label, client_ip, recorded_at FROM audit_record
           WHERE action IN ('auth.login', 'auth.login_failed') AND recorded_at > now() - $3::interval
         ), account_failures AS (
           SELECT recorded_at FROM recent
           WHERE action = 'auth.login_failed' AND lower(actor_label) = $1
             AND recorded_at > coalesce((SELECT max(recorded_at) FROM recent WHERE action = 'auth.login' AND lower(actor_label) = $1), '-infinity')
         ), address_failures AS (
           SELECT recorded_at FROM recent WHERE action = 'auth.login_failed' AND client_ip = $2
         )
         SELECT (SELECT count(*) FROM account_failures)::int AS "accountFailures",
                (SELECT extract(epoch FROM min(recorded_at) + $3::interval - now()) FROM account_failures) AS "accountRetry",
                (SELECT count(*) FROM address_failures)::int AS "addressFailures",
                (SELECT extract(epoch FROM min(recorded_at) + $3::interval - now()) FROM address_failures) AS "addressRetry"`,
        [account, clientIp, window],
      );
    const waits = [
      counts.accountFailures >= this.config.get('LOGIN_MAX_FAILURES_PER_ACCOUNT', { infer: true })
        ? counts.accountRetry
        : 0,
      counts.addressFailures >= this.config.get('LOGIN_MAX_FAILURES_PER_ADDRESS', { infer: true })
        ? counts.addressRetry
        : 0,
    ];
    const wait = Math.max(...waits.map(Number));
    if (wait > 0) throw new LoginThrottledException(Math.ceil(wait));
  }

  toDto(user: AuthenticatedUser): CurrentUserDto {
    const { id, email, displayName, isAdmin, memberships, language } = user;
    return { id, email, displayName, isAdmin, memberships, language };
  }

  /** One's own interface language: a preference, not a change of access, so neither versioned nor audited. */
  async savePreferences(user: AuthenticatedUser, language: string): Promise<CurrentUserDto> {
    await this.db.query('UPDATE app_user SET language = $2 WHERE id = $1', [user.id, language]);
    return this.toDto({ ...user, language });
  }
}
