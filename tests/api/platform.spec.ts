import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { applicationRoutes, openApiPath } from './support/routes';
import { startTestApp, TestApp } from './support/test-app';

describe('health, documentation and errors', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
  });
  afterAll(() => t.close());

  it('reports health including the database, without a token', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves the OpenAPI document generated from the code, with every route', async () => {
    const response = await t.http.get('/api/docs-json').expect(200);
    const documented = Object.entries(response.body.paths as Record<string, object>).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const served = applicationRoutes(t.app).map((route) => `${route.method} ${openApiPath(route.path)}`);
    expect(documented.sort()).toEqual(served.sort());
    expect(served.length).toBeGreaterThan(20);
    await t.http.get('/api/docs').expect(200).expect('Content-Type', /html/);
  });

  it('documents request and response bodies and the error shape of every protected route', async () => {
    const { paths, components } = (await t.http.get('/api/docs-json').expect(200)).body;
    expect(Object.keys(components.schemas.DashboardResponse.properties)).toEqual(
      expect.arrayContaining(['implementationRate', 'byLevel', 'byPillar', 'byParty', 'overdue']),
    );
    expect(components.schemas.CreateStatusUpdateDto.required).toEqual(['effectiveDate', 'narrative']);
    expect(Object.keys(components.schemas.ApiErrorResponse.properties)).toEqual([
      'statusCode',
      'code',
      'message',
      'errors',
      'requestId',
    ]);
    for (const [path, operations] of Object.entries<Record<string, { security?: unknown; responses: object }>>(paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!operation.security) continue;
        expect([`${method} ${path}`, Object.keys(operation.responses)]).toEqual([
          `${method} ${path}`,
          expect.arrayContaining(['401']),
        ]);
      }
    }
  });

  it('sends the security headers and no CORS permission when no origin is configured', async () => {
    const response = await t.http.get('/api/health').set('Origin', 'https://elsewhere.example');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.http
      .options('/api/auth/login')
      .set('Origin', 'https://elsewhere.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('gives every response a request id, keeping one the client sent', async () => {
    const response = await t.http.get('/api/health').set('X-Request-Id', 'meeting-42').expect(200);
    expect(response.headers['x-request-id']).toBe('meeting-42');
  });

  it('hides the internals of a server error and answers the request id', async () => {
    const token = await t.tokenFor('viewer');
    // Break the database behind the server's back: the dashboard's SQL now fails.
    await t.db.query('ALTER FUNCTION commitment_status_as_of(uuid, date, boolean) RENAME TO broken_status');
    try {
      const response = await t.http.get(`/api/agreements/${t.agreementId}/dashboard`).auth(token, { type: 'bearer' });
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        statusCode: 500,
        code: 'internal_error',
        message: 'Internal server error',
        requestId: response.headers['x-request-id'],
      });
      expect(JSON.stringify(response.body)).not.toMatch(/commitment_status_as_of|SELECT|at /);
    } finally {
      await t.db.query('ALTER FUNCTION broken_status(uuid, date, boolean) RENAME TO commitment_status_as_of');
    }
  });
});

describe('demo data on first start', () => {
  it('loads the Mali 2015 agreement and the demo accounts with a generated password kept in the data directory', async () => {
    const t = await startTestApp({ demo: true });
    try {
      const passwordFile = join(t.dataDir, 'demo-password.txt');
      expect(existsSync(passwordFile)).toBe(true);
      const password = readFileSync(passwordFile, 'utf8').trim();
      expect(password.length).toBeGreaterThanOrEqual(12);
      for (const email of ['admin@example.org', 'reviewer@example.org', 'monitor@example.org', 'viewer@example.org']) {
        await t.http.post('/api/auth/login').send({ email, password }).expect(200);
      }
      const token = (await t.http.post('/api/auth/login').send({ email: 'viewer@example.org', password })).body
        .accessToken;
      const [agreement] = (await t.http.get('/api/agreements').auth(token, { type: 'bearer' }).expect(200)).body;
      expect(agreement).toMatchObject({ slug: 'mali-2015', signedOn: '2015-05-15' });
      expect(agreement.commitmentCount).toBeGreaterThanOrEqual(40);
      const detail = (await t.http.get(`/api/agreements/${agreement.id}`).auth(token, { type: 'bearer' }).expect(200))
        .body;
      expect(detail.pillars).toHaveLength(4);
      expect(
        detail.parties.filter((party: { parentId: string | null }) => party.parentId).length,
      ).toBeGreaterThanOrEqual(6);
      const [{ first, last }] = await t.db.query(
        'SELECT min(effective_date)::text AS first, max(effective_date)::text AS last FROM status_update',
      );
      expect(first < '2016-01-01').toBe(true);
      expect(last >= '2023-06-01').toBe(true);
      // The reviewer finds one update awaiting review: the end of the Agreement in January 2024.
      const reviewerToken = (await t.http.post('/api/auth/login').send({ email: 'reviewer@example.org', password }))
        .body.accessToken;
      const queue = await t.http
        .get(`/api/agreements/${agreement.id}/status-updates`)
        .query({ state: 'submitted' })
        .auth(reviewerToken, { type: 'bearer' })
        .expect(200);
      expect(queue.body.total).toBe(1);
      expect(queue.body.items[0]).toMatchObject({ effectiveDate: '2024-01-25', authorName: 'Demo Monitor' });
    } finally {
      await t.close();
    }
  });

  it('lets the origins named in CORS_ORIGINS call the API from a browser, and no other', async () => {
    const t = await startTestApp({ env: { CORS_ORIGINS: 'https://observers.example' } });
    try {
      const preflight = (origin: string) =>
        t.http
          .options('/api/milestones/00000000-0000-4000-8000-000000000000/status-updates')
          .set('Origin', origin)
          .set('Access-Control-Request-Method', 'POST')
          .set('Access-Control-Request-Headers', 'authorization,content-type,if-match,idempotency-key');
      const allowed = await preflight('https://observers.example');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://observers.example');
      expect(allowed.headers['access-control-allow-headers']).toContain('Idempotency-Key');
      const other = await preflight('https://elsewhere.example');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      delete process.env['CORS_ORIGINS'];
      await t.close();
    }
  });

  it('gives the demo accounts ACCORD_DEMO_PASSWORD when it is set, and writes no password file', async () => {
    const t = await startTestApp({ demo: true, env: { ACCORD_DEMO_PASSWORD: 'chosen-demo-password' } });
    try {
      await t.http
        .post('/api/auth/login')
        .send({ email: 'monitor@example.org', password: 'chosen-demo-password' })
        .expect(200);
      expect(existsSync(join(t.dataDir, 'demo-password.txt'))).toBe(false);
    } finally {
      delete process.env['ACCORD_DEMO_PASSWORD'];
      await t.close();
    }
  });
});
