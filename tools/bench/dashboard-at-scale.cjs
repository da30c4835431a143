// Benchmark: the dashboard and the status derivation on a large history, against a sequential scan of
// that history measured in the same run (the cost of reading every update once).
//   npm run bench:dashboard                 2,000 milestones x 1,000 updates = 2,000,000 status updates
//   npm run bench:dashboard -- 100          2,000 milestones x 100 updates
// Uses DATABASE_URL's server if set (the role needs CREATEDB), else a throwaway embedded PostgreSQL.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');
const { Client } = require('pg');
const { medianMs, withBenchDatabase } = require('./bench-support.cjs');

require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
const { DASHBOARD_SQL } = require('../../backend/src/dashboard/dashboard.sql.ts');

const UPDATES_PER_MILESTONE = Number(process.argv[2] ?? 1000);
const COMMITMENTS = 500;
const MILESTONES_PER_COMMITMENT = 4;
const RUNS = 7;

async function main() {
  await withBenchDatabase(55900, async (url) => {
    execFileSync(
      process.execPath,
      [join(__dirname, '..', 'typeorm-cli.cjs'), 'migration:run', '-d', 'backend/src/database/data-source.ts'],
      { env: { ...process.env, DATABASE_URL: url }, stdio: 'ignore' },
    );
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      await measure(db);
    } finally {
      await db.end();
    }
  });
}

async function measure(db) {
  const started = Date.now();
  await generate(db);
  const [{ updates }] = (await db.query('SELECT count(*)::int AS updates FROM status_update')).rows;
  console.log(
    `${updates.toLocaleString('en')} status updates on ${COMMITMENTS * MILESTONES_PER_COMMITMENT} milestones, generated in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  const [{ id }] = (await db.query('SELECT id FROM agreement')).rows;
  const today = new Date().toISOString().slice(0, 10);
  const baseline = await median(db, 'SELECT count(*), sum(level) FROM status_update', []);
  report('baseline: one sequential scan of the history', baseline, baseline);
  report('dashboard as of today', await median(db, DASHBOARD_SQL, [id, today, 100, true]), baseline);
  report('dashboard as of 2019-01-01', await median(db, DASHBOARD_SQL, [id, '2019-01-01', 100, true]), baseline);
  report(
    'commitment list (status of every commitment)',
    await median(db, 'SELECT count(*) FROM commitment_status_as_of($1, $2, true)', [id, today]),
    baseline,
  );
  report(
    'full history of one milestone',
    await median(
      db,
      'SELECT * FROM status_update WHERE milestone_id = (SELECT min(id::text)::uuid FROM milestone) ORDER BY effective_date DESC, seq DESC',
      [],
    ),
    baseline,
  );
}

async function generate(db) {
  await db.query(`
    INSERT INTO app_user (email, display_name, password_hash) VALUES ('bench@example.org', 'Bench', 'x');
    INSERT INTO agreement (slug, title, short_title, country, signed_on, scale_id)
      SELECT 'bench', 'Bench', 'Bench', 'Benchland', '2015-01-01', id FROM assessment_scale WHERE code = 'pam';
    INSERT INTO pillar (agreement_id, code, name, theme, position)
      SELECT a.id, 'p' || i, 'Pillar ' || i, 'other', i FROM agreement a, generate_series(1, 4) i;
    INSERT INTO party (agreement_id, name, acronym, kind, position)
      SELECT a.id, 'Party ' || i, 'P' || i, 'movement', i FROM agreement a, generate_series(1, 8) i;
    INSERT INTO commitment (agreement_id, pillar_id, reference, title, text, deadline, position)
      SELECT a.id, (SELECT id FROM pillar WHERE code = 'p' || (1 + i % 4)), 'Art. ' || i, 'Commitment ' || i, 'Text', DATE '2016-01-01' + i, i
      FROM agreement a, generate_series(1, ${COMMITMENTS}) i;
    INSERT INTO commitment_party (commitment_id, party_id)
      SELECT c.id, p.id FROM commitment c JOIN party p ON p.acronym = 'P' || (1 + c.position % 8);
    INSERT INTO milestone (agreement_id, commitment_id, title, due_date, position)
      SELECT c.agreement_id, c.id, 'Milestone ' || j, DATE '2016-06-01' + c.position + j, j
      FROM commitment c, generate_series(1, ${MILESTONES_PER_COMMITMENT}) j;
    INSERT INTO status_update (agreement_id, milestone_id, effective_date, scale_id, level, pam_score, operational_status, narrative, author_id, recorded_at, approved_at)
      SELECT m.agreement_id, m.id, DATE '2015-06-01' + i, a.scale_id, (i + m.position) % 4, (i + m.position) % 4,
             (ARRAY['on_track', 'delayed', 'stalled', NULL])[1 + i % 4], 'Update ' || i, u.id,
             DATE '2015-06-01' + i + time '12:00', DATE '2015-06-01' + i + time '12:00'
      FROM milestone m JOIN agreement a ON a.id = m.agreement_id, generate_series(1, ${UPDATES_PER_MILESTONE}) i, (SELECT id FROM app_user) u;
    ANALYZE;`);
}

const median = (db, sql, parameters) => medianMs(() => db.query(sql, parameters), RUNS);

function report(label, ms, baseline) {
  console.log(`${label.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms   ${(ms / baseline).toFixed(2)}x the scan`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
