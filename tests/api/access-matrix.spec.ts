import type { Test } from 'supertest';
import { approve, submitUpdate } from './support/fixture-queries';
import { exportOf } from './support/jobs';
import { applicationRoutes } from './support/routes';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp, TestRole } from './support/test-app';

/**
 * Who may call what: every route the application serves x every kind of caller, each asserting the
 * status the permission map and the agreement scope must give. Write requests are sent so that an
 * allowed caller stops at validation (400) or at the missing If-Match (428), so nothing changes and
 * the order of the cases does not matter; a caller refused access never reaches that point. A route
 * without an entry here fails the first test.
 *
 * Callers: anonymous; a member of agreement B only ("outsider"); viewer, monitor and reviewer of
 * agreement A; an administrator. Ids are agreement A's; a last column has A's monitor send B's ids.
 */
type Caller = 'anonymous' | Exclude<TestRole, 'outsider'> | 'outsider';
const CALLERS: Caller[] = ['anonymous', 'outsider', 'viewer', 'monitor', 'reviewer', 'admin'];
type Expected = Record<Caller, number>;

interface RouteCase {
  expected: Expected;
  /** Adds what the request sends (body, headers); none by default. */
  send?: (request: Test) => Test;
}

const everyone = (status: number): Expected => ({
  anonymous: status,
  outsider: status,
  viewer: status,
  monitor: status,
  reviewer: status,
  admin: status,
});
const signedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });
/** Members of the agreement read; others do not learn it exists. */
const membersRead: Expected = { ...signedIn(200), outsider: 404 };
/** Every member acts for themselves (their meeting marks); others do not learn the agreement exists. */
const membersOwn = (status: number): Expected => ({ ...signedIn(status), outsider: 404 });
/** Only `allowed` get `status`; other members of the agreement get 403, outsiders 404. */
const agreementWrite = (status: number, allowed: Caller[]): Expected => ({
  ...signedIn(403),
  outsider: 404,
  ...Object.fromEntries(allowed.map((caller) => [caller, status])),
});
/** A job of the monitor's (see objectsOf): its requester and administrators see it; others do not learn it exists. */
const monitorsJob: Expected = { ...signedIn(404), monitor: 200, admin: 200 };
/** Administration that is not about one agreement: 403 for every other account. */
const adminOnly = (status: number): Expected => ({ ...signedIn(403), admin: status });
/** On an update awaiting review: members who are neither its author (the monitor) nor reviewers do not see it. */
const onPendingUpdate = (status: number, allowed: Caller[]): Expected => ({
  ...agreementWrite(status, allowed),
  viewer: 404,
});

const BAD_IDEMPOTENCY_KEY = (request: Test) => request.set('Idempotency-Key', 'not a key').send({});
const VALID_UPDATE = (request: Test) => request.send({ effectiveDate: '2020-01-01', level: 1, narrative: 'x' });

