import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where things happen: the regions of an agreement's country (ISO 3166-2 codes), the milestones located
 * in them, and DDR sites (cantonment sites, MOC camps) with a dated, append-only history of their state.
 * A region is drawn on the map as `map_feature`: the boundary data may predate a region (Mali's Ménaka
 * was carved out of Gao in 2016, Natural Earth still draws it inside Gao).
 */
export class Places1764576000000 implements MigrationInterface {
  name = 'Places1764576000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- The boundary file the frontend draws the agreement's map from (frontend/public/maps/<name>.geojson).
      ALTER TABLE agreement ADD COLUMN boundary_map text CHECK (boundary_map ~ '^[a-z0-9-]{1,64}$');

      CREATE TABLE region (
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'),
        name text NOT NULL,
        map_feature text NOT NULL CHECK (map_feature ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'),
        position integer NOT NULL,
        PRIMARY KEY (agreement_id, code)
      );

      CREATE TABLE milestone_region (
        milestone_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        region_code text NOT NULL,
        PRIMARY KEY (milestone_id, region_code),
        FOREIGN KEY (milestone_id, agreement_id) REFERENCES milestone (id, agreement_id) ON DELETE CASCADE,
        FOREIGN KEY (agreement_id, region_code) REFERENCES region (agreement_id, code)
      );
      CREATE INDEX milestone_region_region_idx ON milestone_region (agreement_id, region_code);

      CREATE TABLE site (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agreement_id uuid NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
        region_code text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('cantonment_site', 'moc_camp')),
        name text NOT NULL,
        -- WGS84; unknown when the sources do not place the site more precisely than its region.
        latitude numeric(7, 4) CHECK (latitude BETWEEN -90 AND 90),
        longitude numeric(7, 4) CHECK (longitude BETWEEN -180 AND 180),
        position integer NOT NULL,
        UNIQUE (agreement_id, name),
        CONSTRAINT site_agreement_key UNIQUE (id, agreement_id),
        CONSTRAINT site_located_or_not CHECK ((latitude IS NULL) = (longitude IS NULL)),
        FOREIGN KEY (agreement_id, region_code) REFERENCES region (agreement_id, code)
      );

      -- What happened to a site and from which day; the state as of a day is the latest one effective by then.
      CREATE TABLE site_state_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        site_id uuid NOT NULL,
        agreement_id uuid NOT NULL,
        state text NOT NULL
          CHECK (state IN ('planned', 'under_construction', 'ready', 'operational', 'suspended', 'closed')),
        effective_date date NOT NULL,
        note text NOT NULL,
        source_links jsonb NOT NULL DEFAULT '[]',
        author_id uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (site_id, agreement_id) REFERENCES site (id, agreement_id)
      );
      CREATE INDEX site_state_change_latest_idx ON site_state_change (site_id, effective_date DESC, seq DESC);
      CREATE TRIGGER site_state_change_append_only BEFORE UPDATE OR DELETE ON site_state_change
        FOR EACH ROW EXECUTE FUNCTION refuse_change();
      CREATE TRIGGER site_state_change_no_truncate BEFORE TRUNCATE ON site_state_change
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE site_state_change;
      DROP TABLE site;
      DROP TABLE milestone_region;
      DROP TABLE region;
      ALTER TABLE agreement DROP COLUMN boundary_map;
    `);
  }
}
