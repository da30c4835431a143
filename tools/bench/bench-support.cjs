// What the benchmarks share: a database of their own, and the median time of repeated runs.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Client } = require('pg');

/**
 * Runs `use(url)` on a new database of DATABASE_URL's server (the role needs CREATEDB), else of a
 * throwaway embedded PostgreSQL on `port`; drops the database (and stops that PostgreSQL) after.
 */
async function withBenchDatabase(port, use) {
  let adminUrl = process.env.DATABASE_URL;
  let embedded;
  if (!adminUrl) {
    const { startEmbeddedPostgres } = await import('../embedded-postgres.mjs');
    const directory = mkdtempSync(join(tmpdir(), 'accord-bench-'));
    embedded = await startEmbeddedPostgres({ directory, port, database: 'postgres', persistent: false, quiet: true });
    adminUrl = embedded.adminUrl;
  }
  const databaseName = `accord_bench_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${databaseName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  try {
    return await use(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  }
}

/** The median duration (ms) of `runs` calls of `run`, after `warmUp` calls that are not counted. */
async function medianMs(run, runs, warmUp = 1) {
  for (let call = 0; call < warmUp; call++) await run();
  const times = [];
  for (let call = 0; call < runs; call++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

module.exports = { withBenchDatabase, medianMs };
