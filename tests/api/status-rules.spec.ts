import { MilestoneState } from '@accord/shared';
import { COMMITMENT_STATUS_CASES } from '../../shared/src/testing/commitment-status-cases';
import { startTestApp, TestApp } from './support/test-app';

/** The Independent Observer's scale has a level for every PAM score the cases use (2.5 included). */
const IO_LEVEL_OF_PAM_SCORE: Record<number, number> = { 0: 0, 1: 1, 2: 2, 2.5: 3, 3: 4 };

/**
 * The database's commitment_status_as_of and shared's deriveCommitmentStatus must agree: the same cases
 * as the unit spec, each built as real rows and read back through the SQL function.
 */
describe('commitment status rules in the database', () => {
  let t: TestApp;
  let authorId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: authorId }] = await t.db.query(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ('rules@example.org', 'Rules', 'x') RETURNING id`,
    );
  });
  afterAll(() => t.close());

  async function commitmentWith(name: string, milestones: MilestoneState[]): Promise<string> {
    const [{ id: agreementId, scale_id: scaleId }] = await t.db.query(
      `INSERT INTO agreement (slug, title, short_title, country, signed_on, scale_id)
       SELECT $1, $1, $1, 'Testland', '2015-01-01', id FROM assessment_scale WHERE code = 'io-mali'
       RETURNING id, scale_id`,
      [name],
    );
    const [{ id: pillarId }] = await t.db.query(
      `INSERT INTO pillar (agreement_id, code, name, theme, position) VALUES ($1, 'p', 'P', 'other', 0) RETURNING id`,
      [agreementId],
    );
    const [{ id: commitmentId }] = await t.db.query(
      `INSERT INTO commitment (agreement_id, pillar_id, reference, title, position) VALUES ($1, $2, 'Art. 1', $3, 0) RETURNING id`,
      [agreementId, pillarId, name],
    );
    for (const [position, { pamScore, operationalStatus }] of milestones.entries()) {
      const [{ id: milestoneId }] = await t.db.query(
        `INSERT INTO milestone (agreement_id, commitment_id, title, position) VALUES ($1, $2, 'M', $3) RETURNING id`,
        [agreementId, commitmentId, position],
      );
      if (pamScore === null && operationalStatus === null) continue;
      await t.db.query(
        `INSERT INTO status_update (agreement_id, milestone_id, effective_date, scale_id, level, pam_score,
                                    operational_status, narrative, author_id, approved_at)
         VALUES ($1, $2, '2020-01-01', $3, $4, $5, $6, 'case', $7, now())`,
        [
          agreementId,
          milestoneId,
          scaleId,
          pamScore === null ? null : IO_LEVEL_OF_PAM_SCORE[pamScore],
          pamScore,
          operationalStatus,
          authorId,
        ],
      );
    }
    return agreementId;
  }

  it.each(COMMITMENT_STATUS_CASES)('%s', async (name, milestones, expected) => {
    const agreementId = await commitmentWith(name, milestones);
    const [status] = await t.db.query(
      `SELECT pam_level AS level, operational_status AS "operationalStatus" FROM commitment_status_as_of($1, '2999-12-31', true)`,
      [agreementId],
    );
    expect(status).toEqual(expected);
  });
});
