import { AuditRecordDto, MeetingMarkDto, todayIn } from '@accord/shared';
import { writeFingerprint } from './support/fixture-queries';
import { SMALL_AGREEMENT } from './support/small-agreement.fixture';
import { startTestApp, TestApp } from './support/test-app';

const MEMBERS = ['admin', 'reviewer', 'monitor', 'viewer'] as const;
type Member = (typeof MEMBERS)[number];

/** The day after `day` (yyyy-mm-dd). */
const dayAfter = (day: string) => new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);

/**
 * Monitoring meetings each member marks on an agreement (signed 2015-06-01), for themselves: the
 * default start of "what changed".
 */
describe('meeting marks', () => {
  let t: TestApp;
  const tokens = {} as Record<Member, string>;

  beforeAll(async () => {
    t = await startTestApp({ fixture: SMALL_AGREEMENT });
    for (const role of MEMBERS) tokens[role] = await t.tokenFor(role);
  });
  afterAll(() => t.close());

  const meetingsUrl = () => `/api/agreements/${t.agreementId}/meetings`;
  const call = (role: Member, method: 'get' | 'post' | 'put' | 'delete', path: string) =>
    t.http[method](path).auth(tokens[role], { type: 'bearer' });
  const marks = async (role: Member): Promise<MeetingMarkDto[]> =>
    (await call(role, 'get', meetingsUrl()).expect(200)).body;
  const mark = (role: Member, body: object) => call(role, 'post', meetingsUrl()).send(body);
  const unmark = (role: Member, heldOn: string) => call(role, 'delete', `${meetingsUrl()}/${heldOn}`);
  const days = (list: MeetingMarkDto[]) => list.map((item) => item.heldOn);
  beforeEach(() => t.db.query('DELETE FROM meeting_mark'));

  it('marks a meeting with its title, and lists the marks newest first', async () => {
    const created = await mark('viewer', { heldOn: '2019-03-14', title: '  CSA, 32nd session ' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ heldOn: '2019-03-14', title: 'CSA, 32nd session', createdAt: expect.any(String) });
    await mark('viewer', { heldOn: '2020-01-20' }).then((response) => expect(response.status).toBe(201));
    await mark('viewer', { heldOn: '2015-06-01' }).then((response) => expect(response.status).toBe(201));

    const listed = await marks('viewer');
    expect(days(listed)).toEqual(['2020-01-20', '2019-03-14', '2015-06-01']);
    expect(listed[0].title).toBeNull();
    expect(listed[1]).toEqual(created.body);
  });

  it("keeps each member's marks to themselves: another member neither sees nor removes mine", async () => {
    await mark('viewer', { heldOn: '2019-03-14', title: 'Mine' });
    expect(await marks('monitor')).toEqual([]);
    expect(await marks('admin')).toEqual([]);
    expect((await unmark('monitor', '2019-03-14')).status).toBe(404);

    // The same day is free for another member.
    expect((await mark('monitor', { heldOn: '2019-03-14', title: 'Theirs' })).status).toBe(201);
    expect((await marks('viewer')).map(({ title }) => title)).toEqual(['Mine']);
    expect((await marks('monitor')).map(({ title }) => title)).toEqual(['Theirs']);
  });

  it('answers 409 alreadyMarked for a day marked already, keeping the first mark and storing nothing', async () => {
    await mark('reviewer', { heldOn: '2019-03-14', title: 'First' });
    const before = await writeFingerprint(t);

    const again = await mark('reviewer', { heldOn: '2019-03-14', title: 'Second' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ statusCode: 409, code: 'conflict', errors: { heldOn: 'alreadyMarked' } });
    expect(await writeFingerprint(t)).toBe(before);
    expect((await marks('reviewer')).map(({ title }) => title)).toEqual(['First']);
  });

  // Eleven hours behind UTC and fourteen ahead: for part of each day, the agreement's today is not UTC's.
  it.each(['Pacific/Pago_Pago', 'Pacific/Kiritimati'])(
    "accepts the agreement's today and refuses its tomorrow, in its time zone (%s)",
    async (timeZone) => {
      await t.db.query('UPDATE agreement SET time_zone = $2 WHERE id = $1', [t.agreementId, timeZone]);
      try {
        const today = todayIn(timeZone);
        expect((await mark('viewer', { heldOn: today })).status).toBe(201);
        const tomorrow = await mark('viewer', { heldOn: dayAfter(today) });
        expect(tomorrow.status).toBe(400);
        expect(tomorrow.body.errors).toEqual({ heldOn: 'dateInFuture' });
        expect(days(await marks('viewer'))).toEqual([today]);
      } finally {
        await t.db.query(`UPDATE agreement SET time_zone = 'UTC' WHERE id = $1`, [t.agreementId]);
      }
    },
  );

  it('removes a mark (204), then answers 404 for it', async () => {
    await mark('monitor', { heldOn: '2019-03-14' });
    await mark('monitor', { heldOn: '2020-01-20' });

    const removed = await unmark('monitor', '2019-03-14');
    expect(removed.status).toBe(204);
    expect(removed.text).toBe('');
    expect(days(await marks('monitor'))).toEqual(['2020-01-20']);
    const again = await unmark('monitor', '2019-03-14');
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ statusCode: 404, code: 'not_found' });
  });

  it('records marking and unmarking in the audit trail, with the member who did it', async () => {
    await mark('viewer', { heldOn: '2019-03-14', title: 'CSA' });
    await unmark('viewer', '2019-03-14');

    const trail = async (action: string): Promise<AuditRecordDto[]> =>
      (await call('admin', 'get', '/api/audit-records').query({ agreementId: t.agreementId, action }).expect(200)).body
        .items;
    const [marked] = await trail('meeting.marked');
    const [unmarked] = await trail('meeting.unmarked');
    expect(marked).toMatchObject({
      actorLabel: 'viewer@example.org',
      entityType: 'meeting_mark',
      after: { heldOn: '2019-03-14', title: 'CSA' },
    });
    expect(unmarked).toMatchObject({
      actorLabel: 'viewer@example.org',
      entityId: marked.entityId,
      before: { heldOn: '2019-03-14', title: 'CSA' },
    });
  });

  it('keeps the marks of a member whose access is revoked, for when it is granted again', async () => {
    await mark('viewer', { heldOn: '2019-03-14' });
    const [{ id: viewerId }] = await t.db.query(`SELECT id FROM app_user WHERE email = 'viewer@example.org'`);
    const membership = `/api/agreements/${t.agreementId}/members/${viewerId}`;

    await call('admin', 'delete', membership).expect(200);
    await call('viewer', 'get', meetingsUrl()).expect(404);
    await call('admin', 'put', membership)
      .send({ role: 'viewer', confidentialAccess: false, trusted: false })
      .expect(200);
    expect(days(await marks('viewer'))).toEqual(['2019-03-14']);
  });

  it('removes the marks of a deleted account', async () => {
    const [user] = await t.db.query(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ('gone@example.org', 'Gone', 'x') RETURNING id`,
    );
    await t.db.query(`INSERT INTO meeting_mark (user_id, agreement_id, held_on) VALUES ($1, $2, '2019-03-14')`, [
      user.id,
      t.agreementId,
    ]);
    await t.db.query('DELETE FROM app_user WHERE id = $1', [user.id]);
    expect(await t.db.query('SELECT * FROM meeting_mark')).toEqual([]);
  });
});
