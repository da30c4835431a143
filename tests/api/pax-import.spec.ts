import {
  ErrorCode,
  FieldError,
  fileProblemsOf,
  PAX_FILE_MAX_BYTES,
  PaxAgreementRowDto,
  PaxImportOutcome,
  PaxImportResultDto,
  PaxUploadDto,
} from '@accord/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFingerprint } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp, TestRole } from './support/test-app';

/**
 * Importing agreements from PA-X. `fixtures/pax/pax-mali.csv` holds real rows of the PA-X export (the 43
 * naming Mali and six others); `pax-coded.csv` is synthetic, with coding columns (see its README for the
 * figures expected, computed by hand).
 */
const FIXTURES = join(__dirname, 'fixtures/pax');
const MALI_FILE = readFileSync(join(FIXTURES, 'pax-mali.csv'));
const CODED_FILE = readFileSync(join(FIXTURES, 'pax-coded.csv'));
const MALI_2015_NAME = "Accord Pour la Paix et la Reconciliation au Mali - Issu du Processus d'Alger";

async function upload(t: TestApp, content: Buffer, role: TestRole = 'admin') {
  return t.http
    .post('/api/pax-imports')
    .auth(await t.tokenFor(role), { type: 'bearer' })
    .attach('file', content, 'pax.csv');
}

async function uploaded(t: TestApp, content: Buffer): Promise<PaxUploadDto> {
  const response = await upload(t, content);
  expect(response.status).toBe(201);
  return response.body;
}

async function search(t: TestApp, uploadId: string, query: Record<string, string | number>) {
  return t.http
    .get(`/api/pax-imports/${uploadId}/agreements`)
    .auth(await t.tokenFor('admin'), { type: 'bearer' })
    .query(query);
}

async function importRows(t: TestApp, uploadId: string, agtIds: number[]) {
  return t.http
    .post(`/api/pax-imports/${uploadId}/imports`)
    .auth(await t.tokenFor('admin'), { type: 'bearer' })
    .send({ agtIds });
}

async function imported(t: TestApp, uploadId: string, agtIds: number[]): Promise<PaxImportResultDto> {
  const response = await importRows(t, uploadId, agtIds);
  expect(response.status).toBe(200);
  return response.body;
}

/** Everything an upload or an import writes, to prove that a refused one wrote nothing. */
async function storedCounts(t: TestApp) {
  const [counts] = await t.db.query(
    `SELECT (SELECT count(*)::int FROM pax_upload) AS uploads, (SELECT count(*)::int FROM pax_upload_row) AS rows,
            (SELECT count(*)::int FROM agreement) AS agreements, (SELECT count(*)::int FROM party) AS parties,
            (SELECT count(*)::int FROM pax_agreement_source) AS sources, (SELECT count(*)::int FROM audit_record) AS audit`,
  );
  return { ...counts, fingerprint: await writeFingerprint(t) };
}

