import { MilestoneDto } from '@accord/shared';
import { TestApp, TestRole } from './test-app';

/** Looks up rows of agreement A by title, so that tests name what they touch. */
export async function milestoneByTitle(
  t: TestApp,
  title: string,
): Promise<{ id: string; version: number; commitmentId: string }> {
  const [row] = await t.db.query(
    'SELECT id, version, commitment_id AS "commitmentId" FROM milestone WHERE title = $1 AND agreement_id = $2',
    [title, t.agreementId],
  );
  if (!row) throw new Error(`No milestone titled ${title}`);
  return row;
}

export async function commitmentByTitle(t: TestApp, title: string): Promise<{ id: string; version: number }> {
  const [row] = await t.db.query('SELECT id, version FROM commitment WHERE title = $1 AND agreement_id = $2', [
    title,
    t.agreementId,
  ]);
  if (!row) throw new Error(`No commitment titled ${title}`);
  return row;
}

/** A fingerprint of everything a write could have changed, to prove that a refused write stored nothing. */
export async function writeFingerprint(t: TestApp): Promise<string> {
  const [row] = await t.db.query(
    `SELECT (SELECT count(*) FROM status_update) AS updates,
            (SELECT count(*) FROM status_update WHERE approved_at IS NOT NULL OR returned_at IS NOT NULL) AS decided,
            (SELECT count(*) FROM evidence) AS evidence,
            (SELECT count(*) FROM app_user) AS users,
            (SELECT string_agg(user_id || ':' || role || ':' || confidential_access, ',' ORDER BY user_id) FROM agreement_member) AS members,
            (SELECT string_agg(id || ':' || version || ':' || public_page || ':' || trusted_updates_skip_review, ',') FROM agreement) AS agreements,
            (SELECT count(*) FROM idempotent_request) AS idempotent,
            (SELECT count(*) FROM meeting_mark) AS meetings,
            (SELECT count(*) FROM indicator_value) AS "indicatorValues",
            (SELECT string_agg(id || ':' || version, ',' ORDER BY id) FROM indicator) AS indicators,
            (SELECT string_agg(id || ':' || version || ':' || title || ':' || coalesce(due_date::text, ''), ',' ORDER BY id) FROM milestone) AS milestones,
            (SELECT string_agg(id || ':' || version || ':' || title || ':' || coalesce(deadline::text, ''), ',' ORDER BY id) FROM commitment) AS commitments`,
  );
  return JSON.stringify(row);
}

/**
 * Submits a status update as `author` (with the milestone's current version as If-Match) and, unless
 * `approve` is false, has the reviewer approve it. Answers the milestone after the last step.
 */
export async function submitUpdate(
  t: TestApp,
  milestoneTitle: string,
  body: object,
  options: { author?: TestRole; approve?: boolean } = {},
): Promise<MilestoneDto> {
  const milestone = await milestoneByTitle(t, milestoneTitle);
  const submitted = await t.http
    .post(`/api/milestones/${milestone.id}/status-updates`)
    .auth(await t.tokenFor(options.author ?? 'monitor'), { type: 'bearer' })
    .set('If-Match', `"${milestone.version}"`)
    .send(body)
    .expect(201);
  if (options.approve === false) return submitted.body;
  return approve(t, submitted.body.history[0].id);
}

export async function approve(
  t: TestApp,
  statusUpdateId: string,
  reviewer: TestRole = 'reviewer',
): Promise<MilestoneDto> {
  const approved = await t.http
    .post(`/api/status-updates/${statusUpdateId}/approval`)
    .auth(await t.tokenFor(reviewer), { type: 'bearer' })
    .expect(200);
  return approved.body;
}
