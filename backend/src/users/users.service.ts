import { AuditAction, ErrorCode, MembershipDto, UserDto } from '@accord/shared';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash } from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/authenticated-user';
import { ApiException } from '../common/api-exception';
import { requireChanges, staleVersion, updateCount } from '../common/versioning';
import type { IdempotentRequest } from '../idempotency/idempotency-key.decorator';
import { IdempotentTransaction } from '../idempotency/idempotent-transaction.service';
import { CreateUserDto, PutMembershipDto, UpdateUserDto } from './dto/user.dto';
import { MEMBERSHIPS_JSON } from './memberships.sql';

const USER_SELECT = `
  SELECT u.id, u.email, u.display_name AS "displayName", u.is_admin AS "isAdmin", u.disabled_at IS NOT NULL AS disabled,
         u.version, ${MEMBERSHIPS_JSON}
  FROM app_user u LEFT JOIN agreement_member m ON m.user_id = u.id`;

/** Accounts and memberships, managed by administrators; every change is audited (passwords never). */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly transactions: IdempotentTransaction,
  ) {}

  list(): Promise<UserDto[]> {
    return this.db.query(`${USER_SELECT} GROUP BY u.id ORDER BY lower(u.email)`);
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<UserDto> {
    const [user] = await manager.query(`${USER_SELECT} WHERE u.id = $1 GROUP BY u.id`, [id]);
    if (!user) throw ApiException.notFound('User');
    return user;
  }

  create(input: CreateUserDto, actor: Actor, idempotency: IdempotentRequest): Promise<UserDto> {
    return this.transactions.run(idempotency, async (manager) => {
      const passwordHash = await hash(input.password);
      const [created]: { id: string }[] = await manager.query(
        `INSERT INTO app_user (email, display_name, password_hash, is_admin) VALUES ($1, $2, $3, $4)
         ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
        [input.email, input.displayName, passwordHash, input.isAdmin ?? false],
      );
      if (!created) {
        throw new ApiException(HttpStatus.CONFLICT, ErrorCode.Conflict, 'An account with this e-mail exists', {
          email: 'emailTaken',
        });
      }
      const user = await this.get(created.id, manager);
      await this.audit.append(manager, actor, {
        action: AuditAction.UserCreated,
        entityType: 'user',
        entityId: user.id,
        after: { email: user.email, displayName: user.displayName, isAdmin: user.isAdmin },
      });
      return user;
    });
  }

  async update(id: string, expectedVersion: number, changes: UpdateUserDto, actor: Actor): Promise<UserDto> {
    requireChanges(changes);
    if (id === actor.user.id && (changes.isAdmin === false || changes.disabled === true)) {
      // An administrator cannot lock themselves out; another administrator must do it.
      throw ApiException.validation({ [changes.disabled ? 'disabled' : 'isAdmin']: 'ownAccount' });
    }
    return this.db.transaction(async (manager) => {
      const before = await this.get(id, manager);
      const passwordHash = changes.password === undefined ? null : await hash(changes.password);
      const affected = await updateCount(
        manager,
        `UPDATE app_user SET display_name = coalesce($3, display_name), password_hash = coalesce($4, password_hash),
                credentials_changed_at = CASE WHEN $4::text IS NULL THEN credentials_changed_at ELSE now() END,
                is_admin = coalesce($5, is_admin),
                disabled_at = CASE WHEN $6::boolean IS NULL THEN disabled_at WHEN $6 THEN coalesce(disabled_at, now()) END,
                version = version + 1, updated_at = now()
         WHERE id = $1 AND version = $2`,
        [
          id,
          expectedVersion,
          changes.displayName ?? null,
          passwordHash,
          changes.isAdmin ?? null,
          changes.disabled ?? null,
        ],
      );
      if (affected === 0) throw staleVersion();
      const after = await this.get(id, manager);
      await this.audit.append(manager, actor, {
        action: AuditAction.UserUpdated,
        entityType: 'user',
        entityId: id,
        before: accountFields(before),
        after: { ...accountFields(after), passwordChanged: changes.password !== undefined },
      });
      return after;
    });
  }

  /** Grants or changes a user's role on an agreement (one role per agreement). */
  putMembership(agreementId: string, userId: string, input: PutMembershipDto, actor: Actor): Promise<UserDto> {
    return this.db.transaction(async (manager) => {
      const before = (await this.get(userId, manager)).memberships.find((m) => m.agreementId === agreementId);
      await manager.query(
        `INSERT INTO agreement_member (agreement_id, user_id, role, confidential_access, trusted) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (agreement_id, user_id) DO UPDATE
           SET role = excluded.role, confidential_access = excluded.confidential_access, trusted = excluded.trusted,
               updated_at = now()`,
        [agreementId, userId, input.role, input.confidentialAccess, input.trusted],
      );
      const after: MembershipDto = { agreementId, ...input };
      await this.audit.append(manager, actor, {
        action: before ? AuditAction.MembershipChanged : AuditAction.MembershipGranted,
        entityType: 'user',
        entityId: userId,
        agreementId,
        before: before ?? null,
        after,
      });
      return this.get(userId, manager);
    });
  }

  revokeMembership(agreementId: string, userId: string, actor: Actor): Promise<UserDto> {
    return this.db.transaction(async (manager) => {
      const [removed] = await manager.query(
        `DELETE FROM agreement_member WHERE agreement_id = $1 AND user_id = $2
         RETURNING role, confidential_access AS "confidentialAccess", trusted`,
        [agreementId, userId],
      );
      if (!removed?.length) throw ApiException.notFound('Membership');
      await this.audit.append(manager, actor, {
        action: AuditAction.MembershipRevoked,
        entityType: 'user',
        entityId: userId,
        agreementId,
        before: { agreementId, ...removed[0] },
      });
      return this.get(userId, manager);
    });
  }
}

const accountFields = ({ email, displayName, isAdmin, disabled }: UserDto) => ({
  email,
  displayName,
  isAdmin,
  disabled,
});
