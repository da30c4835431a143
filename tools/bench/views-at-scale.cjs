// Benchmark: the views a diplomat opens, through the HTTP API of the built server, on the Mali demo data
// and on the same agreement made 50 times larger in the same run (50x milestones with their status
// updates and regions, 50x indicator values with their cells; the copies repeat the originals, so
// every figure shown stays the same and only the volume grows). Each endpoint: the median of RUNS
// requests as the demo viewer, after a warm-up; a route the server does not have (404) is skipped.
//   npx nx build backend && npm run bench:views        15 requests per endpoint and size
//   npm run bench:views -- 31                           31 requests
// Uses DATABASE_URL's server if set (the role needs CREATEDB), else a throwaway embedded PostgreSQL.
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { existsSync, mkdtempSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Client } = require('pg');
const { medianMs, withBenchDatabase } = require('./bench-support.cjs');

const RUNS = Number(process.argv[2] ?? 15);
const WARM_UP = 3;
const SCALE = 50;
const SERVER_MAIN = join(__dirname, '..', '..', 'dist', 'backend', 'main.js');
const PASSWORD = `bench-${randomBytes(12).toString('hex')}`;

async function main() {
  if (!existsSync(SERVER_MAIN)) {
    console.error('The server is not built: run `npx nx build backend` first.');
    process.exit(1);
  }
  await withBenchDatabase(55901, async (url) => {
    const server = await startServer(url);
    const db = new Client({ connectionString: url });
    try {
      await db.connect();
      await measure(server.baseUrl, db);
    } finally {
      await db.end();
      await server.stop();
    }
  });
}

