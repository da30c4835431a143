import { FieldError, IMPORT_COLUMNS, IMPORT_ERRORS_SHOWN, ImportKind, ImportRowError } from '@accord/shared';

type Column = readonly [name: string, type: string];

/** Runs one statement in the import's transaction. */
export type Query = (sql: string, parameters: unknown[]) => Promise<unknown[]>;

/** What storing needs beyond the staged rows. */
export interface StoreParameters {
  agreementId: string;
  authorId: string;
  /** Status updates and indicator values are approved at once rather than submitted for review. */
  countedWithoutReview: boolean;
}

/**
 * How a kind goes through the staging table `import_row`: its columns (filled by COPY from the checked rows,
 * in this order; the names are those of `StagedRow`), the checks that need the database, set-based, and
 * the statements that store every row at once.
 */
export interface ImportStatements {
  columns: readonly Column[];
  /** The columns the checks read: all that is staged of a row with errors. */
  keys: readonly string[];
  /** Columns the checks fill in (what the row's keys resolve to). */
  resolved?: readonly Column[];
  /**
   * Records (in `import_error`) the rows that name what does not exist (or exists already).
   * `seesConfidential`: a hidden milestone is unknown.
   */
  check(query: Query, agreementId: string, seesConfidential: boolean): Promise<void>;
  store(query: Query, parameters: StoreParameters): Promise<void>;
}

/**
 * The staging table: one row per data row of the file; `id` is the id the stored item will get, `errors`
 * those the row's own rules found ({ column, code } in order). And every error of the file, in the order
 * found (`seq`): kept in the database, not in memory, however many there are.
 */
export const stagingTables = (statements: ImportStatements) => `
  CREATE TEMPORARY TABLE import_row (
    row_number integer PRIMARY KEY,
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    errors jsonb,
    ${[...statements.columns, ...(statements.resolved ?? [])].map(([name, type]) => `${name} ${type}`).join(',\n    ')}
  ) ON COMMIT DROP;
  CREATE TEMPORARY TABLE import_error (
    seq integer GENERATED ALWAYS AS IDENTITY,
    row_number integer NOT NULL,
    column_name text NOT NULL,
    code text NOT NULL
  ) ON COMMIT DROP`;

/** The COPY that streams the checked rows into the staging table. */
export const copyStatement = (statements: ImportStatements) =>
  `COPY import_row (row_number, errors, ${statements.columns.map(([name]) => name).join(', ')}) FROM STDIN`;

/** Records the errors a query selects (row, column, code). */
const errorsOf = async (query: Query, sql: string, parameters: unknown[]) => {
  await query(`INSERT INTO import_error (row_number, column_name, code) ${sql}`, parameters);
};

/** Records errors found outside the rows (the header's, a file that stops being readable), in their order. */
export const recordErrors = (query: Query, errors: readonly ImportRowError[]) =>
  errorsOf(
    query,
    `SELECT e.row, e.column, e.code
     FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS ("row" int, "column" text, code text)) WITH ORDINALITY
          AS e ("row", "column", code, n)
     ORDER BY e.n`,
    [JSON.stringify(errors)],
  );

/** Records the errors the rows' own rules found, by row (before those of the checks: the order of a row's errors). */
export const recordRowErrors = (query: Query) =>
  errorsOf(
    query,
    `SELECT r.row_number, e.column, e.code
     FROM import_row r
     CROSS JOIN LATERAL ROWS FROM (jsonb_to_recordset(r.errors) AS ("column" text, code text)) WITH ORDINALITY
          AS e ("column", code, n)
     WHERE r.errors IS NOT NULL
     ORDER BY r.row_number, e.n`,
    [],
  );

/** How many errors the file has, and on how many rows. */
export const ERROR_COUNTS = `SELECT count(*)::int AS "errorCount", count(DISTINCT row_number)::int AS "rowsWithErrors"
  FROM import_error`;