describe('PA-X import', () => {
  let t: TestApp;
  let maliUpload: PaxUploadDto;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    maliUpload = await uploaded(t, MALI_FILE);
  });
  afterAll(() => t.close());

  describe('upload and search', () => {
    it('reads the real export: 49 agreements, no coding column, the countries they name', () => {
      expect(maliUpload).toMatchObject({ fileName: 'pax.csv', rows: 49, codingColumns: [], ignoredColumns: [] });
      expect(maliUpload.countries).toEqual(
        expect.arrayContaining([
          { name: 'Mali', agreements: 43 },
          { name: 'Azawad', agreements: 23 },
          { name: 'Niger', agreements: 4 },
          { name: 'Somalia', agreements: 1 },
        ]),
      );
      expect(new Date(maliUpload.expiresAt).getTime() - new Date(maliUpload.uploadedAt).getTime()).toBe(86_400_000);
    });

    it('finds exactly the 43 agreements whose country field names Mali (not Somalia), whatever the case', async () => {
      const response = await search(t, maliUpload.id, { country: 'Mali', pageSize: 100 });
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(43);
      const items: PaxAgreementRowDto[] = response.body.items;
      expect(items).toHaveLength(43);
      expect(new Set(items.map((item) => item.country))).toEqual(new Set(['Mali', 'Mali/(Azawad)', 'Mali/Niger']));
      expect(items.map((item) => item.agtId)).not.toContain(1678);
      // Oldest first: the 1991 ceasefire of Tamanrasset.
      expect(items[0]).toMatchObject({ agtId: 206, signedOn: '1991-01-06' });
      expect((await search(t, maliUpload.id, { country: 'mALI' })).body.total).toBe(43);
    });

    it('narrows by dates, by words of the name or by AgtId, and pages', async () => {
      const in2015 = await search(t, maliUpload.id, { country: 'Mali', from: '2015-01-01', to: '2015-12-31' });
      expect(in2015.body.items.map((item: PaxAgreementRowDto) => item.agtId)).toEqual([1366, 1367, 1365]);
      const niger = await search(t, maliUpload.id, { country: 'niger' });
      expect(niger.body.items.map((item: PaxAgreementRowDto) => item.agtId).sort()).toEqual([2240, 2292, 2294, 2317]);
      // Either apostrophe finds both spellings: "d’Alger" (1426) and "d'Alger" (1365).
      for (const q of ['processus d’alger', "PROCESSUS D'ALGER"]) {
        const named = await search(t, maliUpload.id, { q });
        expect(named.body.items.map((item: PaxAgreementRowDto) => item.agtId)).toEqual([1426, 1365]);
      }
      const page2 = await search(t, maliUpload.id, { country: 'Mali', page: 3, pageSize: 20 });
      expect(page2.body).toMatchObject({ total: 43, page: 3, pageSize: 20 });
      expect(page2.body.items).toHaveLength(3);
      const byId = await search(t, maliUpload.id, { q: '1365' });
      expect(byId.body.items).toEqual([
        {
          agtId: 1365,
          name: MALI_2015_NAME,
          country: 'Mali/(Azawad)',
          signedOn: '2015-06-20',
          stage: 'SubComp',
          parties: [
            'Government of Mali',
            "Mouvement national de libération de l'Azawad",
            "Haut Conseil pour l'unité de l'Azawad",
            "Mouvement arabe de l'Azawad",
            "Mouvement arabe de l'Azawad-dissident",
            "Coordination pour le peuple de l'Azawad",
            'Coordination des mouvements et fronts patriotiques de résistance',
          ],
          thirdParties: [],
          codedCategories: 0,
          link: 'https://www.peaceagreements.org/agreements/1365/',
          agreement: null,
        },
      ]);
    });

    it('refuses a reversed or malformed date range, and answers 404 for an unknown or expired upload', async () => {
      const reversed = await search(t, maliUpload.id, { from: '2016-01-01', to: '2015-01-01' });
      expect({ status: reversed.status, errors: reversed.body.errors }).toEqual({
        status: 400,
        errors: { from: FieldError.RangeReversed },
      });
      expect((await search(t, maliUpload.id, { to: '2015-02-30' })).body.errors).toEqual({ to: 'isDate' });
      expect((await search(t, '6f1c1b4e-3a0d-4c8e-9a57-1e2b3c4d5e6f', {})).status).toBe(404);
      const old = await uploaded(t, MALI_FILE);
      await t.db.query(
        `UPDATE pax_upload SET uploaded_at = now() - interval '2 days', expires_at = now() - interval '1 day' WHERE id = $1`,
        [old.id],
      );
      expect((await search(t, old.id, {})).status).toBe(404);
      expect((await importRows(t, old.id, [1365])).status).toBe(404);
    });
  });

  describe('refused files', () => {
    const rejection = async (content: Buffer) => {
      const before = await storedCounts(t);
      const response = await upload(t, content);
      expect(await storedCounts(t)).toEqual(before);
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ statusCode: 422, code: ErrorCode.ImportRejected });
      return fileProblemsOf(response.body.errors);
    };

    it('names the row of a file cut off inside its last row, and stores nothing', async () => {
      const text = MALI_FILE.toString('utf8');
      // The last row (50, AgtId 2696) cut after its first fields: too few fields.
      const cut = Buffer.from(text.slice(0, text.lastIndexOf('\nMali/(Azawad),Inter-group,') + 40));
      expect(await rejection(cut)).toEqual([{ row: 50, column: '', code: FieldError.FieldCount }]);
      // Cut inside the quoted third parties of row 23 (AgtId 1367): the quote is never closed.
      const insideQuotes = Buffer.from(text.slice(0, text.indexOf('S.E.M. Mongi HAMDI')));
      expect(await rejection(insideQuotes)).toEqual([{ row: 23, column: '', code: FieldError.UnreadableFile }]);
    });

    it('lists the columns missing from the header', async () => {
      const wrongColumns = Buffer.from(
        MALI_FILE.toString('utf8').replace('Agt,Dat,Status', 'Agt,Date,Status').replace(',ThrdPart,', ',Third,'),
      );
      expect(await rejection(wrongColumns)).toEqual([
        { row: 1, column: 'Dat', code: FieldError.MissingColumn },
        { row: 1, column: 'ThrdPart', code: FieldError.MissingColumn },
      ]);
    });

    it('lists every bad value by row and column', async () => {
      const badValues = Buffer.from(
        CODED_FILE.toString('utf8')
          .replace('15/03/2021', '31/04/2021')
          .replace('Cea,Ceas', ',Ceas')
          .replace(',2,3,1,1,', ',2,4,1,1,'),
      );
      expect(await rejection(badValues)).toEqual([
        { row: 2, column: 'Dat', code: 'isDate' },
        { row: 2, column: 'DdrProg', code: FieldError.CodingOutOfRange },
        { row: 3, column: 'Stage', code: FieldError.Required },
      ]);
    });

    it('refuses a request without a file (400), a file too large (413), and non-administrators (403)', async () => {
      const withoutFile = await t.http.post('/api/pax-imports').auth(await t.tokenFor('admin'), { type: 'bearer' });
      expect({ status: withoutFile.status, errors: withoutFile.body.errors }).toEqual({
        status: 400,
        errors: { file: FieldError.Required },
      });
      const tooLarge = await upload(t, Buffer.alloc(PAX_FILE_MAX_BYTES + 1, 'a'));
      expect({ status: tooLarge.status, code: tooLarge.body.code }).toEqual({
        status: 413,
        code: ErrorCode.PayloadTooLarge,
      });
      for (const role of ['viewer', 'monitor', 'reviewer', 'outsider'] as const) {
        expect((await upload(t, MALI_FILE, role)).status).toBe(403);
      }
    });
  });

  describe('import', () => {
    it('creates the Mali 2015 agreement once: importing AgtId 1365 again finds it unchanged', async () => {
      const before = await storedCounts(t);
      const first = await imported(t, maliUpload.id, [1365]);
      expect(first.agreements).toEqual([
        {
          agtId: 1365,
          agreementId: expect.any(String),
          title: MALI_2015_NAME,
          shortTitle: 'Mali 2015: Accord Pour la Paix et la Reconciliation au Mali…',
          outcome: PaxImportOutcome.Created,
          partiesAdded: 7,
          pillarsAdded: 0,
          placeholdersAdded: 0,
        },
      ]);
      const { agreementId } = first.agreements[0];
      const [agreement] = await t.db.query(
        `SELECT a.slug, a.title, a.country, a.signed_on::text AS "signedOn", a.description, a.time_zone AS "timeZone",
                a.pax_id AS "paxId", s.code AS scale, a.version
         FROM agreement a JOIN assessment_scale s ON s.id = a.scale_id WHERE a.id = $1`,
        [agreementId],
      );
      expect(agreement).toEqual({
        slug: 'pax-1365',
        title: MALI_2015_NAME,
        country: 'Mali/(Azawad)',
        signedOn: '2015-06-20',
        description:
          'Framework-substantive, comprehensive (PA-X stage SubComp/FrAg). ' +
          'PA-X agreement 1365: https://www.peaceagreements.org/agreements/1365/',
        timeZone: 'Africa/Bamako',
        paxId: 1365,
        scale: 'pam',
        version: 1,
      });
      const detail = await t.http
        .get(`/api/agreements/${agreementId}`)
        .auth(await t.tokenFor('admin'), { type: 'bearer' })
        .expect(200);
      expect(
        detail.body.parties.map((party: { acronym: string; kind: string }) => `${party.acronym} ${party.kind}`),
      ).toEqual([
        'GM government',
        'MNLA movement',
        'HCUA movement',
        'MAA movement',
        'MAA-dissident movement',
        'CPA movement',
        'CMFPR movement',
      ]);
      expect(detail.body.pillars).toEqual([]);

      const again = await imported(t, maliUpload.id, [1365]);
      expect(again.agreements[0]).toMatchObject({ agreementId, outcome: PaxImportOutcome.Unchanged, partiesAdded: 0 });
      const after = await storedCounts(t);
      expect(after.agreements - before.agreements).toBe(1);
      expect(after.parties - before.parties).toBe(7);
      const audit = await t.db.query('SELECT action FROM audit_record WHERE agreement_id = $1 ORDER BY seq', [
        agreementId,
      ]);
      expect(audit.map((record: { action: string }) => record.action)).toEqual([
        'agreement.imported',
        'agreement.reimported',
      ]);
      // The search says it is in the tracker; administrators see it among the agreements.
      const row = await search(t, maliUpload.id, { q: '1365' });
      expect(row.body.items[0].agreement).toEqual({ id: agreementId, shortTitle: first.agreements[0].shortTitle });
      const list = await t.http
        .get('/api/agreements')
        .auth(await t.tokenFor('admin'), { type: 'bearer' })
        .expect(200);
      expect(list.body.map((item: { id: string }) => item.id)).toContain(agreementId);
    });

    it('links an agreement that had the PA-X id before any import, and keeps its own data', async () => {
      await t.db.query('UPDATE agreement SET pax_id = 1367 WHERE id = $1', [t.agreementId]);
      const before = await storedCounts(t);
      const result = await imported(t, maliUpload.id, [1367]);
      expect(result.agreements).toEqual([
        {
          agtId: 1367,
          agreementId: t.agreementId,
          title: SMALL_AGREEMENT.title,
          shortTitle: SMALL_AGREEMENT.shortTitle,
          outcome: PaxImportOutcome.Linked,
          partiesAdded: 0,
          pillarsAdded: 0,
          placeholdersAdded: 0,
        },
      ]);
      const after = await storedCounts(t);
      expect({ agreements: after.agreements, parties: after.parties, sources: after.sources - before.sources }).toEqual(
        {
          agreements: before.agreements,
          parties: before.parties,
          sources: 1,
        },
      );
      const [source] = await t.db.query(
        'SELECT origin, stage, link FROM pax_agreement_source WHERE agreement_id = $1',
        [t.agreementId],
      );
      expect(source).toEqual({
        origin: 'linked',
        stage: 'Cea',
        link: 'https://www.peaceagreements.org/agreements/1367/',
      });
    });

    it('makes pillars and placeholder commitments from coding columns, and adds only what is missing later', async () => {
      const coded = await uploaded(t, CODED_FILE);
      expect(coded).toMatchObject({
        rows: 2,
        codingColumns: ['PolNewTemp', 'Ce', 'SsrDdr', 'DdrProg', 'ImUN', 'GChRhet', 'TjAm', 'GeWom'],
        ignoredColumns: ['Notes'],
      });
      const rows = (await search(t, coded.id, {})).body.items as PaxAgreementRowDto[];
      expect(rows.map((row) => [row.agtId, row.codedCategories, row.link])).toEqual([
        [900002, 0, 'https://example.org/pax/900002'],
        [900001, 4, 'https://www.peaceagreements.org/agreements/900001/'],
      ]);

      const result = await imported(t, coded.id, [900001, 900002]);
      expect(
        result.agreements.map((agreement) => [
          agreement.agtId,
          agreement.outcome,
          agreement.partiesAdded,
          agreement.pillarsAdded,
          agreement.placeholdersAdded,
        ]),
      ).toEqual([
        [900001, PaxImportOutcome.Created, 4, 2, 4],
        [900002, PaxImportOutcome.Created, 2, 0, 0],
      ]);
      const [first, second] = result.agreements.map((agreement) => agreement.agreementId);
      const structure = async (agreementId: string) =>
        t.db.query(
          `SELECT p.position AS "pillarPosition", p.name AS pillar, p.theme, c.position, c.reference, c.title,
                  (SELECT count(*)::int FROM milestone m WHERE m.commitment_id = c.id) AS milestones
           FROM commitment c JOIN pillar p ON p.id = c.pillar_id WHERE c.agreement_id = $1 ORDER BY c.position`,
          [agreementId],
        );
      expect(await structure(first)).toEqual([
        {
          pillarPosition: 0,
          pillar: 'Political and institutional questions',
          theme: 'political_institutional',
          position: 0,
          reference: 'PA-X PolNewTemp',
          title: 'Temporary institutional arrangements',
          milestones: 1,
        },
        ...[
          ['PA-X Ce', 'Ceasefire'],
          ['PA-X SsrDdr', 'DDR'],
          ['PA-X DdrProg', 'DDR programme'],
        ].map(([reference, title], index) => ({
          pillarPosition: 1,
          pillar: 'Defence and security',
          theme: 'defence_security',
          position: index + 1,
          reference,
          title,
          milestones: 1,
        })),
      ]);
      const [{ timeZone, parties }] = await t.db.query(
        `SELECT a.time_zone AS "timeZone", (SELECT string_agg(p.acronym || ' ' || p.kind, ', ' ORDER BY p.position)
                                              FROM party p WHERE p.agreement_id = a.id) AS parties
         FROM agreement a WHERE a.id = $1`,
        [first],
      );
      expect({ timeZone, parties }).toEqual({
        timeZone: 'Africa/Nairobi',
        parties: 'GT government, NM movement, UN international, NR mediator',
      });
      // Placeholders count as not initiated: 4 commitments, PAM rate 0 / (4 x 3).
      const dashboard = await t.http
        .get(`/api/agreements/${first}/dashboard`)
        .auth(await t.tokenFor('admin'), { type: 'bearer' })
        .expect(200);
      expect(dashboard.body).toMatchObject({ commitments: 4, milestones: 4, implementationRate: 0 });
      expect(await structure(second)).toEqual([]);

      // PA-X codes one more category and renames the agreement: re-imported, it gains what it lacks.
      const recoded = await uploaded(
        t,
        Buffer.from(
          CODED_FILE.toString('utf8')
            .replace('Synthetic Accord on Security Arrangements', 'Synthetic Accord on Security and Justice')
            .replace(',2,1.0,2,3,1,1,0,0,', ',2,1.0,2,3,1,1,2,0,'),
        ),
      );
      const again = await imported(t, recoded.id, [900001]);
      expect(again.agreements[0]).toMatchObject({
        agreementId: first,
        outcome: PaxImportOutcome.Updated,
        title: 'Synthetic Accord on Security and Justice',
        shortTitle: 'Testland 2021: Synthetic Accord on Security and Justice',
        partiesAdded: 0,
        pillarsAdded: 1,
        placeholdersAdded: 1,
      });
      const restructured = await structure(first);
      expect(restructured).toHaveLength(5);
      expect(restructured[4]).toMatchObject({
        pillarPosition: 2,
        pillar: 'Reconciliation, justice and humanitarian questions',
        position: 4,
        reference: 'PA-X TjAm',
        title: 'Amnesty and pardon',
      });
      const [{ version }] = await t.db.query('SELECT version FROM agreement WHERE id = $1', [first]);
      expect(version).toBe(2);
    });

    it('imports all or nothing: an id not in the upload, or a failure on the second agreement, leaves nothing', async () => {
      const before = await storedCounts(t);
      const unknown = await importRows(t, maliUpload.id, [1366, 99999]);
      expect({ status: unknown.status, errors: unknown.body.errors }).toEqual({
        status: 400,
        errors: { 'agtIds.1': FieldError.NotInUpload },
      });
      expect((await importRows(t, maliUpload.id, [])).body.errors).toEqual({ agtIds: 'arrayNotEmpty' });
      expect((await importRows(t, maliUpload.id, [1366, 1366])).body.errors).toEqual({ agtIds: 'arrayUnique' });
      // An AgtId past the 9 digits of the file's check (and of PostgreSQL's integer) is refused, not a 500.
      const huge = await importRows(t, maliUpload.id, [1366, 10_000_000_000]);
      expect({ status: huge.status, errors: huge.body.errors }).toEqual({ status: 400, errors: { agtIds: 'max' } });

      // A database failure on the second agreement (as a constraint would raise it) undoes the first.
      await t.db.query(`
        CREATE FUNCTION refuse_pax_2294() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused for the test'; END $$;
        CREATE TRIGGER refuse_pax_2294 BEFORE INSERT ON agreement FOR EACH ROW WHEN (NEW.pax_id = 2294)
          EXECUTE FUNCTION refuse_pax_2294();`);
      try {
        expect((await importRows(t, maliUpload.id, [1366, 2294])).status).toBe(500);
      } finally {
        await t.db.query('DROP TRIGGER refuse_pax_2294 ON agreement; DROP FUNCTION refuse_pax_2294();');
      }
      expect(await storedCounts(t)).toEqual(before);
    });

    it('is for administrators only', async () => {
      for (const role of ['viewer', 'monitor', 'reviewer', 'outsider'] as const) {
        const token = await t.tokenFor(role);
        const searched = await t.http
          .get(`/api/pax-imports/${maliUpload.id}/agreements`)
          .auth(token, { type: 'bearer' });
        const posted = await t.http
          .post(`/api/pax-imports/${maliUpload.id}/imports`)
          .auth(token, { type: 'bearer' })
          .send({ agtIds: [1366] });
        expect([searched.status, posted.status]).toEqual([403, 403]);
      }
      expect((await t.http.get(`/api/pax-imports/${maliUpload.id}/agreements`)).status).toBe(401);
    });
  });
});

