// Walks the audit trail's hash chain and names the first broken record:
//   npm run audit:verify
// Uses DATABASE_URL, else the embedded database of `npm start` (started for the check if it is not running).
// Exit code 0: the chain is whole; 1: a record was changed, removed or unlinked; 2: the check could not run.
const { existsSync, readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { Client } = require('pg');

require('./register-typescript.cjs');
const { verifyAuditChain } = require('../backend/src/audit/audit-chain.ts');

async function connect() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const directory = resolve(process.env.ACCORD_DATA_DIR || join(__dirname, '..', 'data'));
  const passwordFile = join(directory, 'pg-password');
  if (!existsSync(passwordFile))
    throw new Error(`No database: set DATABASE_URL, or run \`npm start\` once (${directory})`);
  const port = Number(process.env.ACCORD_PG_PORT || 54329);
  const password = encodeURIComponent(readFileSync(passwordFile, 'utf8').trim());
  const url = `postgres://postgres:${password}@localhost:${port}/accord`;
  const probe = new Client({ connectionString: url });
  try {
    await probe.connect();
    await probe.end();
    return { url };
  } catch {
    const { startEmbeddedPostgres } = await import('./embedded-postgres.mjs');
    const database = await startEmbeddedPostgres({ directory, port, database: 'accord', quiet: true });
    return { url: database.url, stop: () => database.stop() };
  }
}

async function main() {
  const { url, stop } = await connect();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await verifyAuditChain(client);
    if (result.valid) {
      console.log(
        `Audit trail intact: ${result.checked} records; last #${result.lastSeq ?? '-'} hash ${result.lastHash ?? '-'}`,
      );
      console.log('Keep the last hash elsewhere: a later check against it also detects records removed from the end.');
    } else {
      console.error(
        `Audit trail BROKEN at record #${result.brokenSeq}: ${result.problem} (${result.checked} records checked)`,
      );
    }
    return result.valid ? 0 : 1;
  } finally {
    await client.end();
    await stop?.();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`audit:verify could not run: ${error.message}`);
    process.exit(2);
  },
);
