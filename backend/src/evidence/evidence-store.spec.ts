import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import {
  createEvidenceStore,
  createFileStore,
  EvidenceNotFoundError,
  EvidenceStore,
  LocalEvidenceStore,
  S3EvidenceStore,
} from './evidence-store';

describe('LocalEvidenceStore', () => {
  let dataDir: string;
  let rootDir: string;
  let store: EvidenceStore;
  const key = `${randomUUID()}.pdf`;
  const pdf = Buffer.from('%PDF-1.7\nminutes of the monitoring committee\n');

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'evidence-store-'));
    rootDir = join(dataDir, 'evidence');
    store = new LocalEvidenceStore(rootDir);
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('gives back what was put, creating its directory on first use', async () => {
    await store.put(key, pdf, 'application/pdf');
    expect(await buffer(await store.open(key))).toEqual(pdf);
  });

  it('writes files readable by their owner only, and leaves no temporary file', async () => {
    await store.put(key, pdf, 'application/pdf');
    expect((await stat(join(rootDir, key))).mode & 0o777).toBe(0o600);
    expect(await readdir(rootDir)).toEqual([key]);
  });

  it('replaces the content of a key that is put again', async () => {
    await store.put(key, pdf, 'application/pdf');
    await store.put(key, Buffer.from('%PDF-1.7\nsecond version\n'), 'application/pdf');
    expect((await buffer(await store.open(key))).toString()).toContain('second version');
  });

  it('stores a stream, answering its size, and leaves no temporary file', async () => {
    const size = await store.putStream(key, Readable.from([pdf, pdf]), 'application/pdf');
    expect(size).toBe(2 * pdf.length);
    expect(await buffer(await store.open(key))).toEqual(Buffer.concat([pdf, pdf]));
    expect(await readdir(rootDir)).toEqual([key]);
  });

  it('stores nothing when the stream fails, and cleans up its temporary file', async () => {
    async function* failing() {
      yield pdf;
      throw new Error('the export failed');
    }
    await expect(store.putStream(key, Readable.from(failing()), 'application/pdf')).rejects.toThrow(
      'the export failed',
    );
    expect(await readdir(rootDir)).toEqual([]);
  });

  it('cleans up its temporary file when the write fails', async () => {
    await mkdir(join(rootDir, key), { recursive: true }); // a directory where the file should go
    await expect(store.put(key, pdf, 'application/pdf')).rejects.toThrow();
    expect(await readdir(rootDir)).toEqual([key]);
  });

  it('rejects with EvidenceNotFoundError for a key that holds nothing', async () => {
    await expect(store.open(key)).rejects.toBeInstanceOf(EvidenceNotFoundError);
  });

  it('removes a file, and removing a key that holds nothing is not an error', async () => {
    await store.put(key, pdf, 'application/pdf');
    await store.remove(key);
    await expect(store.open(key)).rejects.toBeInstanceOf(EvidenceNotFoundError);
    await expect(store.remove(key)).resolves.toBeUndefined();
  });

  it.each([
    '../escaped',
    '..',
    '.',
    '',
    'a/b',
    '/etc/passwd',
    'a\\b',
    'name..pdf',
    '.hidden',
    'with space',
    'nul\0byte',
    '%2e%2e',
    'x'.repeat(129),
  ])('refuses the key %j for put, open and remove', async (badKey) => {
    await expect(store.put(badKey, pdf, 'application/pdf')).rejects.toThrow(/Invalid evidence key/);
    await expect(store.open(badKey)).rejects.toThrow(/Invalid evidence key/);
    await expect(store.remove(badKey)).rejects.toThrow(/Invalid evidence key/);
    expect(await readdir(dataDir)).toEqual([]);
  });
});

describe('createEvidenceStore', () => {
  it('keeps files under <data dir>/evidence when no bucket is configured', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'evidence-store-'));
    try {
      const store = createEvidenceStore({ dataDir });
      expect(store).toBeInstanceOf(LocalEvidenceStore);
      await store.put('a-key', Buffer.from('GIF89a'), 'image/gif');
      expect(await readdir(join(dataDir, 'evidence'))).toEqual(['a-key']);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps the files of jobs apart, under <data dir>/jobs', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'evidence-store-'));
    try {
      await createFileStore({ dataDir }, 'jobs').put('a-key', Buffer.from('GIF89a'), 'image/gif');
      expect(await readdir(dataDir)).toEqual(['jobs']);
      expect(await readdir(join(dataDir, 'jobs'))).toEqual(['a-key']);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('uses the bucket when one is configured', () => {
    const s3 = {
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      bucket: 'accord-evidence',
      accessKeyId: 'accord',
      secretAccessKey: 'not-a-real-secret',
      forcePathStyle: true,
    };
    expect(createEvidenceStore({ dataDir: 'unused', s3 })).toBeInstanceOf(S3EvidenceStore);
  });
});