describe('PA-X import over the demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ demo: true, env: { ACCORD_DEMO_PASSWORD: 'pax-import-demo-password' } });
  });
  afterAll(async () => {
    delete process.env['ACCORD_DEMO_PASSWORD'];
    await t.close();
  });

  it('links AgtId 1365 to the demo agreement, twice, without duplicating or changing it', async () => {
    const [demo] = await t.db.query(
      `SELECT id, title, short_title AS "shortTitle", signed_on::text AS "signedOn", version,
              (SELECT count(*)::int FROM party WHERE agreement_id = a.id) AS parties,
              (SELECT count(*)::int FROM pillar WHERE agreement_id = a.id) AS pillars,
              (SELECT count(*)::int FROM commitment WHERE agreement_id = a.id) AS commitments
       FROM agreement a WHERE pax_id = 1365`,
    );
    const maliUpload = await uploaded(t, MALI_FILE);
    expect((await search(t, maliUpload.id, { q: '1365' })).body.items[0].agreement).toEqual({
      id: demo.id,
      shortTitle: 'Mali 2015 (Algiers)',
    });
    for (let time = 0; time < 2; time++) {
      const result = await imported(t, maliUpload.id, [1365]);
      expect(result.agreements).toEqual([
        {
          agtId: 1365,
          agreementId: demo.id,
          title: 'Agreement for Peace and Reconciliation in Mali, resulting from the Algiers Process',
          shortTitle: 'Mali 2015 (Algiers)',
          outcome: PaxImportOutcome.Linked,
          partiesAdded: 0,
          pillarsAdded: 0,
          placeholdersAdded: 0,
        },
      ]);
    }
    const agreements = await t.db.query(
      `SELECT id, title, short_title AS "shortTitle", signed_on::text AS "signedOn", version,
              (SELECT count(*)::int FROM party WHERE agreement_id = a.id) AS parties,
              (SELECT count(*)::int FROM pillar WHERE agreement_id = a.id) AS pillars,
              (SELECT count(*)::int FROM commitment WHERE agreement_id = a.id) AS commitments
       FROM agreement a`,
    );
    expect(agreements).toEqual([demo]);
    expect(demo).toMatchObject({ signedOn: '2015-05-15', parties: 14, pillars: 4, commitments: 50 });
    const audit = await t.db.query('SELECT action FROM audit_record WHERE agreement_id = $1 ORDER BY seq', [demo.id]);
    expect(audit.map((record: { action: string }) => record.action)).toEqual([
      'agreement.reimported',
      'agreement.reimported',
    ]);
  });
});
