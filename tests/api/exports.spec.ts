import {
  AuditAction,
  AuditRecordDto,
  CommitmentListItemDto,
  CommitmentSort,
  ExportDataset,
  ExportFormat,
  IndicatorValueListItemDto,
  JobDto,
  JobState,
  Page,
  StatusUpdateListItemDto,
  todayIn,
} from '@accord/shared';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { milestoneByTitle, submitUpdate } from './support/fixture-queries';
import { Cell, exportOf, jobFile, readCsv, readXlsx, settledJob } from './support/jobs';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp, TestRole } from './support/test-app';

const day = (text: string | null) => (text === null ? null : new Date(`${text}T00:00:00Z`));
const time = (text: string | null) => (text === null ? null : new Date(text));
const sources = (links: { url: string; title?: string }[]) =>
  links.length ? links.map((link) => (link.title ? `${link.title} <${link.url}>` : link.url)).join('\n') : null;

type Kind = 'text' | 'number' | 'date' | 'datetime' | 'boolean';
const COMMITMENT_KINDS: Kind[] = [
  'text',
  'text',
  'text',
  'text',
  'date',
  'boolean',
  'number',
  'text',
  'number',
  'date',
];
const STATUS_UPDATE_KINDS: Kind[] = [
  ...['text', 'text', 'text', 'date', 'number', 'number', 'text', 'text', 'text', 'text'],
  ...['datetime', 'boolean', 'text', 'datetime', 'text', 'text'],
] as Kind[];

/** A row of the commitment list as its export must type it. */
const commitmentRow = (item: CommitmentListItemDto): Cell[] => [
  item.reference,
  item.title,
  item.pillarName,
  item.parties.map((party) => party.acronym).join(', '),
  day(item.deadline),
  item.overdue,
  item.pamLevel,
  item.operationalStatus,
  item.milestoneCount,
  day(item.lastUpdate),
];

const statusUpdateRow = (item: StatusUpdateListItemDto): Cell[] => [
  item.commitmentReference,
  item.commitmentTitle,
  item.milestoneTitle,
  day(item.effectiveDate),
  item.level,
  item.pamScore,
  item.operationalStatus,
  item.narrative,
  sources(item.sourceLinks),
  item.authorName,
  time(item.recordedAt),
  item.confidential,
  item.reviewState,
  time(item.reviewedAt),
  item.reviewerName,
  item.returnReason,
];

