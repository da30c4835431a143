import { TestApp } from './test-app';

/** Looks up fixture rows by title, so that tests name what they touch. */
export async function milestoneByTitle(
  t: TestApp,
  title: string,
): Promise<{ id: string; version: number; commitmentId: string }> {
  const [row] = await t.db.query(
    'SELECT id, version, commitment_id AS "commitmentId" FROM milestone WHERE title = $1',
    [title],
  );
  if (!row) throw new Error(`No milestone titled ${title}`);
  return row;
}

export async function commitmentByTitle(t: TestApp, title: string): Promise<{ id: string; version: number }> {
  const [row] = await t.db.query('SELECT id, version FROM commitment WHERE title = $1', [title]);
  if (!row) throw new Error(`No commitment titled ${title}`);
  return row;
}

/** A fingerprint of everything a write could have changed, to prove that a refused write stored nothing. */
export async function writeFingerprint(t: TestApp): Promise<string> {
  const [row] = await t.db.query(
    `SELECT (SELECT count(*) FROM status_update) AS updates,
            (SELECT string_agg(id || ':' || version || ':' || title || ':' || coalesce(due_date::text, ''), ',' ORDER BY id) FROM milestone) AS milestones,
            (SELECT string_agg(id || ':' || version || ':' || title || ':' || coalesce(deadline::text, ''), ',' ORDER BY id) FROM commitment) AS commitments`,
  );
  return JSON.stringify(row);
}