/**
 * The errors by row, then by the column's place in the kind's columns (the whole row's or file's first,
 * then a header's unknown columns), then as found. `shown`: the first IMPORT_ERRORS_SHOWN, or all.
 */
export const errorsInOrder = (kind: ImportKind, shown: 'first' | 'all') => ({
  sql: `SELECT row_number AS row, column_name AS column, code FROM import_error
        ORDER BY row_number, coalesce(array_position($1::text[], column_name), 0), seq
        ${shown === 'first' ? `LIMIT ${IMPORT_ERRORS_SHOWN}` : ''}`,
  parameters: [IMPORT_COLUMNS[kind].map(({ name }) => name)],
});

/** Columns of files that name a commitment: by reference, and title where references repeat. */
const COMMITMENT_KEY: readonly Column[] = [
  ['commitment', 'text'],
  ['commitment_title', 'text'],
];
const RESOLVED_COMMITMENT: readonly Column[] = [
  ['commitment_id', 'uuid'],
  ['commitment_matches', 'integer'],
];

/**
 * Resolves each distinct commitment key once (not once per row) and reports those that match no
 * commitment of the agreement, or several (the row must then give the title as well).
 */
async function resolveCommitments(query: Query, agreementId: string): Promise<void> {
  await query(
    `WITH resolved AS (
       SELECT k.commitment, k.commitment_title, count(c.id)::int AS matches, (array_agg(c.id))[1] AS id
       FROM (SELECT DISTINCT commitment, commitment_title FROM import_row WHERE commitment IS NOT NULL) k
       LEFT JOIN commitment c ON c.agreement_id = $1 AND c.reference = k.commitment
                             AND (k.commitment_title IS NULL OR c.title = k.commitment_title)
       GROUP BY k.commitment, k.commitment_title)
     UPDATE import_row r SET commitment_matches = s.matches, commitment_id = CASE WHEN s.matches = 1 THEN s.id END
     FROM resolved s
     WHERE s.commitment = r.commitment AND s.commitment_title IS NOT DISTINCT FROM r.commitment_title`,
    [agreementId],
  );
  await errorsOf(
    query,
    `SELECT row_number AS row, 'commitment' AS column,
            CASE WHEN commitment_matches = 0 THEN $1::text ELSE $2::text END AS code
     FROM import_row WHERE commitment_matches <> 1`,
    [FieldError.UnknownCommitment, FieldError.AmbiguousCommitment],
  );
}

/** Bumps the version of what changed, so that a colleague's If-Match read before the import is stale. */
const BUMP_COMMITMENTS = `UPDATE commitment SET version = version + 1, updated_at = now()
  WHERE id IN (SELECT commitment_id FROM import_row)`;

const COMMITMENTS: ImportStatements = {
  columns: [
    ['reference', 'text'],
    ['title', 'text'],
    ['pillar', 'text'],
    ['parties', 'jsonb'],
    ['text', 'text'],
    ['deadline', 'date'],
    ['deadline_note', 'text'],
  ],
  keys: ['reference', 'title'],
  // A commitment is known by its reference and title: an article often holds several commitments.
  check: (query, agreementId) =>
    errorsOf(
      query,
      `SELECT row_number AS row, 'title' AS column, $2::text AS code FROM import_row r
       WHERE EXISTS (SELECT 1 FROM commitment c WHERE c.agreement_id = $1 AND c.reference = r.reference AND c.title = r.title)
       UNION ALL
       SELECT row_number, 'title', $3::text FROM (
         SELECT row_number, row_number() OVER (PARTITION BY reference, title ORDER BY row_number) AS nth
         FROM import_row WHERE reference IS NOT NULL AND title IS NOT NULL) numbered
       WHERE nth > 1`,
      [agreementId, FieldError.AlreadyExists, FieldError.DuplicateKey],
    ),
  async store(query, { agreementId }) {
    await query(
      `INSERT INTO commitment (id, agreement_id, pillar_id, reference, title, text, deadline, deadline_note, position)
       SELECT r.id, $1, p.id, r.reference, r.title, r.text, r.deadline, r.deadline_note,
              last.position + row_number() OVER (ORDER BY r.row_number)
       FROM import_row r
       JOIN pillar p ON p.agreement_id = $1 AND p.code = r.pillar
       CROSS JOIN (SELECT coalesce(max(position), -1) AS position FROM commitment WHERE agreement_id = $1) last`,
      [agreementId],
    );
    await query(
      `INSERT INTO commitment_party (commitment_id, party_id)
       SELECT DISTINCT r.id, pa.id
       FROM import_row r CROSS JOIN jsonb_array_elements_text(r.parties) AS listed (acronym)
       JOIN party pa ON pa.agreement_id = $1 AND pa.acronym = listed.acronym`,
      [agreementId],
    );
  },
};

