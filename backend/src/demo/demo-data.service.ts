import { AgreementRole } from '@accord/shared';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash } from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { randomSecret, readOrCreateSecretFile } from '../config/generated-secrets';
import { AppConfig } from '../config/app-config';
import { loadDemoAgreement } from './demo-agreement.loader';
import { MALI_2015 } from './mali-2015.data';

/** One account per kind of access; members hold their role on the demo agreement. */
export const DEMO_ACCOUNTS: readonly {
  email: string;
  displayName: string;
  isAdmin?: boolean;
  role?: AgreementRole;
  confidentialAccess?: boolean;
}[] = [
  { email: 'admin@example.org', displayName: 'Demo Admin', isAdmin: true },
  {
    email: 'reviewer@example.org',
    displayName: 'Demo Reviewer',
    role: AgreementRole.Reviewer,
    confidentialAccess: true,
  },
  { email: 'monitor@example.org', displayName: 'Demo Monitor', role: AgreementRole.Monitor },
  { email: 'viewer@example.org', displayName: 'Demo Viewer', role: AgreementRole.Viewer },
];

export const DEMO_PASSWORD_FILE = 'demo-password.txt';

/** Arbitrary key of the advisory lock that keeps two starting servers from seeding twice. */
const SEED_LOCK = 7_301_505;

/**
 * On the first start with an empty database, loads the Mali 2015 agreement and the three demo
 * accounts. Their password comes from ACCORD_DEMO_PASSWORD, or is generated, printed once and kept in
 * `<data dir>/demo-password.txt`.
 */
@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('ACCORD_DEMO_DATA', { infer: true })) return;
    await this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const [{ users }] = await manager.query('SELECT count(*)::int AS users FROM app_user');
      if (users > 0) return;
      await this.seed(manager);
    });
  }

  private async seed(manager: EntityManager): Promise<void> {
    const password = this.demoPassword();
    const passwordHash = await hash(password);
    const accounts: { id: string; role?: AgreementRole; confidentialAccess?: boolean }[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const [{ id }] = await manager.query(
        'INSERT INTO app_user (email, display_name, password_hash, is_admin) VALUES ($1, $2, $3, $4) RETURNING id',
        [account.email, account.displayName, passwordHash, account.isAdmin ?? false],
      );
      accounts.push({ ...account, id });
    }
    const idOf = (role: AgreementRole) => accounts.find((account) => account.role === role)?.id ?? null;
    const authorId = idOf(AgreementRole.Monitor);
    if (!authorId) throw new Error('The demo accounts need a monitor to author the demo history');
    const { agreementId, ...counts } = await loadDemoAgreement(manager, MALI_2015, {
      authorId,
      reviewerId: idOf(AgreementRole.Reviewer),
    });
    for (const { id, role, confidentialAccess } of accounts) {
      if (!role) continue;
      await manager.query(
        'INSERT INTO agreement_member (agreement_id, user_id, role, confidential_access) VALUES ($1, $2, $3, $4)',
        [agreementId, id, role, confidentialAccess ?? false],
      );
    }
    this.logger.log(
      `Demo data loaded: ${MALI_2015.shortTitle}, ${counts.commitments} commitments, ${counts.milestones} milestones, ${counts.statusUpdates} status updates, ${counts.indicatorValues} indicator values`,
    );
  }

  private demoPassword(): string {
    const configured = this.config.get('ACCORD_DEMO_PASSWORD', { infer: true });
    if (configured) return configured;
    const dataDir = this.config.get('ACCORD_DATA_DIR', { infer: true });
    const { value, created } = readOrCreateSecretFile(dataDir, DEMO_PASSWORD_FILE, () => randomSecret(12));
    if (created) {
      // Printed once, on the start that creates the accounts; afterwards it is only in the file.
      process.stdout.write(
        `\n  Demo accounts: ${DEMO_ACCOUNTS.map((account) => account.email).join(', ')}\n` +
          `  Password: ${value}\n  (kept in ${dataDir}/${DEMO_PASSWORD_FILE})\n\n`,
      );
    }
    return value;
  }
}