async function measure(baseUrl, db) {
  const token = await signIn(baseUrl, 'viewer@example.org');
  const get = (path) => fetch(`${baseUrl}/api/${path}`, { headers: { authorization: `Bearer ${token}` } });
  const summaries = await (await get('agreements')).json();
  const mali = summaries.find((summary) => summary.slug === 'mali-2015');
  if (!mali) throw new Error('The demo viewer does not see the Mali 2015 agreement');
  const agreement = await (await get(`agreements/${mali.id}`)).json();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: agreement.timeZone }).format(new Date());
  const base = `agreements/${agreement.id}`;
  const views = [
    `${base}/dashboard`,
    `${base}/ddr`,
    `${base}/timeline`,
    `${base}/changes?since=${daysBefore(today, 90)}`,
    `${base}/trend?from=${agreement.signedOn.slice(0, 7)}&to=${today.slice(0, 7)}`,
    `${base}/indicators`,
    `${base}/map`,
  ];
  const served = [];
  for (const path of views) {
    const response = await get(path);
    await response.arrayBuffer();
    if (response.status === 404) console.log(`skipped: GET /api/${path} answers 404 (no such route yet)`);
    else if (response.ok) served.push(path);
    else throw new Error(`GET /api/${path} answers ${response.status}`);
  }
  const readWhole = (path) => get(path).then((response) => response.arrayBuffer());
  const timeAll = async () => {
    const times = new Map();
    for (const path of served) times.set(path, await medianMs(() => readWhole(path), RUNS, WARM_UP));
    return times;
  };

  const demoSize = await sizeOf(db, agreement.id);
  const demo = await timeAll();
  const started = Date.now();
  await scaleUp(db, agreement.id);
  const scaledSize = await sizeOf(db, agreement.id);
  console.log(`${agreement.shortTitle} scaled ${SCALE}x in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const scaled = await timeAll();

  const rows = [
    ['', `${agreement.shortTitle} demo`, `${SCALE}x larger`, 'ratio'],
    ...[
      ['milestones', 'milestones'],
      ['status updates', 'updates'],
      ['indicator values', 'values'],
    ].map(([label, key]) => [
      label,
      demoSize[key].toLocaleString('en'),
      scaledSize[key].toLocaleString('en'),
      ratio(scaledSize[key], demoSize[key]),
    ]),
    ...served.map((path) => [
      `GET /api/${path.replace(`${base}/`, 'agreements/:id/')}`,
      `${demo.get(path).toFixed(1)} ms`,
      `${scaled.get(path).toFixed(1)} ms`,
      ratio(scaled.get(path), demo.get(path)),
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)) + 2);
  console.log(`\nMedian of ${RUNS} requests after ${WARM_UP} of warm-up, as the demo viewer; today = ${today}`);
  for (const row of rows) {
    console.log(
      row.map((cell, column) => (column ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(''),
    );
  }
}

/** Copies every milestone of the agreement SCALE - 1 times (status updates, regions), and every indicator value. */
async function scaleUp(db, agreementId) {
  const copies = SCALE - 1;
  // A temporary table pairing each row of the agreement in `table` with the ids of its copies (k = 1, 2, ...).
  const planCopies = (name, table) =>
    db.query(
      `CREATE TEMP TABLE ${name} ON COMMIT DROP AS
         SELECT t.id AS source_id, gen_random_uuid() AS id, k
         FROM ${table} t, generate_series(1, $2::int) k WHERE t.agreement_id = $1`,
      [agreementId, copies],
    );
  await db.query('BEGIN');
  await planCopies('milestone_copy', 'milestone');
  await db.query(`
    INSERT INTO milestone (id, agreement_id, commitment_id, title, description, due_date, position, confidential)
      SELECT c.id, m.agreement_id, m.commitment_id, m.title || ' (' || c.k || ')', m.description, m.due_date,
             m.position + 1000 * c.k, m.confidential
      FROM milestone_copy c JOIN milestone m ON m.id = c.source_id;
    INSERT INTO status_update (agreement_id, milestone_id, effective_date, scale_id, level, pam_score, operational_status,
                               narrative, source_links, author_id, recorded_at, approved_at, confidential, returned_at,
                               return_reason, reviewer_id)
      SELECT u.agreement_id, c.id, u.effective_date, u.scale_id, u.level, u.pam_score, u.operational_status, u.narrative,
             u.source_links, u.author_id, u.recorded_at, u.approved_at, u.confidential, u.returned_at, u.return_reason,
             u.reviewer_id
      FROM milestone_copy c JOIN status_update u ON u.milestone_id = c.source_id ORDER BY u.seq, c.k;
    INSERT INTO milestone_region (milestone_id, agreement_id, region_code)
      SELECT c.id, r.agreement_id, r.region_code FROM milestone_copy c JOIN milestone_region r ON r.milestone_id = c.source_id;`);
  // Each copy of a value is dated k days earlier, so that the latest value of every indicator stays the same.
  await planCopies('value_copy', 'indicator_value');
  await db.query(`
    INSERT INTO indicator_value (id, agreement_id, indicator_id, as_of, total, note, source_links, confidential, author_id,
                                 recorded_at, approved_at, returned_at, return_reason, reviewer_id)
      SELECT c.id, v.agreement_id, v.indicator_id, v.as_of - c.k, v.total, v.note, v.source_links, v.confidential,
             v.author_id, v.recorded_at, v.approved_at, v.returned_at, v.return_reason, v.reviewer_id
      FROM value_copy c JOIN indicator_value v ON v.id = c.source_id ORDER BY v.seq, c.k;
    INSERT INTO indicator_value_cell (value_id, sex, age_group, armed_group, region, value)
      SELECT c.id, cell.sex, cell.age_group, cell.armed_group, cell.region, cell.value
      FROM value_copy c JOIN indicator_value_cell cell ON cell.value_id = c.source_id;`);
  await db.query('COMMIT');
  await db.query('ANALYZE');
}

async function sizeOf(db, agreementId) {
  const [size] = (
    await db.query(
      `SELECT (SELECT count(*)::int FROM milestone WHERE agreement_id = $1) AS milestones,
              (SELECT count(*)::int FROM status_update WHERE agreement_id = $1) AS updates,
              (SELECT count(*)::int FROM indicator_value WHERE agreement_id = $1) AS "values"`,
      [agreementId],
    )
  ).rows;
  return size;
}

/** Starts the built server on a free port, with the demo data and accounts; resolves once it is healthy. */
async function startServer(databaseUrl) {
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    JWT_SECRET: randomBytes(32).toString('hex'),
    ACCORD_DATA_DIR: mkdtempSync(join(tmpdir(), 'accord-bench-data-')),
    ACCORD_DEMO_DATA: 'true',
    ACCORD_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: 'warn',
  };
  delete env.ACCORD_STATIC_DIR;
  const child = spawn(process.execPath, [SERVER_MAIN], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server stopped at start (exit code ${child.exitCode})`);
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) throw new Error('The server did not become healthy within 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

async function signIn(baseUrl, email) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`Signing in as ${email} answered ${response.status}`);
  return (await response.json()).accessToken;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, 'localhost', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The calendar day (yyyy-mm-dd) `count` days before `day`. */
function daysBefore(day, count) {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date - count)).toISOString().slice(0, 10);
}

const ratio = (after, before) => `${(after / before).toFixed(1)}x`;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
