import { CommitmentQuery, CommitmentSort } from '@accord/shared';

/**
 * The SQL of the commitment list, shared by the page of the list and its export. Placeholders bound
 * first by the caller: $1 the agreement, $2 the day of the statuses, $3 whether the reader sees
 * confidential milestones (the statuses are computed without those they may not see).
 */

export const COMMITMENT_ORDER_BY: Readonly<Record<CommitmentSort, string>> = {
  [CommitmentSort.Reference]: 'c.position',
  [CommitmentSort.Deadline]: 'c.deadline NULLS LAST, c.position',
  [CommitmentSort.Level]: 's.pam_level, c.position',
  [CommitmentSort.Updated]: 's.last_effective_date DESC NULLS LAST, c.position',
};

/** The parties of the commitment `c`, as a JSON array of `{ id, acronym, name }`. */
export const PARTIES_OF_COMMITMENT = `
  coalesce((SELECT json_agg(json_build_object('id', pa.id, 'acronym', pa.acronym, 'name', pa.name) ORDER BY pa.position)
            FROM commitment_party cp JOIN party pa ON pa.id = cp.party_id WHERE cp.commitment_id = c.id), '[]')`;

/** The columns of `CommitmentListItemDto`, from `commitmentListSource`. */
export const COMMITMENT_LIST_COLUMNS = `c.id, c.reference, c.title, c.pillar_id AS "pillarId", p.name AS "pillarName",
  ${PARTIES_OF_COMMITMENT} AS parties, c.deadline::text AS deadline, s.overdue,
  s.pam_level AS "pamLevel", s.operational_status AS "operationalStatus",
  s.milestone_count AS "milestoneCount", s.last_effective_date::text AS "lastUpdate"`;

export type CommitmentFilters = Pick<CommitmentQuery, 'pillarId' | 'partyId' | 'status' | 'level' | 'overdue' | 'q'>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * The commitments `c` of the agreement $1 that match the list's filters, with their status `s` and their
 * pillar `p`: a FROM list and its WHERE condition. A coalition's filter also matches its member
 * movements. `bind` adds a parameter and answers its placeholder.
 */
export function commitmentListSource(
  filters: CommitmentFilters,
  bind: (value: unknown) => string,
): { from: string; where: string } {
  const conditions = ['c.agreement_id = $1'];
  if (filters.pillarId) conditions.push(`c.pillar_id = ${bind(filters.pillarId)}`);
  if (filters.partyId) {
    conditions.push(`EXISTS (SELECT 1 FROM commitment_party cp JOIN party pa ON pa.id = cp.party_id
      WHERE cp.commitment_id = c.id AND ${bind(filters.partyId)} IN (pa.id, pa.parent_id))`);
  }
  if (filters.status === 'none') conditions.push('s.operational_status IS NULL');
  else if (filters.status) conditions.push(`s.operational_status = ${bind(filters.status)}`);
  if (filters.level !== undefined) conditions.push(`s.pam_level = ${bind(filters.level)}`);
  if (filters.overdue !== undefined) conditions.push(`s.overdue = ${bind(filters.overdue)}`);
  if (filters.q) {
    const pattern = bind(`%${escapeLike(filters.q)}%`);
    conditions.push(`(c.reference ILIKE ${pattern} OR c.title ILIKE ${pattern} OR c.text ILIKE ${pattern})`);
  }
  return {
    from: `commitment c JOIN commitment_status_as_of($1, $2, $3) s ON s.commitment_id = c.id
           JOIN pillar p ON p.id = c.pillar_id`,
    where: conditions.join(' AND '),
  };
}