const MILESTONES: ImportStatements = {
  columns: [
    ...COMMITMENT_KEY,
    ['title', 'text'],
    ['description', 'text'],
    ['due_date', 'date'],
    ['confidential', 'boolean'],
    ['regions', 'jsonb'],
  ],
  keys: ['commitment', 'commitment_title', 'title'],
  resolved: RESOLVED_COMMITMENT,
  // A milestone is known by its commitment and its title.
  async check(query, agreementId) {
    await resolveCommitments(query, agreementId);
    await errorsOf(
      query,
      `SELECT row_number AS row, 'title' AS column, $1::text AS code FROM import_row r
       WHERE EXISTS (SELECT 1 FROM milestone m WHERE m.commitment_id = r.commitment_id AND m.title = r.title)
       UNION ALL
       SELECT row_number, 'title', $2::text FROM (
         SELECT row_number, row_number() OVER (PARTITION BY commitment_id, title ORDER BY row_number) AS nth
         FROM import_row WHERE commitment_id IS NOT NULL AND title IS NOT NULL) numbered
       WHERE nth > 1`,
      [FieldError.AlreadyExists, FieldError.DuplicateKey],
    );
  },
  async store(query, { agreementId }) {
    await query(
      `INSERT INTO milestone (id, agreement_id, commitment_id, title, description, due_date, confidential, position)
       SELECT r.id, $1, r.commitment_id, r.title, r.description, r.due_date, r.confidential,
              coalesce(last.position, -1) + row_number() OVER (PARTITION BY r.commitment_id ORDER BY r.row_number)
       FROM import_row r
       LEFT JOIN (SELECT commitment_id, max(position) AS position FROM milestone WHERE agreement_id = $1
                  GROUP BY commitment_id) last ON last.commitment_id = r.commitment_id`,
      [agreementId],
    );
    await query(
      `INSERT INTO milestone_region (milestone_id, agreement_id, region_code)
       SELECT DISTINCT r.id, $1::uuid, listed.code
       FROM import_row r CROSS JOIN jsonb_array_elements_text(r.regions) AS listed (code)`,
      [agreementId],
    );
    await query(BUMP_COMMITMENTS, []);
  },
};

