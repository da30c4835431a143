import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monitoring meetings each user marks on an agreement: "what changed" compares, by default, with
 * the last one before today. Marks are personal (one per user, agreement and day). They hang on the
 * account and the agreement, not on the membership: revoking access keeps them (unreachable until access
 * is granted again) instead of failing or erasing them; deleting the account or the agreement removes them.
 */
export class Meetings1764662400000 implements MigrationInterface {
  name = 'Meetings1764662400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE meeting_mark (
        -- The mark's name in the audit trail; the API names a mark by its day.
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        held_on date NOT NULL,
        title text CHECK (char_length(title) BETWEEN 1 AND 120),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- One mark per user, agreement and day; also the index of a user's marks, newest first (scanned backwards).
        CONSTRAINT meeting_mark_day_key UNIQUE (user_id, agreement_id, held_on)
      );
      -- Deleting an agreement finds its marks without scanning every user's.
      CREATE INDEX meeting_mark_agreement_idx ON meeting_mark (agreement_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE meeting_mark');
  }
}
