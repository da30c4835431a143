// Starts a throwaway embedded PostgreSQL for the API tests unless DATABASE_URL names a server.
// Test files read ACCORD_TEST_ADMIN_URL (a database where they may CREATE DATABASE).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../../tools/embedded-postgres.mjs';

export default async function globalSetup() {
  process.env.TZ = 'UTC';
  if (process.env.DATABASE_URL) {
    process.env.ACCORD_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const directory = mkdtempSync(join(tmpdir(), 'accord-api-tests-'));
  const port = 55000 + Math.floor(Math.random() * 5000);
  const database = await startEmbeddedPostgres({
    directory,
    port,
    database: 'postgres',
    persistent: false,
    quiet: true,
  });
  process.env.ACCORD_TEST_ADMIN_URL = database.adminUrl;
  globalThis.__ACCORD_TEST_DATABASE__ = database;
}