const STATUS_UPDATES: ImportStatements = {
  columns: [
    ...COMMITMENT_KEY,
    ['milestone', 'text'],
    ['effective_date', 'date'],
    ['level', 'smallint'],
    ['pam_score', 'numeric'],
    ['operational_status', 'text'],
    ['narrative', 'text'],
    ['source_links', 'jsonb'],
    ['confidential', 'boolean'],
  ],
  keys: ['commitment', 'commitment_title', 'milestone'],
  resolved: [...RESOLVED_COMMITMENT, ['milestone_id', 'uuid'], ['milestone_matches', 'integer']],
  async check(query, agreementId, seesConfidential) {
    await resolveCommitments(query, agreementId);
    // A confidential milestone the importer may not see is as unknown to them as one that does not exist.
    await query(
      `WITH resolved AS (
         SELECT k.commitment_id, k.milestone, count(m.id)::int AS matches, (array_agg(m.id))[1] AS id
         FROM (SELECT DISTINCT commitment_id, milestone FROM import_row
               WHERE commitment_id IS NOT NULL AND milestone IS NOT NULL) k
         LEFT JOIN milestone m ON m.commitment_id = k.commitment_id AND m.title = k.milestone AND ($1::boolean OR NOT m.confidential)
         GROUP BY k.commitment_id, k.milestone)
       UPDATE import_row r SET milestone_matches = s.matches, milestone_id = CASE WHEN s.matches = 1 THEN s.id END
       FROM resolved s WHERE s.commitment_id = r.commitment_id AND s.milestone = r.milestone`,
      [seesConfidential],
    );
    await errorsOf(
      query,
      `SELECT row_number AS row, 'milestone' AS column, CASE WHEN milestone_matches = 0 THEN $1::text ELSE $2::text END AS code
       FROM import_row WHERE milestone_matches <> 1`,
      [FieldError.UnknownMilestone, FieldError.AmbiguousMilestone],
    );
  },
  async store(query, { agreementId, authorId, countedWithoutReview }) {
    // In the file's order: of two updates of a milestone on the same day, the later row is the latest.
    await query(
      `INSERT INTO status_update (agreement_id, milestone_id, effective_date, scale_id, level, pam_score,
                                  operational_status, narrative, source_links, confidential, author_id, approved_at)
       SELECT $1, r.milestone_id, r.effective_date, a.scale_id, r.level, r.pam_score, r.operational_status,
              r.narrative, r.source_links, r.confidential, $2, CASE WHEN $3::boolean THEN now() END
       FROM import_row r CROSS JOIN agreement a
       WHERE a.id = $1
       ORDER BY r.row_number`,
      [agreementId, authorId, countedWithoutReview],
    );
    await query(
      `WITH touched AS (
         UPDATE milestone SET version = version + 1, updated_at = now()
         WHERE id IN (SELECT milestone_id FROM import_row) RETURNING commitment_id)
       UPDATE commitment SET version = version + 1, updated_at = now() WHERE id IN (SELECT commitment_id FROM touched)`,
      [],
    );
  },
};

const INDICATOR_VALUES: ImportStatements = {
  columns: [
    ['indicator_id', 'uuid'],
    ['as_of', 'date'],
    ['total', 'numeric'],
    ['note', 'text'],
    ['source_links', 'jsonb'],
    ['confidential', 'boolean'],
    ['cells', 'jsonb'],
  ],
  keys: [],
  // Indicators are few: their codes and dimensions were checked row by row.
  check: async () => undefined,
  async store(query, { agreementId, authorId, countedWithoutReview }) {
    await query(
      `INSERT INTO indicator_value (id, agreement_id, indicator_id, as_of, total, note, source_links, confidential,
                                    author_id, approved_at)
       SELECT r.id, $1, r.indicator_id, r.as_of, r.total, r.note, r.source_links, r.confidential, $2,
              CASE WHEN $3::boolean THEN now() END
       FROM import_row r
       ORDER BY r.row_number`,
      [agreementId, authorId, countedWithoutReview],
    );
    await query(
      `INSERT INTO indicator_value_cell (value_id, sex, age_group, armed_group, region, value)
       SELECT r.id, c.sex, c."ageGroup", c."armedGroup", c.region, c.value
       FROM import_row r
       CROSS JOIN jsonb_to_recordset(r.cells) AS c(sex text, "ageGroup" text, "armedGroup" text, region text, value numeric)`,
      [],
    );
    await query(
      'UPDATE indicator SET version = version + 1, updated_at = now() WHERE id IN (SELECT indicator_id FROM import_row)',
      [],
    );
  },
};

export const IMPORT_STATEMENTS: Readonly<Record<ImportKind, ImportStatements>> = {
  [ImportKind.Commitments]: COMMITMENTS,
  [ImportKind.Milestones]: MILESTONES,
  [ImportKind.StatusUpdates]: STATUS_UPDATES,
  [ImportKind.IndicatorValues]: INDICATOR_VALUES,
};