/** Text cells that start like a formula get an apostrophe in front, in CSV and XLSX alike. */
const inert = (cell: Cell) => (typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
/** As XLSX holds a cell: formulas made inert, line breaks as Excel writes them (LF). */
const asXlsx = (cell: Cell) => (typeof cell === 'string' ? (inert(cell) as string).replace(/\r\n/g, '\n') : cell);

/** A typed row as CSV writes it: days as yyyy-mm-dd, times in ISO 8601, none as an empty field. */
const csvRow = (row: Cell[], kinds: Kind[]) =>
  row.map((cell, index) => {
    if (cell === null) return '';
    if (cell instanceof Date) return kinds[index] === 'date' ? cell.toISOString().slice(0, 10) : cell.toISOString();
    return String(cell);
  });

describe('exports of an agreement', () => {
  let t: TestApp;
  let today: string;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    today = todayIn((await t.db.query('SELECT time_zone AS "timeZone" FROM agreement'))[0].timeZone);
  });
  afterAll(() => t.close());

  const get = async <T>(role: TestRole, path: string, query: object = {}): Promise<T> =>
    (
      await t.http
        .get(path)
        .query(query)
        .auth(await t.tokenFor(role), { type: 'bearer' })
        .expect(200)
    ).body;
  const commitments = (role: TestRole, query: object = {}) =>
    get<Page<CommitmentListItemDto>>(role, `/api/agreements/${t.agreementId}/commitments`, { pageSize: 100, ...query });
  const statusUpdates = (role: TestRole, query: object = {}) =>
    get<Page<StatusUpdateListItemDto>>(role, `/api/agreements/${t.agreementId}/status-updates`, {
      pageSize: 100,
      ...query,
    });
  /** The export's file, read back: the sheets of an XLSX file. */
  const sheetsOf = async (role: TestRole, job: JobDto) => {
    expect(job).toMatchObject({ state: JobState.Succeeded, errorCode: null });
    return readXlsx((await jobFile(t, role, job.id)).body);
  };
  const rowsOf = async (role: TestRole, body: object) =>
    (await sheetsOf(role, await exportOf(t, role, { format: ExportFormat.Xlsx, ...body })))[0].rows.slice(1);
  const csvOf = async (role: TestRole, body: object) => {
    const job = await exportOf(t, role, { format: ExportFormat.Csv, ...body });
    expect(job.state).toBe(JobState.Succeeded);
    return (await jobFile(t, role, job.id)).body as Buffer;
  };

  it('answers 202 with the queued job, which ends with a file named after the agreement, the dataset and the day', async () => {
    const response = await t.http
      .post(`/api/agreements/${t.agreementId}/exports`)
      .auth(await t.tokenFor('viewer'), { type: 'bearer' })
      .send({ dataset: 'commitments', format: 'xlsx' })
      .expect(202);
    expect(response.body).toMatchObject({
      kind: 'export',
      agreementId: t.agreementId,
      params: { dataset: 'commitments', format: 'xlsx', sort: 'reference' },
      state: JobState.Queued,
      progressDone: 0,
      progressTotal: null,
      fileName: null,
    });
    const job = await settledJob(t, 'viewer', response.body.id);
    expect(job).toMatchObject({
      state: JobState.Succeeded,
      progressDone: 4,
      progressTotal: 4,
      fileName: `test-accord-commitments-${today}.xlsx`,
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const file = await jobFile(t, 'viewer', job.id);
    expect(file.headers['content-type']).toBe(job.mediaType);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="${job.fileName}"; filename*=UTF-8''${job.fileName}`,
    );
    expect(file.headers['cache-control']).toBe('private, no-store');
    expect(Number(file.headers['content-length'])).toBe(job.sizeBytes);
    expect((file.body as Buffer).length).toBe(job.sizeBytes);
    // The request is in the audit trail, with what was asked for.
    const [record]: AuditRecordDto[] = await t.db.query(
      `SELECT action, entity_id AS "entityId", after FROM audit_record WHERE action = $1 AND entity_id = $2`,
      [AuditAction.JobQueued, job.id],
    );
    expect(record.after).toEqual({
      kind: 'export',
      params: { dataset: 'commitments', format: 'xlsx', sort: 'reference' },
    });
  });

  it('writes commitments to XLSX with the rows and types of the list, a frozen header and an autofilter', async () => {
    const [sheet] = await sheetsOf('admin', await exportOf(t, 'admin', { dataset: 'commitments', format: 'xlsx' }));
    expect(sheet.name).toBe('Commitments');
    expect(sheet.view).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:J1');
    expect(sheet.rows[0]).toEqual([
      'Reference',
      'Title',
      'Pillar',
      'Parties',
      'Deadline',
      'Overdue',
      'PAM level',
      'Operational status',
      'Milestones',
      'Last update',
    ]);
    const listed = (await commitments('admin')).items;
    expect(sheet.rows.slice(1)).toEqual(listed.map(commitmentRow));
    // By hand from the fixture: C3 belongs to MOV1 and GOV, has no deadline, and last moved on 2018-01-01.
    expect(sheet.rows[3]).toEqual([
      'Art. 3',
      'C3 combatant lists handed over',
      'Security',
      'GOV, MOV1',
      null,
      null,
      1,
      'stalled',
      1,
      new Date('2018-01-01T00:00:00Z'),
    ]);
  });

  it("applies the commitment list's filters and sort, a coalition's filter matching its movements", async () => {
    const [pillarB] = await t.db.query(`SELECT id FROM pillar WHERE code = 'B' AND agreement_id = $1`, [t.agreementId]);
    const [coalition] = await t.db.query(`SELECT id FROM party WHERE acronym = 'COAL'`);
    const filters = { pillarId: pillarB.id, partyId: coalition.id, sort: CommitmentSort.Deadline };
    const rows = await rowsOf('viewer', { dataset: 'commitments', ...filters });
    expect(rows.map((row) => row[0])).toEqual(['Art. 2', 'Art. 3']);
    expect(rows).toEqual((await commitments('viewer', filters)).items.map(commitmentRow));

    const overdue = await rowsOf('viewer', { dataset: 'commitments', overdue: true, level: 1, q: 'cantonment' });
    expect(overdue.map((row) => row[0])).toEqual(['Art. 2']);
  });

  it('writes CSV in UTF-8 with a byte order mark, CRLF records and RFC 4180 quoting, read back as the list', async () => {
    const content = await csvOf('admin', { dataset: 'commitments' });
    expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(content.toString('utf8')).toContain(
      '\r\nArt. 1,C1 elections held,Political,GOV,2016-01-01,false,3,on_track,2,2016-05-01\r\n',
    );
    // "GOV, MOV1" holds a comma: quoted.
    expect(content.toString('utf8')).toContain(
      '\r\nArt. 3,C3 combatant lists handed over,Security,"GOV, MOV1",,,1,stalled,1,2018-01-01\r\n',
    );
    const records = readCsv(content);
    expect(records.slice(1)).toEqual(
      (await commitments('admin')).items.map((item) => csvRow(commitmentRow(item), COMMITMENT_KINDS)),
    );
  });

  describe('the status history', () => {
    const tricky = [
      '=HYPERLINK("https://evil.example","click")',
      '+33 1 23 45 67',
      '-2 points since the last report',
      '@SUM(A1:A9)',
      'Line one, with a comma and "quotes"\r\nline two',
      "Accord d'Alger : réintégration — اتفاق السلم والمصالحة في مالي",
    ];

    beforeAll(async () => {
      for (const [index, narrative] of tricky.entries()) {
        await submitUpdate(t, 'M6 programme launched', {
          effectiveDate: `2020-0${index + 1}-01`,
          level: 1,
          narrative,
          sourceLinks: index === 0 ? [{ url: 'https://example.org/report', title: 'Report' }] : [],
        });
      }
      // Awaiting review: seen by its author and reviewers only.
      await submitUpdate(
        t,
        'M4 sites operational',
        { effectiveDate: '2021-03-01', level: 2, narrative: 'Pending.' },
        { approve: false },
      );
    });

    it('reads back from XLSX as the list gives it, newest first, formulas made inert', async () => {
      for (const role of ['viewer', 'monitor', 'reviewer'] as const) {
        const rows = await rowsOf(role, { dataset: 'status-history' });
        expect(rows).toEqual((await statusUpdates(role)).items.map((item) => statusUpdateRow(item).map(asXlsx)));
      }
      const rows = await rowsOf('viewer', { dataset: 'status-history' });
      expect(rows.slice(0, 6).map((row) => row[7])).toEqual([...tricky].reverse().map(asXlsx));
      expect(rows[5][8]).toBe('Report <https://example.org/report>');
    });

    it('reads back from CSV with quotes, line breaks, French and Arabic intact, formulas made inert', async () => {
      const records = readCsv(await csvOf('monitor', { dataset: 'status-history' }));
      expect(records.slice(1)).toEqual(
        (await statusUpdates('monitor')).items.map((item) =>
          csvRow(statusUpdateRow(item).map(inert), STATUS_UPDATE_KINDS),
        ),
      );
      const narratives = records.slice(1).map((record) => record[7]);
      expect(narratives).toContain('\'=HYPERLINK("https://evil.example","click")');
      expect(narratives).toContain("'+33 1 23 45 67");
      expect(narratives).toContain('Line one, with a comma and "quotes"\r\nline two');
      expect(narratives).toContain("Accord d'Alger : réintégration — اتفاق السلم والمصالحة في مالي");
    });

    it("leaves out others' pending updates for a viewer, and keeps them for their author and reviewers", async () => {
      const narratives = async (role: TestRole) =>
        (await rowsOf(role, { dataset: 'status-history' })).map((row) => row[7]);
      expect(await narratives('viewer')).not.toContain('Pending.');
      expect(await narratives('monitor')).toContain('Pending.');
      expect(await narratives('reviewer')).toContain('Pending.');
    });

    it('takes the filters of the review list: state, pillar, milestone', async () => {
      const [pillarA] = await t.db.query(`SELECT id FROM pillar WHERE code = 'A' AND agreement_id = $1`, [
        t.agreementId,
      ]);
      const m6 = await milestoneByTitle(t, 'M6 programme launched');
      for (const filters of [
        { state: 'submitted' },
        { pillarId: pillarA.id },
        { milestoneId: m6.id, state: 'approved' },
      ]) {
        const rows = await rowsOf('reviewer', { dataset: 'status-history', ...filters });
        expect(rows).toEqual(
          (await statusUpdates('reviewer', filters)).items.map((item) => statusUpdateRow(item).map(asXlsx)),
        );
        expect(rows.length).toBeGreaterThan(0);
      }
    });

    it('as of a day, holds what was approved by then about that day or before', async () => {
      // The fixture's updates are approved at noon of their day, recorded milestone by milestone (M1, M2, M3,
      // M5), and listed last recorded first; 2017-01-01 saw M5's first one.
      const asOf = async (day: string) =>
        (await rowsOf('reviewer', { dataset: 'status-history', asOf: day })).map((row) => [row[2], row[3]]);
      expect(await asOf('2016-12-31')).toEqual([
        ['M3 sites chosen', new Date('2015-09-01T00:00:00Z')],
        ['M2 elections held', new Date('2016-05-01T00:00:00Z')],
        ['M1 electoral law adopted', new Date('2016-03-01T00:00:00Z')],
        ['M1 electoral law adopted', new Date('2015-08-01T00:00:00Z')],
      ]);
      expect((await asOf('2017-01-01')).map(([title]) => title)).toContain('M5 lists handed over');
      // Approved today about 2020: not in the history as of any earlier day, nor the pending one.
      expect(await asOf('2020-06-30')).toHaveLength(6);
      expect((await asOf(today)).map(([title]) => title)).not.toContain('M4 sites operational');
      expect(await asOf(today)).toHaveLength(12);
    });
  });

  it("leaves a confidential milestone out of a viewer's export, and keeps it in the administrator's", async () => {
    await t.db.query(`UPDATE milestone SET confidential = true WHERE title = 'M4 sites operational'`);
    try {
      const titles = async (role: TestRole) => (await rowsOf(role, { dataset: 'milestones' })).map((row) => row[3]);
      expect(await titles('admin')).toEqual([
        'M1 electoral law adopted',
        'M2 elections held',
        'M3 sites chosen',
        'M4 sites operational',
        'M5 lists handed over',
        'M6 programme launched',
      ]);
      expect(await titles('viewer')).toEqual([
        'M1 electoral law adopted',
        'M2 elections held',
        'M3 sites chosen',
        'M5 lists handed over',
        'M6 programme launched',
      ]);
      // The commitment list's filters select the commitments whose milestones are exported. M1 and M2 have no
      // due date, and are full (level 3): not overdue.
      const [pillarA] = await t.db.query(`SELECT id FROM pillar WHERE code = 'A' AND agreement_id = $1`, [
        t.agreementId,
      ]);
      const rows = await rowsOf('viewer', { dataset: 'milestones', pillarId: pillarA.id });
      expect(rows).toEqual([
        [
          'Art. 1',
          'C1 elections held',
          'Political',
          'M1 electoral law adopted',
          null,
          false,
          3,
          3,
          'on_track',
          false,
          new Date('2016-03-01T00:00:00Z'),
        ],
        [
          'Art. 1',
          'C1 elections held',
          'Political',
          'M2 elections held',
          null,
          false,
          3,
          3,
          null,
          false,
          new Date('2016-05-01T00:00:00Z'),
        ],
      ]);
    } finally {
      await t.db.query(`UPDATE milestone SET confidential = false WHERE title = 'M4 sites operational'`);
    }
  });

  it('writes indicator values one row per cell of their disaggregation, with the total of the value', async () => {
    const rows = await rowsOf('viewer', { dataset: 'indicator-values' });
    // Newest first; cells by armed group, region, sex, age group (as the API orders them).
    expect(rows.map((row) => [row[0], row[3], row[4], row[5], row[6], row[7], row[8], row[9]])).toEqual([
      ['ddr.disarmed', new Date('2018-11-20T00:00:00Z'), 150, null, null, null, null, null],
      ['ddr.registered', new Date('2017-06-01T00:00:00Z'), 800, 'female', null, 'COAL', null, 50],
      ['ddr.registered', new Date('2017-06-01T00:00:00Z'), 800, 'male', null, 'COAL', null, 450],
      ['ddr.registered', new Date('2017-06-01T00:00:00Z'), 800, 'male', null, 'MOV1', null, 300],
      ['ddr.registered', new Date('2016-01-01T00:00:00Z'), 400, null, null, null, null, null],
    ]);
    const listed = await get<Page<IndicatorValueListItemDto>>(
      'viewer',
      `/api/agreements/${t.agreementId}/indicator-values`,
      {
        pageSize: 100,
      },
    );
    // Each value's cells add up to the total it carries, as listed.
    for (const value of listed.items) {
      const cells = rows.filter(
        (row) => row[0] === value.indicatorCode && (row[3] as Date).toISOString().startsWith(value.asOf),
      );
      expect(cells.every((row) => row[4] === value.total)).toBe(true);
      if (value.cells.length) expect(cells.reduce((sum, row) => sum + (row[9] as number), 0)).toBe(value.total);
    }
  });

  it("writes every table of the agreement as sheets of one XLSX file ('all'), each as its own export", async () => {
    const sheets = await sheetsOf('viewer', await exportOf(t, 'viewer', { dataset: 'all', format: 'xlsx' }));
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Commitments',
      'Milestones',
      'Status history',
      'Indicator values',
    ]);
    for (const [index, dataset] of ['commitments', 'milestones', 'status-history', 'indicator-values'].entries()) {
      expect(sheets[index].rows.slice(1)).toEqual(await rowsOf('viewer', { dataset }));
      expect(sheets[index].view).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it("refuses CSV for 'all' (one table per CSV file) and bad filters, queuing nothing", async () => {
    const [{ count: before }] = await t.db.query('SELECT count(*)::int AS count FROM job');
    const refused = async (body: object) =>
      (
        await t.http
          .post(`/api/agreements/${t.agreementId}/exports`)
          .auth(await t.tokenFor('viewer'), { type: 'bearer' })
          .send(body)
          .expect(400)
      ).body.errors;
    expect(await refused({ dataset: 'all', format: 'csv' })).toEqual({ format: 'csvHoldsOneTable' });
    expect(await refused({ dataset: 'everything', format: 'pdf' })).toEqual({ dataset: 'isEnum', format: 'isEnum' });
    expect(await refused({ format: 'csv' })).toEqual({ dataset: 'required' });
    expect(
      await refused({ dataset: 'commitments', format: 'csv', level: 7, overdue: 'maybe', asOf: '2020-02-30' }),
    ).toEqual({
      level: 'max',
      overdue: 'isBoolean',
      asOf: 'isDate',
    });
    expect(await refused({ dataset: 'commitments', format: 'csv', page: 2 })).toEqual({ page: 'unknownField' });
    const [{ count: after }] = await t.db.query('SELECT count(*)::int AS count FROM job');
    expect(after).toBe(before);
  });

  it('queues one job for a request sent twice with one Idempotency-Key', async () => {
    const send = async () =>
      t.http
        .post(`/api/agreements/${t.agreementId}/exports`)
        .auth(await t.tokenFor('monitor'), { type: 'bearer' })
        .set('Idempotency-Key', 'export-once')
        .send({ dataset: 'milestones', format: 'csv' })
        .expect(202);
    const first = await send();
    const second = await send();
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body.id).toBe(first.body.id);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM job WHERE params->>'dataset' = 'milestones' AND params->>'format' = 'csv'`,
    );
    expect(count).toBe(1);
    await settledJob(t, 'monitor', first.body.id);
  });

  describe('the audit trail', () => {
    const auditExport = async (role: TestRole, body: object, status: number) =>
      (
        await t.http
          .post('/api/exports/audit')
          .auth(await t.tokenFor(role), { type: 'bearer' })
          .send(body)
          .expect(status)
      ).body;

    it('is exported for administrators, oldest first, every record with its hash', async () => {
      const job = await settledJob(t, 'admin', (await auditExport('admin', { format: 'csv' }, 202)).id);
      expect(job).toMatchObject({ state: JobState.Succeeded, kind: 'audit-export', agreementId: null });
      expect(job.fileName).toBe(`audit-trail-start-to-${new Date().toISOString().slice(0, 10)}.csv`);
      const records = readCsv((await jobFile(t, 'admin', job.id)).body);
      expect(records[0]).toEqual([
        'Seq',
        'Recorded at (UTC)',
        'Actor',
        'Actor id',
        'Action',
        'Entity type',
        'Entity id',
        'Agreement id',
        'Before',
        'After',
        'Request id',
        'Client address',
        'Previous hash',
        'Hash',
      ]);
      const trail: AuditRecordDto[] = await t.db.query(
        `SELECT seq::int, action, encode(hash, 'hex') AS hash, after FROM audit_record WHERE seq <= $1 ORDER BY seq`,
        [Number(records[records.length - 1][0])],
      );
      expect(records.slice(1).map((record) => [Number(record[0]), record[4], record[13]])).toEqual(
        trail.map((record) => [record.seq, record.action, record.hash]),
      );
      const queued = records.filter((record) => record[4] === 'job.queued').map((record) => JSON.parse(record[9]));
      expect(queued).toContainEqual(expect.objectContaining({ kind: 'export' }));
    });

    it('takes a range of days, and refuses a reversed one', async () => {
      const queued = await auditExport('admin', { format: 'xlsx', from: '2000-01-01', to: '2000-12-31' }, 202);
      const job = await settledJob(t, 'admin', queued.id);
      const [sheet] = await readXlsx((await jobFile(t, 'admin', job.id)).body);
      expect(sheet.name).toBe('Audit trail');
      expect(sheet.rows).toHaveLength(1);
      const reversed = await auditExport('admin', { format: 'csv', from: '2020-02-01', to: '2020-01-01' }, 400);
      expect(reversed.errors).toEqual({ to: 'rangeReversed' });
      await auditExport('reviewer', { format: 'csv' }, 403);
    });
  });
});

