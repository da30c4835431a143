import {
  DashboardDto,
  IMPORT_ERRORS_SHOWN,
  IMPORT_JOB_THRESHOLD_BYTES,
  ImportKind,
  ImportReportDto,
  ImportRowError,
  IndicatorDto,
  JobDto,
  JobState,
} from '@accord/shared';
import ExcelJS, { Workbook } from 'exceljs';
import { randomBytes } from 'node:crypto';
import { writeFingerprint } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp, TestRole } from './support/test-app';

/** A CSV file from rows of cells (quoted where needed). */
const csv = (rows: readonly (readonly string[])[]) =>
  Buffer.from(
    rows
      .map((cells) => cells.map((cell) => (/[",\n;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))
      .join('\n') + '\n',
  );

/** An XLSX file whose first sheet holds the rows (blank rows stay blank). */
async function xlsx(rows: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('data');
  rows.forEach((cells, index) => {
    if (cells.some((cell) => cell !== '')) sheet.getRow(index + 1).values = [...cells];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of a sheet as text, as the import reads them. */
async function sheetRows(content: Buffer, sheetIndex = 0): Promise<string[][]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[sheetIndex].eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))),
  );
  return rows;
}

const STATUS_HEADER = [
  'commitment',
  'commitmentTitle',
  'milestone',
  'effectiveDate',
  'level',
  'status',
  'narrative',
  'sources',
  'confidential',
];

describe('bulk import', () => {
  let t: TestApp;
  const tokens = new Map<TestRole, string>();

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT, otherFixture: { ...SMALL_AGREEMENT, slug: 'other-accord' } });
    for (const role of ['admin', 'reviewer', 'monitor', 'viewer', 'outsider'] as const)
      tokens.set(role, await t.tokenFor(role));
  });
  afterAll(() => t.close());

  const upload = (
    kind: ImportKind | string,
    content: Buffer,
    options: { role?: TestRole; dryRun?: boolean; fileName?: string; accept?: string } = {},
  ) => {
    let request = t.http
      .post(`/api/agreements/${t.agreementId}/imports`)
      .auth(tokens.get(options.role ?? 'admin')!, { type: 'bearer' })
      .field('kind', kind)
      .field('dryRun', String(options.dryRun ?? true))
      .attach('file', content, options.fileName ?? 'rows.csv');
    if (options.accept) request = request.set('Accept', options.accept);
    return request;
  };

  const dashboard = async (): Promise<DashboardDto> =>
    (
      await t.http
        .get(`/api/agreements/${t.agreementId}/dashboard`)
        .auth(await t.tokenFor('viewer'), { type: 'bearer' })
        .expect(200)
    ).body;

  const setReviewRule = (trustedCountWithoutReview: boolean) =>
    t.db.query('UPDATE agreement SET trusted_updates_skip_review = $2 WHERE id = $1', [
      t.agreementId,
      trustedCountWithoutReview,
    ]);

  describe('a file with errors in known rows', () => {
    // Row 1 is the header; row 7 is blank (skipped, still counted in the numbering).
    const rows = [
      STATUS_HEADER,
      ['Art. 4', '', 'M6 programme launched', '2020-01-01', '1', '', 'Launched.', '', ''],
      ['Art. 9', '', 'M6 programme launched', '2020-01-01', '1', '', 'No such article.', '', ''],
      [
        'Art. 2',
        '',
        'M4 sites operational',
        '2020-02-01',
        '',
        'delayed',
        'Slow works.',
        'https://example.org/a',
        'false',
      ],
      ['Art. 2', '', 'M4 sites operational', '2020-03-01', '7', '', 'A level out of range.', '', ''],
      ['Art. 2', '', 'M4 sites operational', '2999-01-01', '2', '', 'A date in the future.', '', ''],
      ['', '', '', '', '', '', '', '', ''],
      ['Art. 2', '', 'M9 nothing', '2015-01-01', '', 'late', '', 'not-a-link', 'maybe'],
      [
        'Art. 3',
        'C3 combatant lists handed over',
        'M5 lists handed over',
        '2019-01-01',
        '',
        '',
        'Neither level nor status.',
        '',
        '',
      ],
    ];
    const expected: ImportRowError[] = [
      { row: 3, column: 'commitment', code: 'unknownCommitment' },
      { row: 5, column: 'level', code: 'levelNotOnScale' },
      { row: 6, column: 'effectiveDate', code: 'dateInFuture' },
      { row: 8, column: 'milestone', code: 'unknownMilestone' },
      { row: 8, column: 'effectiveDate', code: 'dateBeforeAgreement' },
      { row: 8, column: 'status', code: 'isEnum' },
      { row: 8, column: 'narrative', code: 'required' },
      { row: 8, column: 'sources', code: 'isUrl' },
      { row: 8, column: 'confidential', code: 'isBoolean' },
      { row: 9, column: 'level', code: 'scoreOrStatusRequired' },
    ];

    it.each([
      ['CSV', () => Promise.resolve(csv(rows)), 'rows.csv'],
      ['XLSX', () => xlsx(rows), 'rows.xlsx'],
    ])('gets exactly those errors in a dry run of its %s, and nothing is stored', async (_format, file, fileName) => {
      const before = await writeFingerprint(t);
      const response = await upload(ImportKind.StatusUpdates, await file(), { role: 'monitor', fileName }).expect(200);
      expect(response.body).toEqual({
        kind: ImportKind.StatusUpdates,
        dryRun: true,
        rows: 7,
        errorCount: expected.length,
        rowsWithErrors: 5,
        errors: expected,
        stored: 0,
        countedWithoutReview: false,
      });
      expect(await writeFingerprint(t)).toBe(before);
    });

    it('refuses the import with 422 and the same report, and stores nothing', async () => {
      const before = await writeFingerprint(t);
      const response = await upload(ImportKind.StatusUpdates, csv(rows), { role: 'monitor', dryRun: false }).expect(
        422,
      );
      expect(response.body).toMatchObject({
        statusCode: 422,
        code: 'import_rejected',
        report: { dryRun: false, rows: 7, errorCount: expected.length, errors: expected, stored: 0 },
        requestId: expect.any(String),
      });
      expect(await writeFingerprint(t)).toBe(before);
    });

    it('gives every error as CSV when asked for text/csv', async () => {
      const response = await upload(ImportKind.StatusUpdates, csv(rows), {
        role: 'monitor',
        accept: 'text/csv',
      }).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.text.trim().split('\n')).toEqual([
        'row,column,code',
        ...expected.map(({ row, column, code }) => `${row},${column},${code}`),
      ]);
    });

    it('names unknown pillars and parties, duplicate and existing keys in a commitments file', async () => {
      const before = await writeFingerprint(t);
      const response = await upload(
        ImportKind.Commitments,
        csv([
          ['reference', 'title', 'pillar', 'parties', 'deadline', 'deadlineNote', 'text'],
          ['Art. 5', 'C5 new', 'A', 'GOV; COAL', '2030-01-01', '', 'New.'],
          ['Art. 6', 'C6 new', 'Z', 'GOV', '', '', ''],
          ['Art. 1', 'C1 elections held', 'A', 'NOPE', '31/12/2030', '', ''],
          ['Art. 5', 'C5 new', 'B', '', '', '', ''],
          ['Art. 1', 'C7 another commitment of an article', 'A', '', '', '', ''],
        ]),
      ).expect(200);
      expect(response.body.errors).toEqual([
        { row: 3, column: 'pillar', code: 'unknownPillar' },
        { row: 4, column: 'title', code: 'alreadyExists' },
        { row: 4, column: 'parties', code: 'unknownParty' },
        { row: 4, column: 'deadline', code: 'isDate' },
        { row: 5, column: 'title', code: 'duplicateKey' },
      ]);
      expect(await writeFingerprint(t)).toBe(before);
    });

    it('names cells that do not add up, unknown groups and indicators in an indicator values file', async () => {
      const response = await upload(
        ImportKind.IndicatorValues,
        csv([
          ['indicator', 'asOf', 'total', 'cells', 'note', 'sources', 'confidential'],
          [
            'ddr.registered',
            '2019-01-01',
            '900',
            'sex:male armedGroup:COAL = 500; sex:female armedGroup:COAL = 300',
            'Lists.',
            '',
            '',
          ],
          ['ddr.registered', '2019-02-01', '', 'sex:male armedGroup:XYZ = 5', 'Unknown group.', '', ''],
          ['ddr.nothing', '2019-02-01', '5', '', 'Unknown indicator.', '', ''],
          ['ddr.disarmed', '2019-02-01', '5', 'region:XT-N = 5; sex:male = 0', 'Not split by sex.', '', ''],
          ['ddr.disarmed', '2019-02-01', '', 'region XT-N 5', 'Unreadable cells.', '', ''],
          ['ddr.disarmed', '2019-02-01', 'many', '', 'Not a number.', '', ''],
          ['ddr.integrated', '2019-02-01', '10', '', 'Sound.', '', 'true'],
        ]),
        { role: 'monitor' },
      ).expect(200);
      expect(response.body.errors).toEqual([
        { row: 2, column: 'cells', code: 'cellsDoNotAddUp' },
        { row: 3, column: 'cells', code: 'unknownParty' },
        { row: 4, column: 'indicator', code: 'unknownIndicator' },
        { row: 5, column: 'cells', code: 'dimensionNotOfIndicator' },
        { row: 6, column: 'cells', code: 'invalidCells' },
        { row: 7, column: 'total', code: 'isNumber' },
        // The monitor is not cleared for confidential items.
        { row: 8, column: 'confidential', code: 'confidentialNotAllowed' },
      ]);
    });

    it('names the header columns it lacks or does not know, and reports an empty file', async () => {
      const response = await upload(
        ImportKind.Milestones,
        csv([
          ['commitment', 'title', 'owner', 'TITLE'],
          ['Art. 4', 'M7 new', 'someone', ''],
        ]),
      ).expect(200);
      expect(response.body.errors).toEqual([
        { row: 1, column: 'owner', code: 'unknownField' },
        { row: 1, column: 'title', code: 'duplicateColumn' },
      ]);
      const empty = await upload(ImportKind.Milestones, Buffer.from('')).expect(200);
      expect(empty.body.errors).toEqual([
        { row: 1, column: 'commitment', code: 'missingColumn' },
        { row: 1, column: 'title', code: 'missingColumn' },
        { row: 2, column: '', code: 'noRows' },
      ]);
    });
  });

  describe('a valid file', () => {
    it('creates commitments, then their milestones, then updates: the dashboard moves as computed by hand', async () => {
      await setReviewRule(true);
      const admin = { role: 'admin' as const, dryRun: false };
      const commitments = await upload(
        ImportKind.Commitments,
        csv([
          ['reference', 'title', 'pillar', 'parties', 'deadline', 'deadlineNote', 'text'],
          ['Art. 5', 'C5 disarmament of militias', 'B', 'GOV; MOV1', '2031-01-01', 'Within the programme.', 'Disarm.'],
        ]),
        admin,
      ).expect(201);
      expect(commitments.body).toMatchObject({ rows: 1, stored: 1, errorCount: 0 });
      const milestones = await upload(
        ImportKind.Milestones,
        await xlsx([
          ['commitment', 'commitmentTitle', 'title', 'dueDate', 'description', 'regions', 'confidential'],
          ['Art. 5', 'C5 disarmament of militias', 'M7 weapons collected', '2031-01-01', '', 'XT-N; XT-S', 'false'],
        ]),
        { ...admin, fileName: 'milestones.xlsx' },
      );
      expect({ status: milestones.status, body: milestones.body }).toMatchObject({
        status: 201,
        body: { rows: 1, stored: 1, errorCount: 0 },
      });
      const updates = await upload(
        ImportKind.StatusUpdates,
        csv([
          STATUS_HEADER,
          [
            'Art. 4',
            '',
            'M6 programme launched',
            '2023-01-01',
            '3',
            'on_track',
            'Programme running.',
            'https://example.org/r',
            '',
          ],
          ['Art. 2', '', 'M4 sites operational', '2023-01-01', '2', '', 'Half the sites open.', '', ''],
          ['Art. 5', '', 'M7 weapons collected', '2023-01-01', '1', '', 'First weapons.', '', ''],
        ]),
        admin,
      ).expect(201);
      // The administrator is trusted where the agreement lets trusted work count without review.
      expect(updates.body).toMatchObject({ rows: 3, stored: 3, countedWithoutReview: true });

      // Before: C1 3, C2 1, C3 1, C4 0 (41.7 %). After: C1 3, C2 (M3 2, M4 2) 2, C3 1, C4 3, C5 (M7 1) 1:
      // (3 + 2 + 1 + 3 + 1) / (5 x 3) x 100 = 66.7.
      const figures = await dashboard();
      expect({
        commitments: figures.commitments,
        milestones: figures.milestones,
        rate: figures.implementationRate,
      }).toEqual({
        commitments: 5,
        milestones: 7,
        rate: 66.7,
      });
      const [created] = await t.db.query(
        `SELECT c.position, array_agg(p.acronym ORDER BY p.acronym) AS parties,
                (SELECT array_agg(region_code ORDER BY region_code) FROM milestone_region r JOIN milestone m ON m.id = r.milestone_id
                 WHERE m.commitment_id = c.id) AS regions
         FROM commitment c JOIN commitment_party cp ON cp.commitment_id = c.id JOIN party p ON p.id = cp.party_id
         WHERE c.agreement_id = $1 AND c.reference = 'Art. 5' GROUP BY c.id`,
        [t.agreementId],
      );
      expect(created).toEqual({ position: 4, parties: ['GOV', 'MOV1'], regions: ['XT-N', 'XT-S'] });
      // One audit record per import, with its counts, not one per row.
      const audit = await t.db.query(
        `SELECT after->>'kind' AS kind, (after->>'rows')::int AS rows FROM audit_record WHERE action = 'import.completed' ORDER BY seq`,
      );
      expect(audit).toEqual([
        { kind: 'commitments', rows: 1 },
        { kind: 'milestones', rows: 1 },
        { kind: 'status-updates', rows: 3 },
      ]);
    });

    it("submits an administrator's updates for review where the agreement does not let trusted work count", async () => {
      await setReviewRule(false);
      const rate = (await dashboard()).implementationRate;
      const response = await upload(
        ImportKind.StatusUpdates,
        csv([
          STATUS_HEADER,
          ['Art. 3', '', 'M5 lists handed over', '2023-02-01', '3', '', 'All lists handed over.', '', ''],
        ]),
        { dryRun: false },
      ).expect(201);
      expect(response.body).toMatchObject({ stored: 1, countedWithoutReview: false });
      expect((await dashboard()).implementationRate).toBe(rate);
      const [update] = await t.db.query(
        `SELECT u.approved_at IS NULL AS pending, a.email FROM status_update u JOIN app_user a ON a.id = u.author_id
         WHERE u.narrative = 'All lists handed over.'`,
      );
      expect(update).toEqual({ pending: true, email: 'admin@example.org' });
    });

    it("counts a trusted monitor's indicator values at once, a monitor's otherwise awaiting review", async () => {
      const values = (total: string, asOf: string) =>
        csv([
          ['indicator', 'asOf', 'total', 'cells', 'note', 'sources', 'confidential'],
          ['ddr.integrated', asOf, total, '', 'Integrated so far.', '', ''],
          [
            'ddr.registered',
            asOf,
            '',
            'sex:male armedGroup:COAL = 600; sex:female armedGroup:MOV1 = 300',
            'By group.',
            '',
            '',
          ],
        ]);
      const current = async (code: string) => {
        const list: IndicatorDto[] = (
          await t.http
            .get(`/api/agreements/${t.agreementId}/indicators`)
            .auth(await t.tokenFor('viewer'), { type: 'bearer' })
            .expect(200)
        ).body;
        return list.find((indicator) => indicator.code === code)!.current?.total ?? null;
      };
      await upload(ImportKind.IndicatorValues, values('120', '2023-03-01'), { role: 'monitor', dryRun: false }).expect(
        201,
      );
      expect([await current('ddr.integrated'), await current('ddr.registered')]).toEqual([null, 800]);

      await setReviewRule(true);
      await t.db.query(`UPDATE agreement_member SET trusted = true WHERE agreement_id = $1 AND role = 'monitor'`, [
        t.agreementId,
      ]);
      const trusted = await upload(ImportKind.IndicatorValues, values('150', '2023-04-01'), {
        role: 'monitor',
        dryRun: false,
      }).expect(201);
      expect(trusted.body).toMatchObject({ stored: 2, countedWithoutReview: true });
      // The registered total is the sum of its cells: 600 + 300.
      expect([await current('ddr.integrated'), await current('ddr.registered')]).toEqual([150, 900]);
      await t.db.query('UPDATE agreement_member SET trusted = false WHERE agreement_id = $1', [t.agreementId]);
      await setReviewRule(false);
    });
  });

  describe('templates', () => {
    const template = (kind: ImportKind, format: 'csv' | 'xlsx', role: TestRole = 'admin') =>
      t.http
        .get(`/api/agreements/${t.agreementId}/import-templates/${kind}`)
        .query({ format })
        .auth(tokens.get(role)!, { type: 'bearer' })
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });

    it.each(Object.values(ImportKind))(
      'round-trips the %s template: downloaded, filled, dry-run without error',
      async (kind) => {
        const response = await template(kind, 'xlsx');
        expect(response.status).toBe(200);
        const [header, example] = await sheetRows(response.body);
        expect(header.length).toBeGreaterThan(3);
        const filled = await xlsx([
          header,
          example,
          example.map((cell, index) => (['title', 'narrative', 'note'].includes(header[index]) ? `${cell} 2` : cell)),
        ]);
        const dryRun = await upload(kind, filled, { fileName: 'filled.xlsx' }).expect(200);
        expect(dryRun.body).toMatchObject({ rows: 2, errorCount: 0, errors: [] });
      },
    );

    it("explains each column in a second sheet with this agreement's codes", async () => {
      const help = await sheetRows((await template(ImportKind.IndicatorValues, 'xlsx')).body, 1);
      expect(help[0]).toEqual(['column', 'required', 'what it holds and accepts']);
      expect(help.map(([column, required]) => [column, required])).toContainEqual(['indicator', 'yes']);
      const cells = help.find(([column]) => column === 'cells')![2];
      expect(cells).toContain('COAL (Coalition)');
      expect(cells).toContain('XT-N (North)');
    });

    it('gives the CSV template a header and an example row that a dry run accepts', async () => {
      const response = await template(ImportKind.StatusUpdates, 'csv', 'monitor');
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      const lines = response.body
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n');
      expect(lines[0]).toBe(STATUS_HEADER.join(','));
      expect(lines).toHaveLength(2);
      await upload(ImportKind.StatusUpdates, response.body, { role: 'monitor' })
        .expect(200)
        .expect(({ body }) => expect(body.errorCount).toBe(0));
    });
  });

  describe('access', () => {
    it('refuses a viewer (403), a monitor the structure (403), an outsider (404)', async () => {
      const file = csv([STATUS_HEADER]);
      await upload(ImportKind.StatusUpdates, file, { role: 'viewer' }).expect(403);
      await upload(ImportKind.Commitments, file, { role: 'monitor' }).expect(403);
      await upload(ImportKind.StatusUpdates, file, { role: 'outsider' }).expect(404);
      await t.http
        .get(`/api/agreements/${t.agreementId}/import-templates/milestones`)
        .auth(await t.tokenFor('monitor'), { type: 'bearer' })
        .expect(403);
    });

    it('refuses an unknown kind and a missing file in the documented shape', async () => {
      const response = await upload('everything', csv([STATUS_HEADER])).expect(400);
      expect(response.body).toMatchObject({ code: 'validation_failed', errors: { kind: 'isEnum' } });
      const noFile = await t.http
        .post(`/api/agreements/${t.agreementId}/imports`)
        .auth(await t.tokenFor('admin'), { type: 'bearer' })
        .field('kind', ImportKind.StatusUpdates)
        .expect(400);
      expect(noFile.body.errors).toEqual({ file: 'required' });
    });
  });

  describe('a large file, run as a job', () => {
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    /** Waits for the job to end, then reads its report (the job's file). */
    const jobReport = async (job: JobDto, role: TestRole): Promise<{ job: JobDto; report: ImportReportDto }> => {
      let current = job;
      const deadline = Date.now() + 240_000;
      while (current.state === JobState.Queued || current.state === JobState.Running) {
        if (Date.now() > deadline) throw new Error(`Job ${job.id} still ${current.state}`);
        await sleep(200);
        current = (await t.http.get(`/api/jobs/${job.id}`).auth(tokens.get(role)!, { type: 'bearer' }).expect(200))
          .body;
      }
      expect(current).toMatchObject({ state: JobState.Succeeded, mediaType: 'application/json' });
      const file = await t.http.get(`/api/jobs/${job.id}/file`).auth(tokens.get(role)!, { type: 'bearer' }).expect(200);
      return { job: current, report: JSON.parse(file.text) };
    };

    /** A status update file of `count` rows on the fixture's milestones, dated since 2016. */
    const updatesFile = (count: number, override: Record<number, string> = {}) => {
      const milestones = [
        ['Art. 1', 'M1 electoral law adopted'],
        ['Art. 2', 'M3 sites chosen'],
        ['Art. 2', 'M4 sites operational'],
        ['Art. 4', 'M6 programme launched'],
      ];
      const lines = [STATUS_HEADER.join(',')];
      const start = Date.UTC(2016, 0, 1);
      for (let index = 0; index < count; index++) {
        const [reference, title] = milestones[index % milestones.length];
        const day = new Date(start + (index % 2500) * 86_400_000).toISOString().slice(0, 10);
        // Data rows start at row 2.
        lines.push(
          override[index + 2] ??
            `${reference},,${title},${day},${index % 4},,Weekly report number ${index}.,https://example.org/r/${index},false`,
        );
      }
      return Buffer.from(lines.join('\n') + '\n');
    };

    it('dry-runs a file with errors in known rows: the job reports exactly those, nothing is stored', async () => {
      const file = updatesFile(6000, {
        3: 'Art. 9,,M6 programme launched,2020-01-01,1,,Unknown article.,,',
        4000: 'Art. 4,,M6 programme launched,2999-01-01,1,,Future.,,',
        6001: 'Art. 4,,M6 programme launched,2020-01-01,9,,Off the scale.,,',
      });
      expect(file.length).toBeGreaterThan(IMPORT_JOB_THRESHOLD_BYTES);
      const before = await writeFingerprint(t);
      const response = await upload(ImportKind.StatusUpdates, file, { role: 'monitor', dryRun: false }).expect(202);
      expect(response.body).toMatchObject({
        kind: 'import',
        state: expect.any(String),
        params: { kind: 'status-updates' },
      });
      const { job, report } = await jobReport(response.body, 'monitor');
      expect(job.progressTotal).toBe(file.length);
      expect(report).toEqual({
        kind: ImportKind.StatusUpdates,
        dryRun: false,
        rows: 6000,
        errorCount: 3,
        rowsWithErrors: 3,
        errors: [
          { row: 3, column: 'commitment', code: 'unknownCommitment' },
          { row: 4000, column: 'effectiveDate', code: 'dateInFuture' },
          { row: 6001, column: 'level', code: 'levelNotOnScale' },
        ],
        stored: 0,
        countedWithoutReview: false,
      });
      expect(await writeFingerprint(t)).toBe(before);
      const [{ uploads }] = await t.db.query('SELECT count(*)::int AS uploads FROM import_upload');
      expect(uploads).toBe(0);
    });

    it('purges the stored file of a job that failed before its handler ran', async () => {
      const [{ id: adminId }] = await t.db.query(`SELECT id FROM app_user WHERE email = 'admin@example.org'`);
      const [{ id: uploadId }] = await t.db.query(
        `INSERT INTO import_upload (agreement_id, uploaded_by, file_name, content) VALUES ($1, $2, 'left.csv', 'x')
         RETURNING id`,
        [t.agreementId, adminId],
      );
      // As the job runner leaves a job whose requester lost access before it started.
      await t.db.query(
        `INSERT INTO job (kind, agreement_id, requested_by, params, state, error_code, error_message, finished_at)
         VALUES ('import', $1, $2, $3, 'failed', 'access_revoked', 'Access was withdrawn.', now())`,
        [t.agreementId, adminId, { kind: 'status-updates', dryRun: true, fileName: 'left.csv', uploadId }],
      );
      const response = await upload(ImportKind.StatusUpdates, updatesFile(6000), { role: 'monitor' }).expect(202);
      await jobReport(response.body, 'monitor');
      const [{ uploads }] = await t.db.query('SELECT count(*)::int AS uploads FROM import_upload');
      expect(uploads).toBe(0);
    });

    it('counts 180,000 errors without keeping them: the first 1,000 in the report, every one in the CSV', async () => {
      // 180,000 milestones of an unknown commitment, under a header without the title column (spreading
      // more than some 125,000 errors into an array overflowed the stack).
      const rowCount = 180_000;
      const file = Buffer.from('commitment\n' + 'A9\n'.repeat(rowCount));
      expect(file.length).toBeGreaterThan(IMPORT_JOB_THRESHOLD_BYTES);
      const response = await upload(ImportKind.Milestones, file).expect(202);
      const { report } = await jobReport(response.body, 'admin');
      const unknown = (row: number) => ({ row, column: 'commitment', code: 'unknownCommitment' });
      expect(report).toEqual({
        kind: ImportKind.Milestones,
        dryRun: true,
        rows: rowCount,
        errorCount: rowCount + 1,
        rowsWithErrors: rowCount + 1,
        errors: [
          { row: 1, column: 'title', code: 'missingColumn' },
          ...Array.from({ length: IMPORT_ERRORS_SHOWN - 1 }, (_, index) => unknown(index + 2)),
        ],
        stored: 0,
        countedWithoutReview: false,
      });

      const csvReport = await upload(ImportKind.Milestones, file, { accept: 'text/csv' }).expect(200);
      const lines = csvReport.text.trim().split('\n');
      expect(lines).toHaveLength(rowCount + 2);
      expect(lines.slice(0, 3)).toEqual(['row,column,code', '1,title,missingColumn', '2,commitment,unknownCommitment']);
      expect(lines[lines.length - 1]).toBe(`${rowCount + 1},commitment,unknownCommitment`);
    }, 300_000);

    it('imports 100,000 status updates with COPY in one transaction', async () => {
      const rowCount = 100_000;
      const file = updatesFile(rowCount);
      const [{ count: before }] = await t.db.query('SELECT count(*)::int AS count FROM status_update');
      const baselineRss = process.memoryUsage().rss;
      let peakRss = baselineRss;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
      const began = performance.now();
      const response = await upload(ImportKind.StatusUpdates, file, { role: 'monitor', dryRun: false }).expect(202);
      const { report } = await jobReport(response.body, 'monitor');
      const seconds = (performance.now() - began) / 1000;
      clearInterval(sampler);
      expect(report).toMatchObject({ rows: rowCount, stored: rowCount, errorCount: 0 });
      const [{ count: after }] = await t.db.query('SELECT count(*)::int AS count FROM status_update');
      expect(after - before).toBe(rowCount);
      console.log(
        `bulk import: ${rowCount} status updates (${(file.length / 1e6).toFixed(1)} MB CSV) in ${seconds.toFixed(1)} s, ` +
          `peak RSS of the test process ${(peakRss / 1e6).toFixed(0)} MB (${(baselineRss / 1e6).toFixed(0)} MB before)`,
      );
      // A generous bound: the import must not be row by row.
      expect(seconds).toBeLessThan(120);
    }, 300_000);
  });

  describe('files past the bounds', () => {
    it("refuses a row numbered past a spreadsheet's last at once, rather than reading up to it", async () => {
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('data');
      sheet.getRow(1).values = STATUS_HEADER;
      sheet.getRow(3_000_000).values = ['Art. 4', '', 'M6 programme launched', '2020-01-01', '1', '', 'Far.', '', ''];
      const file = Buffer.from(await workbook.xlsx.writeBuffer());
      const before = await writeFingerprint(t);
      const tooMany = { row: 3_000_000, column: '', code: 'tooManyRows' };
      const dryRun = await upload(ImportKind.StatusUpdates, file, { fileName: 'far.xlsx' }).expect(200);
      expect(dryRun.body).toMatchObject({ rows: 0, errorCount: 1, errors: [tooMany] });
      const rejected = await upload(ImportKind.StatusUpdates, file, { fileName: 'far.xlsx', dryRun: false }).expect(
        422,
      );
      expect(rejected.body).toMatchObject({ code: 'import_rejected', report: { errors: [tooMany], stored: 0 } });
      expect(await writeFingerprint(t)).toBe(before);
    });

    it('refuses a workbook that would unpack to over 100 times its size, before reading it', async () => {
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('data');
      sheet.getRow(1).values = ['reference', 'title', 'pillar'];
      // 700 distinct shared strings of 30,000 characters: 21 MB that deflate to some kilobytes.
      for (let row = 2; row < 702; row++) sheet.getRow(row).values = ['Art. 1', `${row}${'a'.repeat(30_000)}`, 'A'];
      const file = Buffer.from(await workbook.xlsx.writeBuffer());
      expect(file.length).toBeLessThan(210_000);
      const before = await writeFingerprint(t);
      const response = await upload(ImportKind.Commitments, file, { fileName: 'bomb.xlsx', dryRun: false }).expect(422);
      expect(response.body.report).toMatchObject({
        rows: 0,
        errors: [{ row: 1, column: '', code: 'workbookTooLarge' }],
      });
      expect(await writeFingerprint(t)).toBe(before);
    });

    it('answers at once a large workbook refused whole, storing no file for a job', async () => {
      const workbook = new Workbook();
      workbook.addWorksheet('data').getRow(1).values = STATUS_HEADER;
      // Incompressible bytes make the file large; its directory then says the worksheet unpacks to 600 MB.
      workbook.addImage({ buffer: randomBytes(600_000) as unknown as ExcelJS.Buffer, extension: 'png' });
      const file = Buffer.from(await workbook.xlsx.writeBuffer());
      expect(file.length).toBeGreaterThan(IMPORT_JOB_THRESHOLD_BYTES);
      const listed = file.lastIndexOf('xl/worksheets/sheet1.xml') - 46;
      expect(file.readUInt32LE(listed)).toBe(0x02014b50);
      file.writeUInt32LE(600_000_000, listed + 24);
      const response = await upload(ImportKind.StatusUpdates, file, { fileName: 'lying.xlsx' }).expect(200);
      expect(response.body.errors).toEqual([{ row: 1, column: '', code: 'workbookTooLarge' }]);
      const [{ uploads }] = await t.db.query('SELECT count(*)::int AS uploads FROM import_upload');
      expect(uploads).toBe(0);
    });
  });

  describe('two imports at once', () => {
    it('stores two identical commitment files sent together once: one 201, the other 422 alreadyExists', async () => {
      const rowCount = 2000;
      const file = csv([
        ['reference', 'title', 'pillar'],
        ...Array.from({ length: rowCount }, (_, index) => ['Art. 70', `C${index} at the same time`, 'A']),
      ]);
      expect(file.length).toBeLessThan(IMPORT_JOB_THRESHOLD_BYTES);
      const responses = await Promise.all([
        upload(ImportKind.Commitments, file, { dryRun: false }),
        upload(ImportKind.Commitments, file, { dryRun: false }),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([201, 422]);
      const rejected = responses.find((response) => response.status === 422)!;
      expect(rejected.body.report).toMatchObject({ errorCount: rowCount, rowsWithErrors: rowCount });
      expect(new Set(rejected.body.report.errors.map((error: ImportRowError) => error.code))).toEqual(
        new Set(['alreadyExists']),
      );
      const [{ count }] = await t.db.query(
        `SELECT count(*)::int AS count FROM commitment WHERE agreement_id = $1 AND reference = 'Art. 70'`,
        [t.agreementId],
      );
      expect(count).toBe(rowCount);
    });
  });

  describe('the errors CSV', () => {
    it('makes a header text that looks like a formula inert', async () => {
      const response = await upload(
        ImportKind.Milestones,
        csv([
          ['commitment', 'title', '=1+2', '@SUM(A1)'],
          ['Art. 4', 'M8 inert', '', ''],
        ]),
        { accept: 'text/csv' },
      ).expect(200);
      expect(response.text.trim().split('\n')).toEqual([
        'row,column,code',
        "1,'=1+2,unknownField",
        "1,'@SUM(A1),unknownField",
      ]);
    });
  });
});
