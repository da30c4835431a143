import { sign } from 'jsonwebtoken';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TEST_PASSWORD, TestApp } from './support/test-app';

describe('authentication', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
  });
  afterAll(() => t.close());

  it('logs in with e-mail and password and answers an access token that identifies the user', async () => {
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: 'Monitor@Example.org', password: TEST_PASSWORD })
      .expect(200);
    expect(login.body).toEqual({ accessToken: expect.any(String) });
    const me = await t.http.get('/api/auth/me').auth(login.body.accessToken, { type: 'bearer' }).expect(200);
    expect(me.body).toMatchObject({
      email: 'monitor@example.org',
      displayName: 'Moussa Monitor',
      isAdmin: false,
      memberships: [{ agreementId: t.agreementId, role: 'monitor', confidentialAccess: false, trusted: false }],
    });
  });

  it('stores passwords as argon2id hashes', async () => {
    const [{ hash }] = await t.db.query(
      `SELECT password_hash AS hash FROM app_user WHERE email = 'viewer@example.org'`,
    );
    expect(hash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    ['a wrong password', { email: 'admin@example.org', password: 'wrong password' }],
    ['an unknown e-mail', { email: 'nobody@example.org', password: TEST_PASSWORD }],
  ])('answers the same 401 for %s', async (_name, body) => {
    const response = await t.http.post('/api/auth/login').send(body).expect(401);
    expect(response.body).toMatchObject({
      statusCode: 401,
      code: 'invalid_credentials',
      message: 'Wrong e-mail or password',
    });
  });

  it.each([
    ['no token', undefined],
    ['a malformed token', 'Bearer not.a.token'],
    [
      'a token signed with another secret',
      `Bearer ${sign({ sub: '00000000-0000-4000-8000-000000000000' }, 'another secret of enough length 1234567890')}`,
    ],
    [
      'an unsigned token (alg none)',
      `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"x"}').toString('base64url')}.`,
    ],
  ])('refuses %s with 401', async (_name, header) => {
    const call = t.http.get('/api/agreements');
    if (header) call.set('Authorization', header);
    const response = await call.expect(401);
    expect(response.body).toMatchObject({ statusCode: 401, code: 'unauthorized' });
  });

  it.each([
    ['a subject that is not a user id', { sub: 'admin' }],
    ['a numeric subject', { sub: 42 }],
    ['no subject', {}],
  ])('refuses a correctly signed token with %s with 401', async (_name, claims) => {
    const token = sign(claims, process.env['JWT_SECRET']!);
    await t.http.get('/api/agreements').auth(token, { type: 'bearer' }).expect(401);
  });

  it('refuses the token of a user who no longer exists with 401', async () => {
    const [{ id }] = await t.db.query(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ('gone@example.org', 'Gone', 'x') RETURNING id`,
    );
    const token = sign({ sub: id }, process.env['JWT_SECRET']!);
    await t.http.get('/api/agreements').auth(token, { type: 'bearer' }).expect(200);
    await t.db.query('DELETE FROM app_user WHERE id = $1', [id]);
    await t.http.get('/api/agreements').auth(token, { type: 'bearer' }).expect(401);
  });

  it('refuses an expired token with 401', async () => {
    const [{ id }] = await t.db.query(`SELECT id FROM app_user WHERE email = 'admin@example.org'`);
    const expired = sign({ sub: id, exp: Math.floor(Date.now() / 1000) - 60 }, process.env['JWT_SECRET']!);
    await t.http.get('/api/agreements').auth(expired, { type: 'bearer' }).expect(401);
  });

  it('lets every role read, as the permission map says', async () => {
    for (const role of ['admin', 'monitor', 'viewer'] as const) {
      const response = await t.http
        .get('/api/agreements')
        .auth(await t.tokenFor(role), { type: 'bearer' })
        .expect(200);
      expect(response.body).toEqual([expect.objectContaining({ title: 'Test Accord for Peace', commitmentCount: 4 })]);
    }
  });

  it("remembers the user's interface language on the account, among the offered ones", async () => {
    const token = await t.tokenFor('viewer');
    const saved = await t.http
      .patch('/api/auth/me')
      .auth(token, { type: 'bearer' })
      .send({ language: 'ar' })
      .expect(200);
    expect(saved.body.language).toBe('ar');
    const me = await t.http.get('/api/auth/me').auth(token, { type: 'bearer' }).expect(200);
    expect(me.body.language).toBe('ar');
    const refused = await t.http.patch('/api/auth/me').auth(token, { type: 'bearer' }).send({ language: 'de' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual({ language: 'isIn' });
  });
});