/** 100,000 by default; `EXPORT_ROWS=300000` to see that memory does not follow the number of rows. */
const ROWS = Number(process.env['EXPORT_ROWS'] ?? 100_000);

/**
 * A large export, streamed: ROWS status updates generated in SQL, written as XLSX and as CSV while the
 * process's memory is sampled. Prints the time and the peak RSS, heap and buffer growth; asserts only that
 * every row is in the file and a generous bound on the heap.
 */
describe(`an export of ${ROWS.toLocaleString('en')} rows`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    const m6 = await milestoneByTitle(t, 'M6 programme launched');
    await t.db.query(
      `INSERT INTO status_update (agreement_id, milestone_id, effective_date, scale_id, level, pam_score, narrative,
                                  source_links, author_id, recorded_at, approved_at, reviewer_id)
       SELECT m.agreement_id, m.id, date '2016-01-01' + g % 3000, a.scale_id, g % 4, g % 4,
              'Generated update ' || g || ', with a comma, "quotes" and accents: réintégration',
              '[{"url": "https://example.org/report", "title": "Report"}]', author.id, now(), now(), reviewer.id
       FROM generate_series(1, ${ROWS}) g, milestone m JOIN agreement a ON a.id = m.agreement_id,
            app_user author, app_user reviewer
       WHERE m.id = $1 AND author.email = 'monitor@example.org' AND reviewer.email = 'reviewer@example.org'`,
      [m6.id],
    );
  }, 120_000);
  afterAll(() => t.close());

  it.each([ExportFormat.Xlsx, ExportFormat.Csv])(
    'writes every row as %s with a bounded heap',
    async (format) => {
      const baseline = process.memoryUsage();
      let peakRss = baseline.rss;
      let peakHeap = baseline.heapUsed;
      let peakBuffers = baseline.arrayBuffers;
      const sampler = setInterval(() => {
        const usage = process.memoryUsage();
        peakRss = Math.max(peakRss, usage.rss);
        peakHeap = Math.max(peakHeap, usage.heapUsed);
        peakBuffers = Math.max(peakBuffers, usage.arrayBuffers);
      }, 20);
      const started = Date.now();
      let job: JobDto;
      try {
        job = await exportOf(t, 'viewer', { dataset: ExportDataset.StatusHistory, format });
      } finally {
        clearInterval(sampler);
      }
      const seconds = (Date.now() - started) / 1000;
      const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
      expect(job).toMatchObject({ state: JobState.Succeeded, progressTotal: ROWS + 6, progressDone: ROWS + 6 });
      console.log(
        `Export of ${ROWS + 6} status updates as ${format}: ${seconds.toFixed(1)} s, file ${megabytes(job.sizeBytes ?? 0)} MB, ` +
          `peak RSS ${megabytes(peakRss)} MB (+${megabytes(peakRss - baseline.rss)}), ` +
          `peak heap ${megabytes(peakHeap)} MB (+${megabytes(peakHeap - baseline.heapUsed)}), ` +
          `peak buffers +${megabytes(peakBuffers - baseline.arrayBuffers)} MB`,
      );
      expect(peakHeap - baseline.heapUsed).toBeLessThan(200 * 1024 * 1024);

      // Never truncated: every row is in the file (read back as a stream).
      const content: Buffer = (await jobFile(t, 'viewer', job.id)).body;
      let rows = 0;
      if (format === ExportFormat.Xlsx) {
        for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(content), {})) {
          for await (const row of sheet) if (row) rows++;
        }
      } else {
        rows = readCsv(content).length;
      }
      expect(rows).toBe(ROWS + 6 + 1);
    },
    180_000,
  );
});
