import { EntityManager } from 'typeorm';
import { insertCells } from '../indicators/indicator-cells';
import { DemoAgreement, DemoCommitment, DemoParty, DemoPillar } from './demo-agreement.types';

export interface LoadedCounts {
  agreementId: string;
  commitments: number;
  milestones: number;
  statusUpdates: number;
  indicatorValues: number;
}

/** Who the history of loaded data is by. */
export interface LoadPeople {
  authorId: string;
  reviewerId: string | null;
}

/** What an agreement row holds (the rest of `DemoAgreement` hangs on it). */
export type AgreementRecord = Pick<
  DemoAgreement,
  'slug' | 'title' | 'shortTitle' | 'country' | 'signedOn' | 'description' | 'paxId' | 'timeZone' | 'boundaryMap'
>;

/** The rows a commitment refers to, by id. */
export interface CommitmentLinks {
  pillarId: string;
  sectionId: string | null;
  partyIds: string[];
}

const insertReturningId = async (manager: EntityManager, sql: string, parameters: unknown[]): Promise<string> =>
  (await manager.query(`${sql} RETURNING id`, parameters))[0].id;

/**
 * Inserts a demo agreement with its structure and history (inside the caller's transaction).
 * Historical updates are recorded and approved at noon UTC of their effective date.
 * Also used by the API tests to load small fixtures, and piece by piece by the PA-X import.
 */
