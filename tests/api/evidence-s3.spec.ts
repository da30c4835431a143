import { CreateBucketCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import S3rver from 's3rver';
import { EvidenceNotFoundError, S3EvidenceConfig, S3EvidenceStore } from '../../backend/src/evidence/evidence-store';
import { approve, submitUpdate } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Evidence in an S3-compatible object store: s3rver, a server of the S3 protocol started in this
 * process on the loopback address, so that signing, path-style addressing, content types, NoSuchKey
 * and deletes go through the AWS SDK as they do against MinIO (the store of docker/compose.yaml).
 */
describe('evidence in an S3-compatible store', () => {
  let server: S3rver;
  let directory: string;
  let config: S3EvidenceConfig;
  let admin: S3Client;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'evidence-s3-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
    const { port } = await server.run();
    config = {
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      bucket: 'accord-evidence',
      accessKeyId: 'S3RVER', // s3rver's fixed credentials
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    };
    admin = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: true,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    });
    await admin.send(new CreateBucketCommand({ Bucket: config.bucket }));
  });
  afterAll(async () => {
    admin.destroy();
    await server.close();
    await rm(directory, { recursive: true, force: true });
  });

  describe('the store', () => {
    it('gives back what was put, byte for byte, with its media type on the object', async () => {
      const store = new S3EvidenceStore(config);
      const key = `${randomUUID()}.pdf`;
      const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2 << 20, 0xa5)]);
      await store.put(key, content, 'application/pdf');
      expect((await buffer(await store.open(key))).equals(content)).toBe(true);
      const head = await admin.send(new HeadObjectCommand({ Bucket: config.bucket, Key: key }));
      expect(head.ContentType).toBe('application/pdf');
    });

    it('stores a stream (the files of jobs): small in one request, large in parts, under its prefix', async () => {
      const store = new S3EvidenceStore(config, 'jobs/');
      for (const size of [1000, 20 * 1024 * 1024 + 5]) {
        const key = `${randomUUID()}.csv`;
        const content = Buffer.alloc(size, 0x61);
        // Chunks as a writer sends them: smaller than a part.
        const chunks = Array.from({ length: Math.ceil(size / 65536) }, (_, index) =>
          content.subarray(index * 65536, (index + 1) * 65536),
        );
        expect(await store.putStream(key, Readable.from(chunks), 'text/csv')).toBe(size);
        expect((await buffer(await store.open(key))).equals(content)).toBe(true);
        const head = await admin.send(new HeadObjectCommand({ Bucket: config.bucket, Key: `jobs/${key}` }));
        expect([head.ContentType, head.ContentLength]).toEqual(['text/csv', size]);
      }
    });

    it('stores nothing when the stream fails, and aborts its upload', async () => {
      const store = new S3EvidenceStore(config, 'jobs/');
      const key = `${randomUUID()}.csv`;
      async function* failing() {
        yield Buffer.alloc(9 * 1024 * 1024, 0x61); // one part sent
        throw new Error('the export failed');
      }
      await expect(store.putStream(key, Readable.from(failing()), 'text/csv')).rejects.toThrow('the export failed');
      await expect(store.open(key)).rejects.toBeInstanceOf(EvidenceNotFoundError);
    });

    it('rejects with EvidenceNotFoundError for a key that holds nothing, also after a remove', async () => {
      const store = new S3EvidenceStore(config);
      const key = `${randomUUID()}.pdf`;
      await expect(store.open(key)).rejects.toBeInstanceOf(EvidenceNotFoundError);
      await store.put(key, Buffer.from('%PDF-1.7'), 'application/pdf');
      await store.remove(key);
      await expect(store.open(key)).rejects.toBeInstanceOf(EvidenceNotFoundError);
    });
  });

  describe('the application configured with S3_*', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp({
        fixture: SMALL_AGREEMENT,
        env: {
          S3_BUCKET: config.bucket,
          S3_ENDPOINT: config.endpoint ?? '',
          S3_REGION: config.region,
          S3_ACCESS_KEY_ID: config.accessKeyId,
          S3_SECRET_ACCESS_KEY: config.secretAccessKey,
          S3_FORCE_PATH_STYLE: 'true',
        },
      });
    });
    afterAll(async () => {
      await t.close();
      for (const name of Object.keys(process.env).filter((variable) => variable.startsWith('S3_'))) {
        delete process.env[name];
      }
    });

    it('keeps an uploaded file in the bucket and serves it from there', async () => {
      const report = Buffer.from('%PDF-1.7\nA report kept in the object store.\n%%EOF\n');
      const submitted = await submitUpdate(
        t,
        'M6 programme launched',
        { effectiveDate: '2021-01-01', level: 1, narrative: 'Stored in S3.' },
        { approve: false },
      );
      const updateId = submitted.history[0].id;
      const uploaded = await t.http
        .post(`/api/status-updates/${updateId}/evidence/files`)
        .auth(await t.tokenFor('monitor'), { type: 'bearer' })
        .field('title', 'Report')
        .field('reliability', 'A')
        .attach('file', report, 'report.pdf')
        .expect(201);
      const [{ storageKey }] = await t.db.query('SELECT storage_key AS "storageKey" FROM evidence WHERE id = $1', [
        uploaded.body.id,
      ]);
      const listed = await admin.send(new ListObjectsV2Command({ Bucket: config.bucket }));
      expect(listed.Contents?.map((object) => object.Key)).toContain(storageKey);
      await approve(t, updateId);

      const download = await t.http
        .get(`/api/evidence/${uploaded.body.id}/file`)
        .auth(await t.tokenFor('viewer'), { type: 'bearer' })
        .buffer(true)
        .parse((res, callback) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => callback(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(createHash('sha256').update(download.body).digest('hex')).toBe(uploaded.body.sha256);
    });
  });
});
