import { INestApplication } from '@nestjs/common';
import { hash } from 'argon2';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadDemoAgreement } from '../../../backend/src/demo/demo-agreement.loader';
import { DemoAgreement } from '../../../backend/src/demo/demo-agreement.types';

export const TEST_PASSWORD = 'correct horse battery staple';
/** The fixture's accounts: an administrator, the members of agreement A, and a member of agreement B only. */
export type TestRole = 'admin' | 'reviewer' | 'monitor' | 'viewer' | 'outsider';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  db: DataSource;
  agreementId: string;
  /** Agreement B, loaded from `otherFixture`; empty without it. */
  otherAgreementId: string;
  dataDir: string;
  tokenFor(role: TestRole): Promise<string>;
  /**
   * Stops the application and starts it again on the same database and data directory, with `env` over
   * the first start's environment (`app`, `http` and `db` are the new ones'; tokens stay valid).
   */
  restart(env?: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the real application (as `main.ts` builds it) on a fresh database of its own, created by the
 * migrations. `fixture` is loaded as agreement A with the test accounts (`otherFixture` as agreement B);
 * `demo: true` lets the server seed the demo data.
 */
export async function startTestApp(
  options: { fixture?: DemoAgreement; otherFixture?: DemoAgreement; demo?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const adminUrl = process.env['ACCORD_TEST_ADMIN_URL'];
  if (!adminUrl) throw new Error('ACCORD_TEST_ADMIN_URL is not set: run the API tests through their jest config');
  const databaseName = `accord_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${databaseName}`);
  await admin.end();
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${databaseName}`;

  const dataDir = mkdtempSync(join(tmpdir(), 'accord-data-'));
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl.toString(),
    DATABASE_POOL_SIZE: '20',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ACCORD_DATA_DIR: dataDir,
    ACCORD_DEMO_DATA: options.demo ? 'true' : 'false',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  delete process.env['ACCORD_STATIC_DIR'];
  // Imported only now: the configuration is read when the application module loads.
  const { createApp } = await import('../../../backend/src/app/create-app');
  const app = await createApp();
  await app.init();
  const db = app.get(DataSource);

  let agreementId = '';
  let otherAgreementId = '';
  if (options.fixture) {
    const passwordHash = await hash(TEST_PASSWORD);
    const users: { id: string; email: string }[] = await db.query(
      `INSERT INTO app_user (email, display_name, password_hash, is_admin) VALUES
         ('admin@example.org', 'Ada Admin', $1, true),
         ('reviewer@example.org', 'Rokia Reviewer', $1, false),
         ('monitor@example.org', 'Moussa Monitor', $1, false),
         ('viewer@example.org', 'Vera Viewer', $1, false),
         ('outsider@example.org', 'Omar Outsider', $1, false)
       RETURNING id, email`,
      [passwordHash],
    );
    const idOf = (role: TestRole) => users.find((user) => user.email === `${role}@example.org`)!.id;
    const people = { authorId: idOf('monitor'), reviewerId: idOf('reviewer') };
    const load = (fixture: DemoAgreement) =>
      db.transaction((manager) => loadDemoAgreement(manager, fixture, people)).then((loaded) => loaded.agreementId);
    agreementId = await load(options.fixture);
    // Reviewer, monitor and viewer of agreement A; the outsider is a monitor of agreement B only.
    for (const role of ['reviewer', 'monitor', 'viewer'] as const) {
      await addMember(db, agreementId, idOf(role), role);
    }
    if (options.otherFixture) {
      otherAgreementId = await load(options.otherFixture);
      await addMember(db, otherAgreementId, idOf('outsider'), 'monitor');
    }
  }

  const tokens = new Map<TestRole, string>();
  const startEnv = { ...process.env };
  const testApp: TestApp = {
    app,
    http: request(app.getHttpServer()),
    db,
    agreementId,
    otherAgreementId,
    dataDir,
    async tokenFor(role) {
      if (!tokens.has(role)) {
        const response = await testApp.http
          .post('/api/auth/login')
          .send({
            email: `${role}@example.org`,
            password: options.demo ? process.env['ACCORD_DEMO_PASSWORD'] : TEST_PASSWORD,
          })
          .expect(200);
        tokens.set(role, response.body.accessToken);
      }
      return tokens.get(role)!;
    },
    async restart(env = {}) {
      await testApp.app.close();
      for (const name of Object.keys(process.env)) if (!(name in startEnv)) delete process.env[name];
      Object.assign(process.env, startEnv, env);
      testApp.app = await createApp();
      await testApp.app.init();
      testApp.http = request(testApp.app.getHttpServer());
      testApp.db = testApp.app.get(DataSource);
    },
    async close() {
      await testApp.app.close();
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await cleanup.end();
    },
  };
  return testApp;
}

async function addMember(
  db: DataSource,
  agreementId: string,
  userId: string,
  role: string,
  confidentialAccess = false,
) {
  await db.query(
    'INSERT INTO agreement_member (agreement_id, user_id, role, confidential_access) VALUES ($1, $2, $3, $4)',
    [agreementId, userId, role, confidentialAccess],
  );
}