const MATRIX: Record<string, RouteCase> = {
  'GET /api/health': { expected: everyone(200) },
  'POST /api/auth/login': { expected: everyone(400), send: (request) => request.send({}) },
  'GET /api/auth/me': { expected: signedIn(200) },
  'PATCH /api/auth/me': { expected: signedIn(400), send: (request) => request.send({}) },
  'GET /api/agreements': { expected: signedIn(200) },
  'GET /api/agreements/:agreementId': { expected: membersRead },
  'PATCH /api/agreements/:agreementId/settings': { expected: agreementWrite(428, ['admin']) },
  'GET /api/agreements/:agreementId/commitments': { expected: membersRead },
  'GET /api/agreements/:agreementId/dashboard': { expected: membersRead },
  'GET /api/agreements/:agreementId/changes': {
    expected: membersRead,
    send: (request) => request.query({ since: '2016-01-01' }),
  },
  'GET /api/agreements/:agreementId/trend': { expected: membersRead },
  'GET /api/agreements/:agreementId/status-updates': { expected: membersRead },
  'GET /api/agreements/:agreementId/meetings': { expected: membersRead },
  'POST /api/agreements/:agreementId/meetings': { expected: membersOwn(400), send: (request) => request.send({}) },
  // `heldOn` is not a day (see objectsOf): members stop at its validation.
  'DELETE /api/agreements/:agreementId/meetings/:heldOn': { expected: membersOwn(400) },
  'PUT /api/agreements/:agreementId/members/:userId': {
    expected: agreementWrite(400, ['admin']),
    send: (request) => request.send({}),
  },
  // The only write that goes through: the administrator removes a membership made for it.
  'DELETE /api/agreements/:agreementId/members/:userId': { expected: agreementWrite(200, ['admin']) },
  'GET /api/commitments/:commitmentId': { expected: membersRead },
  'PATCH /api/commitments/:commitmentId': { expected: agreementWrite(428, ['admin']) },
  'GET /api/milestones/:milestoneId': { expected: membersRead },
  'PATCH /api/milestones/:milestoneId': { expected: agreementWrite(428, ['admin']) },
  'POST /api/milestones/:milestoneId/status-updates': {
    expected: agreementWrite(428, ['monitor', 'admin']),
    send: VALID_UPDATE,
  },
  'POST /api/status-updates/:statusUpdateId/approval': {
    expected: onPendingUpdate(400, ['reviewer', 'admin']),
    send: BAD_IDEMPOTENCY_KEY,
  },
  'POST /api/status-updates/:statusUpdateId/return': {
    expected: onPendingUpdate(400, ['reviewer', 'admin']),
    send: (request) => request.send({}),
  },
  'POST /api/status-updates/:statusUpdateId/evidence/links': {
    expected: onPendingUpdate(400, ['monitor', 'admin']),
    send: (request) => request.send({}),
  },
  'POST /api/status-updates/:statusUpdateId/evidence/files': {
    expected: onPendingUpdate(400, ['monitor', 'admin']),
    send: (request) => request.send({}),
  },
  'GET /api/evidence/:evidenceId/file': { expected: membersRead },
  'GET /api/agreements/:agreementId/indicators': { expected: membersRead },
  'GET /api/agreements/:agreementId/indicator-values': { expected: membersRead },
  'GET /api/agreements/:agreementId/ddr': { expected: membersRead },
  'GET /api/agreements/:agreementId/map': { expected: membersRead },
  'GET /api/agreements/:agreementId/timeline': { expected: membersRead },
  // Exports are jobs: every member exports what they may read; the audit trail is administrators'.
  'POST /api/agreements/:agreementId/exports': { expected: membersOwn(400), send: (request) => request.send({}) },
  'POST /api/exports/audit': { expected: adminOnly(400), send: (request) => request.send({}) },
  'GET /api/jobs': { expected: signedIn(200) },
  'GET /api/jobs/:jobId': { expected: monitorsJob },
  'GET /api/jobs/:jobId/file': { expected: monitorsJob },
  // Every member generates reports for their own scope and reads those they are cleared for (see objectsOf).
  'POST /api/agreements/:agreementId/reports': { expected: membersOwn(400), send: (request) => request.send({}) },
  'GET /api/agreements/:agreementId/reports': { expected: membersRead },
  'GET /api/reports/:reportId': { expected: membersRead },
  'GET /api/reports/:reportId/pdf': { expected: membersRead },
  // Report schedules are administrators' (see report-schedules.spec.ts); sending one now stops at its Idempotency-Key.
  'GET /api/agreements/:agreementId/report-schedules': { expected: agreementWrite(200, ['admin']) },
  'POST /api/agreements/:agreementId/report-schedules': {
    expected: agreementWrite(400, ['admin']),
    send: (request) => request.send({}),
  },
  'PATCH /api/report-schedules/:scheduleId': { expected: agreementWrite(428, ['admin']) },
  'DELETE /api/report-schedules/:scheduleId': { expected: agreementWrite(428, ['admin']) },
  'POST /api/report-schedules/:scheduleId/runs': {
    expected: agreementWrite(400, ['admin']),
    send: BAD_IDEMPOTENCY_KEY,
  },
  // Everyone lists the reports sent to them; only a recipient marks one read, and the viewer's report was sent to no one.
  'GET /api/me/reports': { expected: signedIn(200) },
  'POST /api/reports/:reportId/read': { expected: signedIn(404) },
  // Bulk import: monitors and administrators (commitments and milestones: administrators only, see bulk-import.spec.ts).
  'GET /api/agreements/:agreementId/import-templates/:kind': { expected: agreementWrite(200, ['monitor', 'admin']) },
  'POST /api/agreements/:agreementId/imports': {
    expected: agreementWrite(400, ['monitor', 'admin']),
    send: (request) => request.send({}),
  },
  'GET /api/indicators/:indicatorId': { expected: membersRead },
  'POST /api/indicators/:indicatorId/values': {
    expected: agreementWrite(428, ['monitor', 'admin']),
    send: (request) => request.send({ asOf: '2020-01-01', total: 1, note: 'x' }),
  },
  'POST /api/indicator-values/:indicatorValueId/approval': {
    expected: onPendingUpdate(400, ['reviewer', 'admin']),
    send: BAD_IDEMPOTENCY_KEY,
  },
  'POST /api/indicator-values/:indicatorValueId/return': {
    expected: onPendingUpdate(400, ['reviewer', 'admin']),
    send: (request) => request.send({}),
  },
  'GET /api/audit-records': { expected: adminOnly(200) },
  'GET /api/audit-records/verification': { expected: adminOnly(200) },
  'GET /api/users': { expected: adminOnly(200) },
  'POST /api/users': { expected: adminOnly(400), send: (request) => request.send({}) },
  'PATCH /api/users/:userId': { expected: adminOnly(428) },
  // PA-X import: the upload stops at its missing file, the import at its missing ids.
  'POST /api/pax-imports': { expected: adminOnly(400) },
  'GET /api/pax-imports/:uploadId/agreements': { expected: adminOnly(200) },
  'POST /api/pax-imports/:uploadId/imports': { expected: adminOnly(400), send: (request) => request.send({}) },
  'GET /api/public/agreements/:slug': { expected: everyone(200) },
};

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

