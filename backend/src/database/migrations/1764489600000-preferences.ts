import { MigrationInterface, QueryRunner } from 'typeorm';

/** The language a user chose for the interface, remembered across devices. */
export class Preferences1764489600000 implements MigrationInterface {
  name = 'Preferences1764489600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE app_user ADD COLUMN language text CHECK (language ~ '^[a-z]{2}$')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE app_user DROP COLUMN language');
  }
}
