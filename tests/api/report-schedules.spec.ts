import {
  latestRun,
  nextRun,
  Page,
  ReceivedReportDto,
  ReportDetailDto,
  ReportScheduleDto,
  ReportScheduleRunDto,
  todayIn,
} from '@accord/shared';
import PgBoss from 'pg-boss';
import { Mailer } from '../../backend/src/mail/mailer';
import { ReportScheduleRuns } from '../../backend/src/report-schedules/report-schedule-runs.service';
import { milestoneByTitle } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startSmtpSink } from './support/smtp-sink';
import { startTestApp, TestApp, TestRole } from './support/test-app';

/**
 * Scheduled reports. Runs are started by the route ("send now") or by the hourly check's service method
 * given a moment, never by waiting for the clock. The fixture's figures as of 30 June 2016 are those of
 * reports.spec.ts: PAM rate 33.3 for a reader cleared for confidential items; with M3 made confidential,
 * 25.0 for one who is not (C2 at level 0 without M3's L2).
 */
describe('scheduled reports', () => {
  let t: TestApp;
  const ids = {} as Record<TestRole, string>;

  const as = async (role: TestRole) => ({ type: 'bearer' as const, token: await t.tokenFor(role) });
  const bearer = async (role: TestRole): Promise<[string, { type: 'bearer' }]> => [
    (await as(role)).token,
    { type: 'bearer' },
  ];
  const create = async (body: object, status = 201, role: TestRole = 'admin') =>
    (
      await t.http
        .post(`/api/agreements/${t.agreementId}/report-schedules`)
        .auth(...(await bearer(role)))
        .send(body)
        .expect(status)
    ).body;
  const patch = async (schedule: Pick<ReportScheduleDto, 'id' | 'version'>, body: object, status = 200) =>
    (
      await t.http
        .patch(`/api/report-schedules/${schedule.id}`)
        .auth(...(await bearer('admin')))
        .set('If-Match', `"${schedule.version}"`)
        .send(body)
        .expect(status)
    ).body;
  const runNow = async (scheduleId: string, status = 201): Promise<ReportScheduleRunDto> =>
    (
      await t.http
        .post(`/api/report-schedules/${scheduleId}/runs`)
        .auth(...(await bearer('admin')))
        .expect(status)
    ).body;
  const received = async (role: TestRole, query: object = {}): Promise<Page<ReceivedReportDto>> =>
    (
      await t.http
        .get('/api/me/reports')
        .query(query)
        .auth(...(await bearer(role)))
        .expect(200)
    ).body;
  const report = async (reportId: string): Promise<ReportDetailDto> =>
    (
      await t.http
        .get(`/api/reports/${reportId}`)
        .auth(...(await bearer('admin')))
        .expect(200)
    ).body;
  /** The agreement's schedules as an administrator lists them. */
  const listSchedules = async (): Promise<ReportScheduleDto[]> =>
    (
      await t.http
        .get(`/api/agreements/${t.agreementId}/report-schedules`)
        .auth(...(await bearer('admin')))
        .expect(200)
    ).body;
  const listed = async (scheduleId: string) => (await listSchedules()).find(({ id }) => id === scheduleId);
  const count = async (table: string) => Number((await t.db.query(`SELECT count(*) FROM ${table}`))[0].count);
  const runs = () => t.app.get(ReportScheduleRuns);
  /** Makes the schedule as if created on `day` (UTC noon), so that runs of the days after are owed. */
  const createdOn = (scheduleId: string, day: string) =>
    t.db.query(`UPDATE report_schedule SET created_at = $2::date + time '12:00' WHERE id = $1`, [scheduleId, day]);
  const monthly = (recipients: TestRole[], dayOfMonth = 5) => ({
    cadence: 'monthly',
    dayOfMonth,
    language: 'en',
    recipientIds: recipients.map((role) => ids[role]),
  });
  const sorted = (values: string[]) => [...values].sort();
  const HOURLY_TASK = 'accord-every-report-schedules';
  /**
   * Takes the hourly check off pg-boss's clock (each start puts it back), so that the top of the hour
   * cannot run schedules in the middle of a test; its queue is still worked (see "the hourly check").
   */
  const stopTheClock = () => t.db.query('DELETE FROM pgboss.schedule WHERE name = $1', [HOURLY_TASK]);

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    const [entry] = await t.db.query('SELECT name, cron, timezone FROM pgboss.schedule WHERE name = $1', [HOURLY_TASK]);
    expect(entry).toEqual({ name: HOURLY_TASK, cron: '0 * * * *', timezone: 'UTC' });
    await stopTheClock();
    for (const role of ['admin', 'reviewer', 'monitor', 'viewer', 'outsider'] as const) {
      const [user] = await t.db.query('SELECT id FROM app_user WHERE email = $1', [`${role}@example.org`]);
      ids[role] = user.id;
    }
    // M3 is confidential; the reviewer is cleared for it (as in reports.spec.ts), the viewer and monitor are not.
    const m3 = await milestoneByTitle(t, 'M3 sites chosen');
    await t.db.query('UPDATE milestone SET confidential = true WHERE id = $1', [m3.id]);
    await t.db.query(`UPDATE agreement_member SET confidential_access = true WHERE user_id = $1`, [ids.reviewer]);
  });
  afterAll(() => t.close());

  describe('a schedule', () => {
    it('is created by an administrator with its recipients, version 1 and its next run; no run yet', async () => {
      const response = await t.http
        .post(`/api/agreements/${t.agreementId}/report-schedules`)
        .auth(...(await bearer('admin')))
        .send({ ...monthly(['viewer', 'reviewer']), dayOfMonth: 28, language: 'fr' })
        .expect(201);
      const schedule: ReportScheduleDto = response.body;
      expect(response.headers['etag']).toBe('"1"');
      expect(schedule).toMatchObject({
        agreementId: t.agreementId,
        cadence: 'monthly',
        dayOfMonth: 28,
        language: 'fr',
        paused: false,
        createdByName: 'Ada Admin',
        lastRun: null,
        version: 1,
      });
      // Sorted by name: Rokia Reviewer, Vera Viewer.
      expect(schedule.recipients).toEqual([
        { userId: ids.reviewer, displayName: 'Rokia Reviewer', email: 'reviewer@example.org', receives: true },
        { userId: ids.viewer, displayName: 'Vera Viewer', email: 'viewer@example.org', receives: true },
      ]);
      // A new schedule starts with its next run, strictly after today (the fixture's agreement is in UTC).
      expect(schedule.nextRun).toEqual(nextRun('monthly', 28, todayIn('UTC')));
      expect(await listSchedules()).toContainEqual(schedule);
    });

    it.each([
      ['a day no month lacks', { dayOfMonth: 29 }, { dayOfMonth: 'max' }],
      ['day 0', { dayOfMonth: 0 }, { dayOfMonth: 'min' }],
      ['a weekly cadence', { cadence: 'weekly' }, { cadence: 'isIn' }],
      ['a language reports are not printed in', { language: 'ar' }, { language: 'isIn' }],
      ['no recipient', { recipientIds: [] }, { recipientIds: 'arrayMinSize' }],
      ['an id that is no id', { recipientIds: ['viewer'] }, { recipientIds: 'isUuid' }],
      [
        'an account that does not exist',
        { recipientIds: ['00000000-0000-4000-8000-000000000000'] },
        { 'recipientIds.0': 'unknownUser' },
      ],
      [
        'a user who is no member of the agreement',
        () => ({ recipientIds: [ids.viewer, ids.outsider] }),
        { 'recipientIds.1': 'notAReader' },
      ],
    ])('answers 400 to %s and stores nothing', async (_name, change, errors) => {
      const body = { ...monthly(['viewer']), ...(typeof change === 'function' ? change() : change) };
      const before = await count('report_schedule');
      const refused = await create(body, 400);
      expect(refused).toMatchObject({ statusCode: 400, code: 'validation_failed', errors });
      expect(await count('report_schedule')).toBe(before);
    });

    it('refuses a disabled account as a recipient, and the same recipient twice', async () => {
      await t.db.query(
        `INSERT INTO app_user (email, display_name, password_hash, is_admin, disabled_at)
         VALUES ('gone@example.org', 'Gone Admin', 'x', true, now())`,
      );
      const [gone] = await t.db.query(`SELECT id FROM app_user WHERE email = 'gone@example.org'`);
      expect(await create({ ...monthly([]), recipientIds: [gone.id] }, 400)).toMatchObject({
        errors: { 'recipientIds.0': 'notAReader' },
      });
      expect(await create({ ...monthly([]), recipientIds: [ids.viewer, ids.viewer] }, 400)).toMatchObject({
        errors: { recipientIds: 'arrayUnique' },
      });
    });

    it('is changed under its version: pause, day, language, recipients; 412 when stale, 428 without If-Match', async () => {
      const schedule: ReportScheduleDto = await create(monthly(['viewer']));
      const changed: ReportScheduleDto = await patch(schedule, {
        dayOfMonth: 1,
        language: 'fr',
        cadence: 'quarterly',
        paused: true,
        recipientIds: [ids.monitor, ids.admin],
      });
      expect(changed).toMatchObject({ dayOfMonth: 1, language: 'fr', cadence: 'quarterly', paused: true, version: 2 });
      expect(changed.nextRun).toBeNull();
      expect(changed.recipients.map(({ displayName }) => displayName)).toEqual(['Ada Admin', 'Moussa Monitor']);

      const stale = await patch(schedule, { paused: false }, 412);
      expect(stale.code).toBe('precondition_failed');
      await t.http
        .patch(`/api/report-schedules/${schedule.id}`)
        .auth(...(await bearer('admin')))
        .send({ paused: false })
        .expect(428);
      expect(await patch(changed, {}, 400)).toMatchObject({ errors: { body: 'noChanges' } });
      expect(await patch(changed, { dayOfMonth: 29 }, 400)).toMatchObject({ errors: { dayOfMonth: 'max' } });
      expect(await patch(changed, { recipientIds: [ids.outsider] }, 400)).toMatchObject({
        errors: { 'recipientIds.0': 'notAReader' },
      });
      const resumed: ReportScheduleDto = await patch(changed, { paused: false });
      expect(resumed).toMatchObject({ paused: false, version: 3 });
      expect(resumed.nextRun).toEqual(nextRun('quarterly', 1, todayIn('UTC')));
    });

    it('is removed under its version: gone from the list and 404 after, its audit trail complete', async () => {
      const schedule: ReportScheduleDto = await create(monthly(['viewer']));
      await t.http
        .delete(`/api/report-schedules/${schedule.id}`)
        .auth(...(await bearer('admin')))
        .set('If-Match', '"7"')
        .expect(412);
      await t.http
        .delete(`/api/report-schedules/${schedule.id}`)
        .auth(...(await bearer('admin')))
        .set('If-Match', '"1"')
        .expect(204);
      expect(await listed(schedule.id)).toBeUndefined();
      await patch({ id: schedule.id, version: 2 }, { paused: true }, 404);
      await runNow(schedule.id, 404);
      const trail = await t.db.query(
        `SELECT action, before, after FROM audit_record WHERE entity_id = $1 ORDER BY seq`,
        [schedule.id],
      );
      expect(trail).toEqual([
        {
          action: 'report_schedule.created',
          before: null,
          after: { cadence: 'monthly', dayOfMonth: 5, language: 'en', paused: false, recipientIds: [ids.viewer] },
        },
        {
          action: 'report_schedule.deleted',
          before: { cadence: 'monthly', dayOfMonth: 5, language: 'en', paused: false, recipientIds: [ids.viewer] },
          after: null,
        },
      ]);
    });
  });

  describe('a run', () => {
    let schedule: ReportScheduleDto;
    let run: ReportScheduleRunDto;

    beforeAll(async () => {
      schedule = await create(monthly(['viewer', 'reviewer', 'monitor']));
      await createdOn(schedule.id, '2016-01-10');
      const made = await runs().runDue(new Date('2016-07-05T12:00:00Z'));
      run = made.find((candidate) => candidate.scheduleId === schedule.id)!;
    });

    it('reports on the month before its day: as of its last day, changes since the end of the month before', () => {
      expect(run).toMatchObject({ asOf: '2016-06-30', previousAsOf: '2016-05-31', ranById: null });
    });

    it("delivers one report per scope: the cleared reviewer's with the confidential milestone, the others' without", async () => {
      expect(run.reports).toEqual([
        { reportId: expect.any(String), includesConfidential: false, recipientIds: sorted([ids.viewer, ids.monitor]) },
        { reportId: expect.any(String), includesConfidential: true, recipientIds: [ids.reviewer] },
      ]);
      const [uncleared, cleared] = await Promise.all(run.reports.map(({ reportId }) => report(reportId)));
      expect(uncleared.figures.summary.current.implementationRate).toBe(25);
      expect(cleared.figures.summary.current.implementationRate).toBe(33.3);
      expect(JSON.stringify(uncleared.figures)).not.toContain('M3 sites chosen');
      expect(JSON.stringify(cleared.figures)).toContain('M3 sites chosen');
      expect(uncleared.figures.withheld).toMatchObject({ milestones: 1 });
      expect(cleared.figures.withheld).toBeNull();
      // Generated as the schedule's author, in its language, for the whole agreement.
      expect(uncleared).toMatchObject({ generatedByName: 'Ada Admin', language: 'en', filters: { pillarId: null } });
    });

    it('gives each scope the same content hash as a report its recipients generate for the same days', async () => {
      const onDemand = async (role: TestRole) =>
        (
          await t.http
            .post(`/api/agreements/${t.agreementId}/reports`)
            .auth(...(await bearer(role)))
            .send({ asOf: '2016-06-30', previousAsOf: '2016-05-31', language: 'en' })
            .expect(201)
        ).body.contentHash;
      const [uncleared, cleared] = await Promise.all(run.reports.map(({ reportId }) => report(reportId)));
      expect(await onDemand('viewer')).toBe(uncleared.contentHash);
      expect(await onDemand('monitor')).toBe(uncleared.contentHash);
      expect(await onDemand('reviewer')).toBe(cleared.contentHash);
    });

    it('shows each recipient the report of their scope, unread, until they open it', async () => {
      const [uncleared, cleared] = run.reports.map(({ reportId }) => reportId);
      const viewers = await received('viewer');
      expect(viewers.items).toEqual([
        expect.objectContaining({
          id: uncleared,
          agreementTitle: 'Test Accord for Peace',
          asOf: '2016-06-30',
          readAt: null,
        }),
      ]);
      expect((await received('reviewer')).items.map(({ id }) => id)).toEqual([cleared]);
      expect((await received('admin')).items).toEqual([]);

      const opened = await t.http
        .post(`/api/reports/${uncleared}/read`)
        .auth(...(await bearer('viewer')))
        .expect(200);
      expect(opened.body.readAt).toEqual(expect.any(String));
      // Opened again: still the first time.
      const again = await t.http
        .post(`/api/reports/${uncleared}/read`)
        .auth(...(await bearer('viewer')))
        .expect(200);
      expect(again.body.readAt).toBe(opened.body.readAt);
      const reads = await t.db.query(`SELECT actor_id AS "actorId" FROM audit_record WHERE action = 'report.read'`);
      expect(reads).toEqual([{ actorId: ids.viewer }]);
      // Nothing was sent to the administrator: nothing to mark; the cleared report is out of the viewer's reach.
      await t.http
        .post(`/api/reports/${uncleared}/read`)
        .auth(...(await bearer('admin')))
        .expect(404);
      await t.http
        .post(`/api/reports/${cleared}/read`)
        .auth(...(await bearer('viewer')))
        .expect(404);
    });

    it('lists only the reports of the agreement asked for', async () => {
      expect((await received('viewer', { agreementId: t.agreementId })).total).toBe(1);
      expect((await received('viewer', { agreementId: '00000000-0000-4000-8000-000000000000' })).total).toBe(0);
    });

    it('delivers nothing new when the clock comes to the same period again', async () => {
      const [reports, deliveries] = [await count('report'), await count('report_delivery')];
      const again = await runs().runDue(new Date('2016-07-20T12:00:00Z'));
      expect(again.map(({ scheduleId }) => scheduleId)).not.toContain(schedule.id);
      // The day before the next run, the period owed is still June's: reported.
      expect(await runs().runDue(new Date('2016-08-04T12:00:00Z'))).toEqual([]);
      expect([await count('report'), await count('report_delivery')]).toEqual([reports, deliveries]);
    });

    it('is recorded in the audit trail as run by the server, with who received which report', async () => {
      const [record] = await t.db.query(
        `SELECT actor_id AS "actorId", actor_label AS "actorLabel", after FROM audit_record
         WHERE action = 'report_schedule.run' AND entity_id = $1`,
        [schedule.id],
      );
      expect(record).toEqual({
        actorId: null,
        actorLabel: null,
        after: { runId: run.id, asOf: '2016-06-30', previousAsOf: '2016-05-31', reports: run.reports },
      });
      expect((await listed(schedule.id))?.lastRun).toEqual({ asOf: '2016-06-30', ranAt: expect.any(String) });
    });

    it('reports on the quarter that ended for a quarterly schedule', async () => {
      const quarterly: ReportScheduleDto = await create({
        ...monthly(['viewer']),
        cadence: 'quarterly',
        dayOfMonth: 2,
      });
      await createdOn(quarterly.id, '2016-01-10');
      const made = await runs().runDue(new Date('2016-07-05T12:00:00Z'));
      expect(made.find(({ scheduleId }) => scheduleId === quarterly.id)).toMatchObject({
        asOf: '2016-06-30',
        previousAsOf: '2016-03-31',
      });
    });

    it('skips a paused schedule, and refuses to send it now (409)', async () => {
      const paused: ReportScheduleDto = await create(monthly(['viewer']));
      await createdOn(paused.id, '2016-01-10');
      await patch(paused, { paused: true });
      const made = await runs().runDue(new Date('2016-09-05T12:00:00Z'));
      expect(made.map(({ scheduleId }) => scheduleId)).not.toContain(paused.id);
      expect(await count(`report_schedule_run WHERE schedule_id = '${paused.id}'`)).toBe(0);
      const refused = await t.http
        .post(`/api/report-schedules/${paused.id}/runs`)
        .auth(...(await bearer('admin')))
        .expect(409);
      expect(refused.body).toMatchObject({ code: 'conflict', errors: { paused: 'schedulePaused' } });
    });

    it('does not run a schedule on a day before it was created, nor before the agreement was signed', async () => {
      const fresh: ReportScheduleDto = await create(monthly(['viewer'], 1));
      await createdOn(fresh.id, '2016-10-01');
      // Its day, but the day it was created: it starts with its next run.
      expect((await runs().runDue(new Date('2016-10-01T18:00:00Z'))).map(({ scheduleId }) => scheduleId)).not.toContain(
        fresh.id,
      );
      await createdOn(fresh.id, '2015-01-01');
      // June 2015's run would report on May 2015, before the signing day (1 June 2015).
      expect((await runs().runDue(new Date('2015-06-01T18:00:00Z'))).map(({ scheduleId }) => scheduleId)).not.toContain(
        fresh.id,
      );
      // July's reports on June, counting changes from the signing day.
      const [july] = (await runs().runDue(new Date('2015-07-01T18:00:00Z'))).filter(
        ({ scheduleId }) => scheduleId === fresh.id,
      );
      expect(july).toMatchObject({ asOf: '2015-06-30', previousAsOf: '2015-06-01' });
    });
  });

  describe('sent now by an administrator', () => {
    it('reports on the latest period whose day has come, once: 201, then 200 with the same run', async () => {
      const schedule: ReportScheduleDto = await create(monthly(['viewer'], 1));
      const first = await runNow(schedule.id, 201);
      const today = todayIn('UTC');
      // Monthly on the 1st: today is on or after this month's 1st, so the month before.
      const lastMonth = new Date(`${today.slice(0, 8)}01T00:00:00Z`);
      lastMonth.setUTCDate(0);
      expect(first).toMatchObject({ asOf: lastMonth.toISOString().slice(0, 10), ranById: ids.admin });
      const reports = await count('report');
      const second = await runNow(schedule.id, 200);
      expect(second).toEqual(first);
      expect(await count('report')).toBe(reports);
    });
  });

  describe('a recipient who lost access', () => {
    it('receives nothing more, no longer sees what was sent before, and shows as not receiving', async () => {
      const schedule: ReportScheduleDto = await create(monthly(['viewer', 'monitor'], 3));
      await createdOn(schedule.id, '2016-01-10');
      await runs().runDue(new Date('2017-02-03T12:00:00Z'));
      const viewersBefore = (await received('viewer')).total;
      expect(viewersBefore).toBeGreaterThan(0);

      await t.http
        .delete(`/api/agreements/${t.agreementId}/members/${ids.viewer}`)
        .auth(...(await bearer('admin')))
        .expect(200);
      const [run] = (await runs().runDue(new Date('2017-03-03T12:00:00Z'))).filter(
        ({ scheduleId }) => scheduleId === schedule.id,
      );
      expect(run.asOf).toBe('2017-02-28');
      expect(run.reports.flatMap(({ recipientIds }) => recipientIds)).toEqual([ids.monitor]);
      expect(await received('viewer')).toMatchObject({ items: [], total: 0 });
      expect(
        (await listed(schedule.id))?.recipients.map(({ displayName, receives }) => [displayName, receives]),
      ).toEqual([
        ['Moussa Monitor', true],
        ['Vera Viewer', false],
      ]);
    });
  });

  describe('the hourly check', () => {
    it('runs the schedules owed now when its message comes from pg-boss', async () => {
      const schedule: ReportScheduleDto = await create(monthly(['monitor'], 1));
      await createdOn(schedule.id, '2016-01-10');
      // What pg-boss's clock does at the top of each hour: one message on the task's queue.
      const boss = new PgBoss({
        connectionString: process.env['DATABASE_URL'],
        schema: 'pgboss',
        supervise: false,
        schedule: false,
      });
      await boss.start();
      try {
        await boss.send(HOURLY_TASK, {});
      } finally {
        await boss.stop({ graceful: false });
      }
      // Monthly on the 1st: the month before this one.
      const { asOf } = latestRun('monthly', 1, todayIn('UTC'));
      for (let tries = 0; ; tries++) {
        const [run] = await t.db.query('SELECT as_of::text AS "asOf" FROM report_schedule_run WHERE schedule_id = $1', [
          schedule.id,
        ]);
        if (run) {
          expect(run.asOf).toBe(asOf);
          break;
        }
        if (tries > 300) throw new Error('The hourly task did not run');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
  });

  describe('e-mail', () => {
    it('is not attempted when no SMTP server is configured', async () => {
      const send = jest.spyOn(t.app.get(Mailer), 'send');
      const schedule: ReportScheduleDto = await create(monthly(['reviewer', 'monitor'], 4));
      await runNow(schedule.id);
      expect(send).not.toHaveBeenCalled();
      expect(await count('report_delivery WHERE emailed_at IS NOT NULL')).toBe(0);
    });

    it('sends each recipient a message with the agreement, the day and a link, through the configured server', async () => {
      const sink = await startSmtpSink();
      try {
        await t.restart({
          SMTP_HOST: '127.0.0.1',
          SMTP_PORT: String(sink.port),
          SMTP_USER: 'accord',
          SMTP_PASSWORD: 'mail-secret',
          SMTP_FROM: 'Accord Tracker <reports@example.org>',
          APP_URL: 'https://accord.example.org/',
        });
        await stopTheClock();
        const schedule: ReportScheduleDto = await create(monthly(['reviewer', 'monitor'], 6));
        await createdOn(schedule.id, '2016-01-10');
        const [run] = (await runs().runDue(new Date('2016-07-06T12:00:00Z'))).filter(
          ({ scheduleId }) => scheduleId === schedule.id,
        );
        expect(run.asOf).toBe('2016-06-30');

        const mails = [...sink.messages].sort((a, b) => a.to[0].localeCompare(b.to[0]));
        expect(mails.map(({ from, to, login }) => ({ from, to, login }))).toEqual([
          { from: 'reports@example.org', to: ['monitor@example.org'], login: 'accord:mail-secret' },
          { from: 'reports@example.org', to: ['reviewer@example.org'], login: 'accord:mail-secret' },
        ]);
        const [monitors] = mails;
        expect(monitors.headers['subject']).toBe('Status report of Test Accord as of June 30, 2016');
        expect(monitors.headers['from']).toBe('Accord Tracker <reports@example.org>');
        expect(monitors.text).toContain('Hello Moussa Monitor,');
        expect(monitors.text).toContain(
          'The status report of Test Accord for Peace as of June 30, 2016 is ready. It shows what changed since May 31, 2016.',
        );
        expect(monitors.text).toContain(`https://accord.example.org/agreements/${t.agreementId}/reports`);
        expect(await count(`report_delivery WHERE run_id = '${run.id}' AND emailed_at IS NOT NULL`)).toBe(2);

        // In French for a French schedule.
        const french: ReportScheduleDto = await create({ ...monthly(['monitor'], 7), language: 'fr' });
        await createdOn(french.id, '2016-01-10');
        await runs().runDue(new Date('2016-07-07T12:00:00Z'));
        const text = sink.messages[sink.messages.length - 1].text;
        expect(text).toContain('Bonjour Moussa Monitor,');
        expect(text).toContain('Le rapport de situation de Test Accord for Peace au 30 juin 2016 est prêt.');
      } finally {
        await sink.close();
      }
    });
  });
});
