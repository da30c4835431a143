import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Test } from 'supertest';
import { commitmentByTitle, milestoneByTitle, submitUpdate, writeFingerprint } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Every kind of bad input a user can send answers 400 in the documented shape, with a code for the
 * field at fault, and stores nothing.
 */
describe('bad input', () => {
  let t: TestApp;
  let milestone: { id: string; version: number };
  let commitment: { id: string; version: number };
  let token: string;
  let pendingUpdateId: string;
  let monitorId: string;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    token = await t.tokenFor('admin');
    const pending = await submitUpdate(
      t,
      'M6 programme launched',
      { effectiveDate: '2020-01-01', level: 1, narrative: 'Awaiting review.' },
      { approve: false },
    );
    pendingUpdateId = pending.history[0].id;
    [{ id: monitorId }] = await t.db.query(`SELECT id FROM app_user WHERE email = 'monitor@example.org'`);
    milestone = await milestoneByTitle(t, 'M4 sites operational');
    commitment = await commitmentByTitle(t, 'C2 cantonment sites built');
  });
  afterAll(() => t.close());

  const valid = { effectiveDate: '2020-01-01', level: 1, narrative: 'Progress.' };
  const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
  const longText = 'x'.repeat(4001);

  type Case = [
    name: string,
    send: () => Promise<{ status: number; body: Record<string, unknown> }>,
    field: string | null,
    code: string,
  ];
  const statusUpdate = (body: unknown, ifMatch = `"${milestone.version}"`, id = milestone.id) =>
    t.http
      .post(`/api/milestones/${id}/status-updates`)
      .auth(token, { type: 'bearer' })
      .set('If-Match', ifMatch)
      .set('Content-Type', 'application/json')
      .send(typeof body === 'string' ? body : JSON.stringify(body));
  const commitments = (query: Record<string, string>) =>
    t.http.get(`/api/agreements/${t.agreementId}/commitments`).query(query).auth(token, { type: 'bearer' });
  const patchCommitment = (body: unknown) =>
    t.http
      .patch(`/api/commitments/${commitment.id}`)
      .auth(token, { type: 'bearer' })
      .set('If-Match', `"${commitment.version}"`)
      .send(body as object);
  const login = (body: unknown) => t.http.post('/api/auth/login').send(body as object);
  const as = (request: Test) => request.auth(token, { type: 'bearer' });
  const returnUpdate = (body: unknown) =>
    as(t.http.post(`/api/status-updates/${pendingUpdateId}/return`)).send(body as object);
  const membership = (body: unknown) =>
    as(t.http.put(`/api/agreements/${t.agreementId}/members/${monitorId}`)).send(body as object);
  const createUser = (body: unknown) => as(t.http.post('/api/users')).send(body as object);
  const evidenceLink = (body: unknown) =>
    as(t.http.post(`/api/status-updates/${pendingUpdateId}/evidence/links`)).send(body as object);
  const markMeeting = (body: unknown) =>
    as(t.http.post(`/api/agreements/${t.agreementId}/meetings`)).send(body as object);
  const unmarkMeeting = (heldOn: string) => as(t.http.delete(`/api/agreements/${t.agreementId}/meetings/${heldOn}`));
  /**
   * A multipart upload of a file the route would take, named as RFC 5987 has it (`filename*=UTF-8''...`,
   * percent-encoded).
   */
  const uploadNamed = (path: string, encodedFileName: string, content: Buffer, fields: Record<string, string> = {}) => {
    const boundary = 'accord-test-boundary';
    const parts = [
      ...Object.entries(fields).map(
        ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${encodedFileName}\r\n\r\n`,
    ];
    return as(t.http.post(path))
      .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
      .send(Buffer.concat([Buffer.from(parts.join('')), content, Buffer.from(`\r\n--${boundary}--\r\n`)]));
  };

  const cases: Case[] = [
    ['login without an email', () => login({ password: 'x' }), 'email', 'required'],
    ['login with a malformed email', () => login({ email: 'not-an-email', password: 'x' }), 'email', 'isEmail'],
    [
      'login with an unknown field',
      () => login({ email: 'a@example.org', password: 'x', role: 'admin' }),
      'role',
      'unknownField',
    ],
    ['login with a numeric password', () => login({ email: 'a@example.org', password: 12345 }), 'password', 'isString'],
    ['a body that is not JSON', () => statusUpdate('{"effectiveDate": '), null, 'malformed_body'],
    ['a JSON body that is a bare string', () => statusUpdate('"effectiveDate"'), null, 'malformed_body'],
    ['a JSON body that is null', () => statusUpdate('null'), null, 'malformed_body'],
    [
      'a narrative holding a NUL character',
      () => statusUpdate({ ...valid, narrative: 'a\u0000b' }),
      'narrative',
      'invalidCharacter',
    ],
    ['a search holding a NUL character', () => commitments({ q: 'a\u0000b' }), 'q', 'invalidCharacter'],
    [
      'an update without a narrative',
      () => statusUpdate({ effectiveDate: '2020-01-01', level: 1 }),
      'narrative',
      'required',
    ],
    ['an update with a blank narrative', () => statusUpdate({ ...valid, narrative: '   ' }), 'narrative', 'isNotEmpty'],
    [
      'an update with a narrative over 4000 characters',
      () => statusUpdate({ ...valid, narrative: longText }),
      'narrative',
      'maxLength',
    ],
    ['an impossible date', () => statusUpdate({ ...valid, effectiveDate: '2020-02-30' }), 'effectiveDate', 'isDate'],
    [
      'a date in another format',
      () => statusUpdate({ ...valid, effectiveDate: '01/02/2020' }),
      'effectiveDate',
      'isDate',
    ],
    [
      'a date in the future',
      () => statusUpdate({ ...valid, effectiveDate: '2999-01-01' }),
      'effectiveDate',
      'dateInFuture',
    ],
    [
      'a date before the agreement was signed',
      () => statusUpdate({ ...valid, effectiveDate: '2010-01-01' }),
      'effectiveDate',
      'dateBeforeAgreement',
    ],
    [
      'neither a score nor a status',
      () => statusUpdate({ effectiveDate: '2020-01-01', narrative: 'Nothing' }),
      'level',
      'scoreOrStatusRequired',
    ],
    ['a level outside the agreement scale', () => statusUpdate({ ...valid, level: 4 }), 'level', 'levelNotOnScale'],
    ['a negative level', () => statusUpdate({ ...valid, level: -1 }), 'level', 'min'],
    ['a fractional level', () => statusUpdate({ ...valid, level: 1.5 }), 'level', 'isInt'],
    ['a level given as text', () => statusUpdate({ ...valid, level: 'two' }), 'level', 'isInt'],
    [
      'an unknown operational status',
      () => statusUpdate({ ...valid, operationalStatus: 'finished' }),
      'operationalStatus',
      'isEnum',
    ],
    [
      'source links that are not a list',
      () => statusUpdate({ ...valid, sourceLinks: 'https://example.org' }),
      'sourceLinks',
      'isArray',
    ],
    [
      'a source link with a javascript: URL',
      () => statusUpdate({ ...valid, sourceLinks: [{ url: 'javascript:alert(1)' }] }),
      'sourceLinks.0.url',
      'isUrl',
    ],
    [
      'too many source links',
      () => statusUpdate({ ...valid, sourceLinks: Array.from({ length: 21 }, () => ({ url: 'https://example.org' })) }),
      'sourceLinks',
      'arrayMaxSize',
    ],
    [
      'an unknown field in a source link',
      () => statusUpdate({ ...valid, sourceLinks: [{ url: 'https://example.org', secret: 1 }] }),
      'sourceLinks.0.secret',
      'unknownField',
    ],
    [
      'a field the client may not set',
      () => statusUpdate({ ...valid, approvedAt: '2020-01-01T00:00:00Z' }),
      'approvedAt',
      'unknownField',
    ],
    [
      'a milestone id that is not a UUID',
      () => statusUpdate(valid, `"${milestone.version}"`, 'm4'),
      'milestoneId',
      'isUuid',
    ],
    ['an If-Match that is not an ETag', () => statusUpdate(valid, 'yesterday'), 'If-Match', 'invalidEtag'],
    ['a page size over the limit', () => commitments({ pageSize: '1000' }), 'pageSize', 'max'],
    ['a page number of zero', () => commitments({ page: '0' }), 'page', 'min'],
    ['a level filter outside 0-3', () => commitments({ level: '9' }), 'level', 'max'],
    ['an overdue filter that is not a boolean', () => commitments({ overdue: 'maybe' }), 'overdue', 'isBoolean'],
    ['an unknown sort', () => commitments({ sort: 'random' }), 'sort', 'isEnum'],
    ['a pillar filter that is not a UUID', () => commitments({ pillarId: '1' }), 'pillarId', 'isUuid'],
    ['an unknown query parameter', () => commitments({ limit: '5' }), 'limit', 'unknownField'],
    [
      'a dashboard date that is not a date',
      () => t.http.get(`/api/agreements/${t.agreementId}/dashboard?asOf=yesterday`).auth(token, { type: 'bearer' }),
      'asOf',
      'isDate',
    ],
    ['an empty PATCH', () => patchCommitment({}), 'body', 'noChanges'],
    ['a PATCH emptying the title', () => patchCommitment({ title: ' ' }), 'title', 'isNotEmpty'],
    ['a PATCH setting the title to null', () => patchCommitment({ title: null }), 'title', 'isString'],
    ['a PATCH setting the text to null', () => patchCommitment({ text: null }), 'text', 'isString'],
    ['a PATCH with a deadline in year 0', () => patchCommitment({ deadline: '0000-01-01' }), 'deadline', 'isDate'],
    [
      'a level sent as null',
      () => statusUpdate({ ...valid, level: null, operationalStatus: 'delayed' }),
      'level',
      'isInt',
    ],
    [
      'an operational status sent as null',
      () => statusUpdate({ effectiveDate: '2020-01-01', operationalStatus: null, narrative: 'x' }),
      'operationalStatus',
      'isEnum',
    ],
    [
      'source links nested in a list',
      () => statusUpdate({ ...valid, sourceLinks: [[{ url: 'https://example.org' }]] }),
      'sourceLinks',
      'isObject',
    ],
    [
      'a source link with an empty title',
      () => statusUpdate({ ...valid, sourceLinks: [{ url: 'https://example.org', title: ' ' }] }),
      'sourceLinks.0.title',
      'isNotEmpty',
    ],
    [
      'a __proto__ key',
      () => statusUpdate('{"effectiveDate":"2020-01-01","level":1,"narrative":"x","__proto__":{"admin":true}}'),
      '__proto__',
      'unknownField',
    ],
    [
      'a constructor key in a source link',
      () => statusUpdate({ ...valid, sourceLinks: [{ url: 'https://example.org', constructor: 1 }] }),
      'sourceLinks.0.constructor',
      'unknownField',
    ],
    [
      'a dashboard date in year 0',
      () => t.http.get(`/api/agreements/${t.agreementId}/dashboard?asOf=0000-01-01`).auth(token, { type: 'bearer' }),
      'asOf',
      'isDate',
    ],
    ['a PATCH with an impossible deadline', () => patchCommitment({ deadline: '2020-13-01' }), 'deadline', 'isDate'],
    [
      'an Idempotency-Key with spaces',
      () => as(t.http.post(`/api/status-updates/${pendingUpdateId}/approval`)).set('Idempotency-Key', 'a key'),
      'Idempotency-Key',
      'invalidIdempotencyKey',
    ],
    [
      'a status update id that is not a UUID',
      () => as(t.http.post('/api/status-updates/42/approval')),
      'statusUpdateId',
      'isUuid',
    ],
    ['a return without a reason', () => returnUpdate({}), 'reason', 'required'],
    ['a return with a blank reason', () => returnUpdate({ reason: '   ' }), 'reason', 'isNotEmpty'],
    [
      'a resubmission id that is not a UUID',
      () => statusUpdate({ ...valid, resubmissionOf: 'the returned one' }),
      'resubmissionOf',
      'isUuid',
    ],
    [
      'a confidential flag that is not a boolean',
      () => statusUpdate({ ...valid, confidential: 'yes' }),
      'confidential',
      'isBoolean',
    ],
    [
      'a membership with an unknown role',
      () => membership({ role: 'owner', confidentialAccess: false, trusted: false }),
      'role',
      'isEnum',
    ],
    ['a membership without its flags', () => membership({ role: 'viewer' }), 'confidentialAccess', 'required'],
    [
      'an account with a short password',
      () => createUser({ email: 'new@example.org', displayName: 'New', password: 'short' }),
      'password',
      'minLength',
    ],
    [
      'an account with a malformed email',
      () => createUser({ email: 'new', displayName: 'New', password: 'a long enough password' }),
      'email',
      'isEmail',
    ],
    [
      'a link of evidence to a script',
      () => evidenceLink({ title: 'x', url: 'javascript:alert(1)', reliability: 'A' }),
      'url',
      'isUrl',
    ],
    [
      'a file of evidence under another field name',
      () =>
        as(t.http.post(`/api/status-updates/${pendingUpdateId}/evidence/files`))
          .field('title', 'x')
          .field('reliability', 'A')
          .attach('document', Buffer.from('%PDF-1.7'), 'x.pdf'),
      null,
      'malformed_body',
    ],
    [
      'an audit filter with an unknown action',
      () => as(t.http.get('/api/audit-records').query({ action: 'everything' })),
      'action',
      'isEnum',
    ],
    [
      'a review filter with an unknown state',
      () => as(t.http.get(`/api/agreements/${t.agreementId}/status-updates`).query({ state: 'pending' })),
      'state',
      'isEnum',
    ],
    [
      'half of a UTF-16 surrogate pair in a narrative',
      () => statusUpdate('{"effectiveDate":"2020-01-01","level":1,"narrative":"abc \\ud800"}'),
      'narrative',
      'invalidCharacter',
    ],
    [
      'an audit page position beyond any integer',
      () => as(t.http.get('/api/audit-records').query({ beforeSeq: '100000000000000000000' })),
      'beforeSeq',
      'max',
    ],
    ['a meeting without its day', () => markMeeting({ title: 'CSA' }), 'heldOn', 'required'],
    ['a meeting on an impossible day', () => markMeeting({ heldOn: '2020-02-30' }), 'heldOn', 'isDate'],
    ["a meeting after the agreement's today", () => markMeeting({ heldOn: '2999-01-01' }), 'heldOn', 'dateInFuture'],
    [
      'a meeting before the agreement was signed',
      () => markMeeting({ heldOn: '2010-01-01' }),
      'heldOn',
      'dateBeforeAgreement',
    ],
    [
      'a meeting with a field the API does not know',
      () => markMeeting({ heldOn: '2020-01-01', place: 'Bamako' }),
      'place',
      'unknownField',
    ],
    [
      'a meeting title holding a NUL character',
      () => markMeeting({ heldOn: '2020-01-01', title: 'CSA\u0000' }),
      'title',
      'invalidCharacter',
    ],
    [
      'a meeting title over 120 characters',
      () => markMeeting({ heldOn: '2020-01-01', title: 'x'.repeat(121) }),
      'title',
      'maxLength',
    ],
    ['a blank meeting title', () => markMeeting({ heldOn: '2020-01-01', title: '  ' }), 'title', 'isNotEmpty'],
    ['a meeting title sent as null', () => markMeeting({ heldOn: '2020-01-01', title: null }), 'title', 'isString'],
    ['a meeting to unmark on a day that is not a day', () => unmarkMeeting('2020-13-01'), 'heldOn', 'isDate'],
    ['a meeting to unmark on a day holding a NUL', () => unmarkMeeting('2020-01-01%00'), 'heldOn', 'invalidCharacter'],
    [
      'a bulk import file named with a NUL character',
      () =>
        uploadNamed(
          `/api/agreements/${t.agreementId}/imports`,
          'a%00b.csv',
          Buffer.from('commitment,title\nArt. 4,M9\n'),
          {
            kind: 'milestones',
            dryRun: 'false',
          },
        ),
      'file',
      'invalidCharacter',
    ],
    [
      'a PA-X file named with a NUL character',
      () => uploadNamed('/api/pax-imports', 'pax%00.csv', readFileSync(join(__dirname, 'fixtures/pax/pax-mali.csv'))),
      'file',
      'invalidCharacter',
    ],
    [
      'an evidence file named with a NUL character',
      () =>
        uploadNamed(`/api/status-updates/${pendingUpdateId}/evidence/files`, 'minutes%00.pdf', PDF, {
          title: 'Minutes',
          reliability: 'A',
        }),
      'file',
      'invalidCharacter',
    ],
    [
      'a PA-X import of an AgtId past 9 digits',
      () => as(t.http.post('/api/pax-imports/00000000-0000-4000-8000-000000000000/imports')).send({ agtIds: [1e10] }),
      'agtIds',
      'max',
    ],
    [
      'a public page address with a NUL character',
      () => t.http.get('/api/public/agreements/mali%00'),
      'slug',
      'invalidCharacter',
    ],
  ];

  it.each(cases)('answers 400 with a field code and stores nothing: %s', async (_name, send, field, code) => {
    const before = await writeFingerprint(t);
    const response = await send();
    expect(response.status).toBe(400);
    expect(response.body).toEqual(
      expect.objectContaining({ statusCode: 400, message: expect.any(String), requestId: expect.any(String) }),
    );
    if (field) {
      expect(response.body['code']).toBe('validation_failed');
      expect(response.body['errors']).toEqual(expect.objectContaining({ [field]: code }));
    } else {
      expect(response.body['code']).toBe(code);
    }
    expect(await writeFingerprint(t)).toBe(before);
  });

  it('answers 413 in the same shape for a body over the size limit', async () => {
    const response = await statusUpdate({ ...valid, narrative: 'x'.repeat(300_000) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ statusCode: 413, code: 'payload_too_large' });
  });

  it('answers 415 in the same shape for a body that is not JSON, storing nothing', async () => {
    const before = await writeFingerprint(t);
    const response = await t.http
      .post(`/api/milestones/${milestone.id}/status-updates`)
      .auth(token, { type: 'bearer' })
      .set('If-Match', `"${milestone.version}"`)
      .type('form')
      .send('effectiveDate=2020-01-01&level=1&narrative=x');
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({ statusCode: 415, code: 'unsupported_media_type' });
    expect(await writeFingerprint(t)).toBe(before);
  });

  it('answers 404 in the same shape for an unknown API route', async () => {
    const response = await t.http.get('/api/nothing-here').auth(token, { type: 'bearer' });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'not_found', requestId: expect.any(String) });
  });
});