describe('authorization matrix: every route x every caller', () => {
  let t: TestApp;
  const tokens = new Map<Caller, string>();
  /** Path parameters of agreement A, and of agreement B for the last column. */
  let idsOfA: Record<string, string>;
  let idsOfB: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT, otherFixture: { ...SMALL_AGREEMENT, slug: 'other-accord' } });
    for (const caller of CALLERS) if (caller !== 'anonymous') tokens.set(caller, await t.tokenFor(caller));
    await t.db.query('UPDATE agreement SET public_page = true');
    idsOfA = await objectsOf(t, t.agreementId);
    idsOfB = await objectsOf(t, t.otherAgreementId);
  });
  afterAll(() => t.close());

  const call = (routeKey: string, caller: Caller, ids: Record<string, string>) => {
    const [method, path] = routeKey.split(' ');
    const url = path.replace(/:(\w+)/g, (_, name: string) => ids[name]);
    let request = t.http[method.toLowerCase() as 'get'](url);
    const token = tokens.get(caller);
    if (token) request = request.auth(token, { type: 'bearer' });
    return MATRIX[routeKey].send?.(request) ?? request;
  };

  it('has an entry for every route the application serves, and none for a route it does not', () => {
    const served = applicationRoutes(t.app).map((route) => `${route.method} ${route.path}`);
    expect(Object.keys(MATRIX).sort()).toEqual(served.sort());
  });

  const cases = Object.entries(MATRIX).flatMap(([routeKey, { expected }]) =>
    CALLERS.map((caller) => [routeKey, caller, expected[caller]] as const),
  );

  it.each(cases)('%s as %s answers %i', async (routeKey, caller, status) => {
    const response = await call(routeKey, caller, idsOfA);
    expect({ status: response.status, code: response.body.code }).toMatchObject({ status });
    if (status >= 400) expect(response.body).toMatchObject({ statusCode: status, requestId: expect.any(String) });
  });

  const scopedRoutes = Object.keys(MATRIX).filter((routeKey) =>
    /:(agreementId|commitmentId|milestoneId|statusUpdateId|evidenceId|indicatorId|indicatorValueId|reportId|scheduleId)/.test(
      routeKey,
    ),
  );

  it.each(scopedRoutes)("%s with agreement B's ids answers 404 to agreement A's monitor", async (routeKey) => {
    const response = await call(routeKey, 'monitor', idsOfB);
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('not_found');
  });

  /**
   * One of each object of the agreement: an update by the monitor awaiting review, an approved update
   * with a file (what every member may download), and an account that is a member, to remove.
   */
  async function objectsOf(app: TestApp, agreementId: string): Promise<Record<string, string>> {
    const [{ milestoneId, commitmentId, slug }] = await app.db.query(
      `SELECT m.id AS "milestoneId", m.commitment_id AS "commitmentId", a.slug
       FROM milestone m JOIN agreement a ON a.id = m.agreement_id
       WHERE m.agreement_id = $1 AND m.title = 'M6 programme launched'`,
      [agreementId],
    );
    const [schedule] = await app.db.query(
      `INSERT INTO report_schedule (agreement_id, cadence, day_of_month, language, created_by)
       SELECT $1, 'monthly', 1, 'en', id FROM app_user WHERE email = 'admin@example.org' RETURNING id`,
      [agreementId],
    );
    const ids: Record<string, string> = {
      agreementId,
      milestoneId,
      commitmentId,
      slug,
      scheduleId: schedule.id,
      heldOn: 'not-a-day',
      kind: 'status-updates',
    };
    if (agreementId !== app.agreementId) {
      // Agreement B's objects only need to exist: A's monitor must not reach them.
      const [[update], [user]] = await Promise.all([
        app.db.query('SELECT id, author_id AS "authorId" FROM status_update WHERE agreement_id = $1 LIMIT 1', [
          agreementId,
        ]),
        app.db.query(`SELECT id FROM app_user WHERE email = 'outsider@example.org'`),
      ]);
      const [evidence] = await app.db.query(
        `INSERT INTO evidence (agreement_id, status_update_id, kind, title, reliability, url, uploaded_by)
         VALUES ($1, $2, 'link', 'Link', 'C', 'https://example.org/b', $3) RETURNING id`,
        [agreementId, update.id, update.authorId],
      );
      const [indicatorValue] = await app.db.query(
        'SELECT id, indicator_id AS "indicatorId" FROM indicator_value WHERE agreement_id = $1 LIMIT 1',
        [agreementId],
      );
      const [report] = await app.db.query(
        `INSERT INTO report (agreement_id, as_of, previous_as_of, language, filters, includes_confidential,
                             generated_by, content_hash, figures)
         VALUES ($1, '2016-01-01', '2015-06-01', 'en', '{}', false, $2, repeat('0', 64), '{}') RETURNING id`,
        [agreementId, update.authorId],
      );
      return {
        reportId: report.id,
        ...ids,
        statusUpdateId: update.id,
        evidenceId: evidence.id,
        userId: user.id,
        indicatorId: indicatorValue.indicatorId,
        indicatorValueId: indicatorValue.id,
      };
    }
    const pending = await submitUpdate(
      app,
      'M6 programme launched',
      { effectiveDate: '2021-01-01', level: 2, narrative: 'Awaiting review.' },
      { approve: false },
    );
    const monitorToken = await app.tokenFor('monitor');
    const upload = async (statusUpdateId: string) =>
      (
        await app.http
          .post(`/api/status-updates/${statusUpdateId}/evidence/files`)
          .auth(monitorToken, { type: 'bearer' })
          .field('title', 'Report')
          .field('reliability', 'B')
          .attach('file', PDF, 'report.pdf')
          .expect(201)
      ).body.id as string;
    // Evidence is added while an update awaits review: submit, attach, then approve.
    const withFile = await submitUpdate(
      app,
      'M6 programme launched',
      { effectiveDate: '2022-01-01', level: 2, narrative: 'With its evidence.' },
      { approve: false },
    );
    const evidenceId = await upload(withFile.history[0].id);
    await approve(app, withFile.history[0].id);
    const [target] = await app.db.query(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ('target@example.org', 'Target', 'x') RETURNING id`,
    );
    await app.db.query(`INSERT INTO agreement_member (agreement_id, user_id, role) VALUES ($1, $2, 'viewer')`, [
      agreementId,
      target.id,
    ]);
    // An indicator value awaiting review, by the monitor.
    const [indicator] = await app.db.query(
      `SELECT id, version FROM indicator WHERE agreement_id = $1 AND code = 'ddr.integrated'`,
      [agreementId],
    );
    const value = await app.http
      .post(`/api/indicators/${indicator.id}/values`)
      .auth(monitorToken, { type: 'bearer' })
      .set('If-Match', `"${indicator.version}"`)
      .send({ asOf: '2020-01-01', total: 10, note: 'Awaiting review.' })
      .expect(201);
    // A report by the viewer, without confidential items: every member reads it.
    const report = await app.http
      .post(`/api/agreements/${agreementId}/reports`)
      .auth(await app.tokenFor('viewer'), { type: 'bearer' })
      .send({ asOf: '2016-01-01', language: 'en' })
      .expect(201);
    // A PA-X upload, which belongs to no agreement, for the administrators' import routes.
    const paxUpload = await app.http
      .post('/api/pax-imports')
      .auth(await app.tokenFor('admin'), { type: 'bearer' })
      .attach(
        'file',
        Buffer.from('AgtId,Con,Agt,Dat,Stage,Part,ThrdPart\n1,Testland,Accord,01/01/2000,Pre,,\n'),
        'pax.csv',
      )
      .expect(201);
    // An export by the monitor, done: its file can be downloaded.
    const exported = await exportOf(app, 'monitor', { dataset: 'commitments', format: 'csv' });
    return {
      jobId: exported.id,
      reportId: report.body.id,
      uploadId: paxUpload.body.id,
      ...ids,
      indicatorId: indicator.id,
      indicatorValueId: value.body.history[0].id,
      statusUpdateId: pending.history.find((update) => update.narrative === 'Awaiting review.')!.id,
      evidenceId,
      userId: target.id,
    };
  }
});
