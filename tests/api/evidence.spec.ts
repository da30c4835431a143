import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { approve, submitUpdate } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp, TestRole } from './support/test-app';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const EXECUTABLE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
const MAX_BYTES = 4096;

describe('evidence', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT, env: { EVIDENCE_MAX_BYTES: String(MAX_BYTES) } });
  });
  afterAll(() => t.close());

  const bearer = async (role: TestRole) => ({ Authorization: `Bearer ${await t.tokenFor(role)}` });
  const pendingUpdate = async (narrative: string) =>
    (
      await submitUpdate(
        t,
        'M6 programme launched',
        { effectiveDate: '2021-06-01', level: 1, narrative },
        { approve: false },
      )
    ).history.find((update) => update.narrative === narrative)!;
  const upload = async (statusUpdateId: string, file: Buffer, name: string, role: TestRole = 'monitor') =>
    t.http
      .post(`/api/status-updates/${statusUpdateId}/evidence/files`)
      .set(await bearer(role))
      .field('title', 'Cantonment site inspection')
      .field('reliability', 'B')
      .field('evidenceDate', '2021-05-30')
      .attach('file', file, name);
  const storedFiles = () =>
    existsSync(join(t.dataDir, 'evidence')) ? readdirSync(join(t.dataDir, 'evidence')).length : 0;

  it('stores a file with its type found in the content and its SHA-256, and serves it to members once approved', async () => {
    const update = await pendingUpdate('With an inspection report.');
    const response = await upload(update.id, PDF, 'inspection.png');
    expect(response.status).toBe(201);
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    expect(response.body).toMatchObject({
      kind: 'file',
      fileName: 'inspection.png',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256,
      reliability: 'B',
      evidenceDate: '2021-05-30',
      uploadedByName: 'Moussa Monitor',
    });
    const url = `/api/evidence/${response.body.id}/file`;
    // Awaiting review: its author and reviewers see it; a viewer does not.
    await t.http
      .get(url)
      .set(await bearer('reviewer'))
      .expect(200);
    await t.http
      .get(url)
      .set(await bearer('viewer'))
      .expect(404);

    await approve(t, update.id);
    const download = await t.http
      .get(url)
      .set(await bearer('viewer'))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(download.body, PDF)).toBe(0);
    expect(download.headers['content-type']).toBe('application/pdf');
    // Offered under the extension of what it is.
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="inspection.pdf"/);
    expect(download.headers['repr-digest']).toBe(`sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`);

    // Approved: its evidence is closed.
    const late = await upload(update.id, PDF, 'late.pdf');
    expect(late.status).toBe(409);
  });

  it('offers a file under the extension of its content, not the one it was uploaded with', async () => {
    const update = await pendingUpdate('With a renamed file.');
    const uploaded = await upload(update.id, PDF, 'évaluation.hta');
    expect(uploaded.body.fileName).toBe('évaluation.hta');
    const download = await t.http
      .get(`/api/evidence/${uploaded.body.id}/file`)
      .set(await bearer('monitor'))
      .expect(200);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="_valuation.pdf"; filename*=UTF-8''${encodeURIComponent('évaluation.pdf')}`,
    );
  });

  it('lets a trusted monitor attach evidence to an update that counted without review, that day only', async () => {
    await t.db.query(`UPDATE agreement SET trusted_updates_skip_review = true`);
    await t.db.query(`UPDATE agreement_member SET trusted = true WHERE role = 'monitor'`);
    try {
      const update = await pendingUpdate('Counted at once.');
      expect(update.reviewState).toBe('approved');
      expect((await upload(update.id, PDF, 'report.pdf')).status).toBe(201);
    } finally {
      await t.db.query(`UPDATE agreement SET trusted_updates_skip_review = false`);
      await t.db.query(`UPDATE agreement_member SET trusted = false`);
    }
  });

  it('refuses a file whose content is not an accepted type, whatever its name, and stores nothing', async () => {
    const update = await pendingUpdate('With a disguised program.');
    const before = storedFiles();
    const response = await upload(update.id, EXECUTABLE, 'report.pdf');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'validation_failed', errors: { file: 'fileTypeNotAccepted' } });
    expect(storedFiles()).toBe(before);
  });

  it('refuses a file over the size limit with 413 in the error shape, and stores nothing', async () => {
    const update = await pendingUpdate('With a large scan.');
    const before = storedFiles();
    const response = await upload(update.id, Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]), 'scan.pdf');
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ statusCode: 413, code: 'payload_too_large' });
    expect(storedFiles()).toBe(before);
  });

  it('names a wrong field, then a missing file, with 400', async () => {
    const update = await pendingUpdate('Without a file.');
    const send = async (reliability: string) =>
      t.http
        .post(`/api/status-updates/${update.id}/evidence/files`)
        .set(await bearer('monitor'))
        .field('title', 'No file')
        .field('reliability', reliability);
    expect((await send('Z')).body).toMatchObject({ statusCode: 400, errors: { reliability: 'isEnum' } });
    expect((await send('A')).body).toMatchObject({ statusCode: 400, errors: { file: 'required' } });
  });

  it('adds a link once for repeated sends with one Idempotency-Key', async () => {
    const update = await pendingUpdate('With a press article.');
    const send = async () =>
      t.http
        .post(`/api/status-updates/${update.id}/evidence/links`)
        .set(await bearer('monitor'))
        .set('Idempotency-Key', 'link-1')
        .send({ title: 'Press article', url: 'https://example.org/article', reliability: 'C' });
    const responses = await Promise.all([send(), send(), send()]);
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201]);
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM evidence WHERE status_update_id = $1', [
      update.id,
    ]);
    expect(count).toBe(1);
  });

  it("lets only the update's author add evidence to it; other monitors do not even see it", async () => {
    const byAdmin = await submitUpdate(
      t,
      'M6 programme launched',
      { effectiveDate: '2021-07-01', level: 1, narrative: 'Recorded by the administrator.' },
      { author: 'admin', approve: false },
    );
    const response = await upload(byAdmin.history[0].id, PDF, 'x.pdf', 'monitor');
    expect(response.status).toBe(404);
    // A reviewer sees it, but does not record updates.
    expect((await upload(byAdmin.history[0].id, PDF, 'x.pdf', 'reviewer')).status).toBe(403);
  });
});