export async function loadDemoAgreement(
  manager: EntityManager,
  data: DemoAgreement,
  people: LoadPeople,
  scaleCode = 'pam',
): Promise<LoadedCounts> {
  const insert = (sql: string, parameters: unknown[]) => insertReturningId(manager, sql, parameters);

  const agreementId = await insertAgreement(manager, data, scaleCode);
  await loadPlaces(manager, agreementId, data, people.authorId);

  const pillarIds = new Map<string, string>();
  for (const [position, pillar] of data.pillars.entries()) {
    pillarIds.set(pillar.code, await insertPillar(manager, agreementId, pillar, position));
  }

  const partyIds = new Map<string, string>();
  for (const [position, party] of data.parties.entries()) {
    const parentId = party.parentKey ? required(partyIds, party.parentKey) : null;
    partyIds.set(party.key, await insertParty(manager, agreementId, party, parentId, position));
  }

  for (const [position, body] of data.monitoringBodies.entries()) {
    await insert(
      'INSERT INTO monitoring_body (agreement_id, name, acronym, description, position) VALUES ($1, $2, $3, $4, $5)',
      [agreementId, body.name, body.acronym, body.description, position],
    );
  }

  const sectionIds = new Map<string, string>();
  for (const [position, section] of data.sections.entries()) {
    sectionIds.set(
      section.key,
      await insert(
        `INSERT INTO text_section (agreement_id, parent_id, kind, number, heading, body, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          agreementId,
          section.parentKey ? required(sectionIds, section.parentKey) : null,
          section.kind,
          section.number,
          section.heading,
          section.body ?? null,
          position,
        ],
      ),
    );
  }

  const counts: LoadedCounts = { agreementId, commitments: 0, milestones: 0, statusUpdates: 0, indicatorValues: 0 };
  for (const [position, commitment] of data.commitments.entries()) {
    const loaded = await insertCommitment(
      manager,
      agreementId,
      commitment,
      position,
      {
        pillarId: required(pillarIds, commitment.pillarCode),
        sectionId: commitment.sectionKey ? required(sectionIds, commitment.sectionKey) : null,
        partyIds: commitment.partyKeys.map((key) => required(partyIds, key)),
      },
      people,
    );
    counts.commitments++;
    counts.milestones += loaded.milestones;
    counts.statusUpdates += loaded.statusUpdates;
  }
  for (const [position, indicator] of (data.indicators ?? []).entries()) {
    const indicatorId = await insert(
      `INSERT INTO indicator (agreement_id, code, name, unit, ddr_stage, baseline, target, target_date, dimensions, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        agreementId,
        indicator.code,
        indicator.name,
        indicator.unit,
        indicator.ddrStage ?? null,
        indicator.baseline ?? 0,
        indicator.target ?? null,
        indicator.targetDate ?? null,
        indicator.dimensions ?? [],
        position,
      ],
    );
    for (const value of indicator.values) {
      const valueId = await insert(
        `INSERT INTO indicator_value (agreement_id, indicator_id, as_of, total, note, source_links, author_id,
                                      recorded_at, approved_at, reviewer_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $3::date + time '12:00', $3::date + time '12:00', $8)`,
        [
          agreementId,
          indicatorId,
          value.asOf,
          value.total,
          value.note,
          JSON.stringify(value.sources ?? []),
          people.authorId,
          people.reviewerId,
        ],
      );
      await insertCells(manager, valueId, value.cells ?? []);
      counts.indicatorValues++;
    }
  }
  return counts;
}

export function insertAgreement(manager: EntityManager, data: AgreementRecord, scaleCode = 'pam'): Promise<string> {
  return insertReturningId(
    manager,
    `INSERT INTO agreement (slug, title, short_title, country, signed_on, description, pax_id, scale_id, boundary_map,
                            time_zone)
     VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT id FROM assessment_scale WHERE code = $8), $9, $10)`,
    [
      data.slug,
      data.title,
      data.shortTitle,
      data.country,
      data.signedOn,
      data.description,
      data.paxId,
      scaleCode,
      data.boundaryMap ?? null,
      data.timeZone ?? 'UTC',
    ],
  );
}

export function insertPillar(
  manager: EntityManager,
  agreementId: string,
  pillar: DemoPillar,
  position: number,
): Promise<string> {
  return insertReturningId(
    manager,
    'INSERT INTO pillar (agreement_id, code, name, theme, position) VALUES ($1, $2, $3, $4, $5)',
    [agreementId, pillar.code, pillar.name, pillar.theme, position],
  );
}

export function insertParty(
  manager: EntityManager,
  agreementId: string,
  party: Pick<DemoParty, 'name' | 'acronym' | 'kind'>,
  parentId: string | null,
  position: number,
): Promise<string> {
  return insertReturningId(
    manager,
    'INSERT INTO party (agreement_id, parent_id, name, acronym, kind, position) VALUES ($1, $2, $3, $4, $5, $6)',
    [agreementId, parentId, party.name, party.acronym, party.kind, position],
  );
}

/** A commitment with its parties, milestones and their history; answers its id and what it holds. */
export async function insertCommitment(
  manager: EntityManager,
  agreementId: string,
  commitment: DemoCommitment,
  position: number,
  links: CommitmentLinks,
  people: LoadPeople,
): Promise<{ commitmentId: string; milestones: number; statusUpdates: number }> {
  const insert = (sql: string, parameters: unknown[]) => insertReturningId(manager, sql, parameters);
  const commitmentId = await insert(
    `INSERT INTO commitment (agreement_id, pillar_id, section_id, reference, title, text, deadline, deadline_note, position)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      agreementId,
      links.pillarId,
      links.sectionId,
      commitment.reference,
      commitment.title,
      commitment.text,
      commitment.deadline ?? null,
      commitment.deadlineNote ?? null,
      position,
    ],
  );
  await manager.query('INSERT INTO commitment_party (commitment_id, party_id) SELECT $1, unnest($2::uuid[])', [
    commitmentId,
    links.partyIds,
  ]);
  const loaded = { commitmentId, milestones: 0, statusUpdates: 0 };
  for (const [milestonePosition, milestone] of commitment.milestones.entries()) {
    const milestoneId = await insert(
      `INSERT INTO milestone (agreement_id, commitment_id, title, description, due_date, position)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        agreementId,
        commitmentId,
        milestone.title,
        milestone.description ?? null,
        milestone.dueDate ?? null,
        milestonePosition,
      ],
    );
    loaded.milestones++;
    await manager.query(
      'INSERT INTO milestone_region (milestone_id, agreement_id, region_code) SELECT $1, $2, unnest($3::text[])',
      [milestoneId, agreementId, milestone.regions ?? []],
    );
    for (const update of milestone.updates) {
      await manager.query(
        `INSERT INTO status_update (agreement_id, milestone_id, effective_date, scale_id, level, pam_score,
                                    operational_status, narrative, source_links, author_id, recorded_at, approved_at,
                                    reviewer_id)
         SELECT a.id, $2, $3::date, a.scale_id, $4::smallint, l.pam_score, $5, $6, $7, $8, r.recorded_at,
                CASE WHEN $10 THEN NULL ELSE r.recorded_at END, CASE WHEN $10 THEN NULL ELSE $9::uuid END
         FROM agreement a LEFT JOIN assessment_level l ON l.scale_id = a.scale_id AND l.value = $4::smallint
         -- Historical updates are dated at noon of their day; one awaiting review was just submitted.
         CROSS JOIN LATERAL (SELECT CASE WHEN $10 THEN now() ELSE $3::date + time '12:00' END AS recorded_at) r
         WHERE a.id = $1`,
        [
          agreementId,
          milestoneId,
          update.effectiveDate,
          update.level ?? null,
          update.status ?? null,
          update.narrative,
          JSON.stringify(update.sources ?? []),
          people.authorId,
          people.reviewerId,
          update.awaitingReview ?? false,
        ],
      );
      loaded.statusUpdates++;
    }
  }
  return loaded;
}

/** The country's regions and the DDR sites with their history, recorded at noon of each effective day. */
async function loadPlaces(manager: EntityManager, agreementId: string, data: DemoAgreement, authorId: string) {
  for (const [position, region] of (data.regions ?? []).entries()) {
    await manager.query(
      'INSERT INTO region (agreement_id, code, name, map_feature, position) VALUES ($1, $2, $3, $4, $5)',
      [agreementId, region.code, region.name, region.mapFeature ?? region.code, position],
    );
  }
  for (const [position, site] of (data.sites ?? []).entries()) {
    const [{ id: siteId }] = await manager.query(
      `INSERT INTO site (agreement_id, region_code, kind, name, latitude, longitude, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        agreementId,
        site.regionCode,
        site.kind,
        site.name,
        site.location?.[0] ?? null,
        site.location?.[1] ?? null,
        position,
      ],
    );
    for (const change of site.states) {
      await manager.query(
        `INSERT INTO site_state_change (site_id, agreement_id, state, effective_date, note, source_links, author_id,
                                        recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $4::date + time '12:00')`,
        [
          siteId,
          agreementId,
          change.state,
          change.effectiveDate,
          change.note,
          JSON.stringify(change.sources ?? []),
          authorId,
        ],
      );
    }
  }
}

function required(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo data refers to unknown key "${key}"`);
  return id;
}
