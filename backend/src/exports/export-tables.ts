import {
  CommitmentListItemDto,
  CommitmentSort,
  CreateAuditExportRequest,
  CreateExportRequest,
  ExportDataset,
  SourceLinkDto,
} from '@accord/shared';
import type { ReadScope } from '../auth/authenticated.decorator';
import { AUDIT_RECORD_COLUMNS, auditRecordConditions } from '../audit/audit-records.sql';
import { COMMITMENT_LIST_COLUMNS, COMMITMENT_ORDER_BY, commitmentListSource } from '../commitments/commitment-list.sql';
import { approvedByEndOf, reviewColumns, reviewListParameters } from '../common/reviewed-rows.sql';
import { indicatorValueListConditions } from '../indicators/indicator-value.sql';
import { STATUS_UPDATE_LIST_JOINS, statusUpdateListConditions } from '../status-updates/status-update.sql';
import { ColumnType, TableColumn, TableShape } from './table-writer';

type Row = Record<string, unknown>;

interface ExportColumn extends TableColumn {
  value(row: Row): unknown;
}

/** A table of an export: its sheet, its columns, and the query that reads its rows (in order). */
export interface ExportTable extends TableShape {
  columns: readonly ExportColumn[];
  select: string;
  /** FROM and WHERE: what is counted before the rows are read. */
  source: string;
  orderBy: string;
  parameters: unknown[];
}

/** A column read from the row's property `key` as it is. */
const column = (header: string, type: ColumnType, key: string, width = 14): ExportColumn => ({
  header,
  type,
  width,
  value: (row) => row[key],
});

/** Collects parameters: each call adds one and answers its placeholder. */
const binder = (parameters: unknown[]) => (value: unknown) => `$${parameters.push(value)}`;

/**
 * The columns every reviewed row (status update, indicator value) ends with: who recorded it and when,
 * whether it is confidential, and its review (as reviewColumns() selects it).
 */
const SUBMISSION_COLUMNS = [
  column('Author', 'text', 'authorName', 20),
  column('Recorded at (UTC)', 'datetime', 'recordedAt', 20),
  column('Confidential', 'boolean', 'confidential', 12),
  column('Review state', 'text', 'reviewState', 12),
  column('Reviewed at (UTC)', 'datetime', 'reviewedAt', 20),
  column('Reviewer', 'text', 'reviewerName', 20),
  column('Return reason', 'text', 'returnReason', 30),
];
const submissionColumns = (alias: string) =>
  `author.display_name AS "authorName", ${alias}.recorded_at AS "recordedAt", ${alias}.confidential, ${reviewColumns(alias)}`;
const submissionJoins = (alias: string) =>
  `JOIN app_user author ON author.id = ${alias}.author_id LEFT JOIN app_user reviewer ON reviewer.id = ${alias}.reviewer_id`;

/**
 * The parameters and condition of the reviewed rows `alias` a list shows the reader (`listConditions`,
 * with the placeholders of VISIBILITY_PLACEHOLDERS); as of a day, only those approved by then about that
 * day or before (their `dateColumn`).
 */
function reviewedRowsWhere(
  request: CreateExportRequest,
  scope: ReadScope,
  { alias, dateColumn }: { alias: string; dateColumn: string },
  listConditions: (request: CreateExportRequest, bind: (value: unknown) => string) => string[],
): { parameters: unknown[]; where: string } {
  const parameters = reviewListParameters(scope);
  const bind = binder(parameters);
  const conditions = listConditions(request, bind);
  if (request.asOf) conditions.push(approvedByEndOf(alias, dateColumn, bind(request.asOf)));
  return { parameters, where: conditions.join(' AND ') };
}

/**
 * The commitments as the list shows them (its filters and sort), with their status as of `day`.
 * $1 the agreement, $2 the day, $3 whether the reader sees confidential milestones.
 */
function commitmentsTable(request: CreateExportRequest, scope: ReadScope, day: string): ExportTable {
  const parameters: unknown[] = [scope.agreementId, day, scope.seesConfidential];
  const { from, where } = commitmentListSource(request, binder(parameters));
  return {
    name: 'Commitments',
    columns: [
      column('Reference', 'text', 'reference', 12),
      column('Title', 'text', 'title', 50),
      column('Pillar', 'text', 'pillarName', 24),
      {
        header: 'Parties',
        type: 'text',
        width: 20,
        value: (row) => (row['parties'] as CommitmentListItemDto['parties']).map((party) => party.acronym).join(', '),
      },
      column('Deadline', 'date', 'deadline', 12),
      column('Overdue', 'boolean', 'overdue', 10),
      column('PAM level', 'number', 'pamLevel', 10),
      column('Operational status', 'text', 'operationalStatus', 18),
      column('Milestones', 'number', 'milestoneCount', 11),
      column('Last update', 'date', 'lastUpdate', 12),
    ],
    select: COMMITMENT_LIST_COLUMNS,
    source: `FROM ${from} WHERE ${where}`,
    orderBy: COMMITMENT_ORDER_BY[request.sort ?? CommitmentSort.Reference],
    parameters,
  };
}

/** The milestones of the commitments the list's filters select, with their status as of `day`. */
function milestonesTable(request: CreateExportRequest, scope: ReadScope, day: string): ExportTable {
  const parameters: unknown[] = [scope.agreementId, day, scope.seesConfidential];
  const { from, where } = commitmentListSource(request, binder(parameters));
  return {
    name: 'Milestones',
    columns: [
      column('Commitment', 'text', 'commitmentReference', 12),
      column('Commitment title', 'text', 'commitmentTitle', 40),
      column('Pillar', 'text', 'pillarName', 24),
      column('Milestone', 'text', 'title', 40),
      column('Due date', 'date', 'dueDate', 12),
      column('Confidential', 'boolean', 'confidential', 12),
      column('Level', 'number', 'level', 8),
      column('PAM score', 'number', 'pamScore', 10),
      column('Operational status', 'text', 'operationalStatus', 18),
      column('Overdue', 'boolean', 'overdue', 10),
      column('Last update', 'date', 'lastUpdate', 12),
    ],
    select: `c.reference AS "commitmentReference", c.title AS "commitmentTitle", p.name AS "pillarName", m.title,
             m.due_date::text AS "dueDate", m.confidential, ms.level, ms.pam_score AS "pamScore",
             ms.operational_status AS "operationalStatus", ms.overdue, ms.last_effective_date::text AS "lastUpdate"`,
    // The status function leaves out the confidential milestones the reader may not see.
    source: `FROM ${from} JOIN milestone m ON m.commitment_id = c.id
             JOIN milestone_status_as_of($1, $2, $3) ms ON ms.milestone_id = m.id WHERE ${where}`,
    orderBy: `${COMMITMENT_ORDER_BY[request.sort ?? CommitmentSort.Reference]}, m.position`,
    parameters,
  };
}

/** One line per link, `title <url>`; none without links. */
const sourceLinksText = (links: SourceLinkDto[]) =>
  links.length ? links.map((link) => (link.title ? `${link.title} <${link.url}>` : link.url)).join('\n') : null;

/**
 * The status updates the reader sees in the review lists (their own and, for reviewers, everyone's
 * pending ones), newest first; as of a day, only those approved by then about that day or before.
 */
function statusHistoryTable(request: CreateExportRequest, scope: ReadScope): ExportTable {
  const { parameters, where } = reviewedRowsWhere(
    request,
    scope,
    { alias: 'u', dateColumn: 'effective_date' },
    statusUpdateListConditions,
  );
  return {
    name: 'Status history',
    columns: [
      column('Commitment', 'text', 'commitmentReference', 12),
      column('Commitment title', 'text', 'commitmentTitle', 40),
      column('Milestone', 'text', 'milestoneTitle', 40),
      column('Effective date', 'date', 'effectiveDate', 12),
      column('Level', 'number', 'level', 8),
      column('PAM score', 'number', 'pamScore', 10),
      column('Operational status', 'text', 'operationalStatus', 18),
      column('Narrative', 'text', 'narrative', 60),
      {
        header: 'Sources',
        type: 'text',
        width: 40,
        value: (row) => sourceLinksText(row['sourceLinks'] as SourceLinkDto[]),
      },
      ...SUBMISSION_COLUMNS,
    ],
    select: `c.reference AS "commitmentReference", c.title AS "commitmentTitle", m.title AS "milestoneTitle",
             u.effective_date::text AS "effectiveDate", u.level, u.pam_score AS "pamScore",
             u.operational_status AS "operationalStatus", u.narrative, u.source_links AS "sourceLinks",
             ${submissionColumns('u')}`,
    source: `FROM status_update u ${submissionJoins('u')} ${STATUS_UPDATE_LIST_JOINS} WHERE ${where}`,
    orderBy: 'u.seq DESC',
    parameters,
  };
}

/**
 * The indicator values the reader sees in the review lists, newest first, one row per cell of their
 * disaggregation (with the value's total), one row for a value without cells.
 */
function indicatorValuesTable(request: CreateExportRequest, scope: ReadScope): ExportTable {
  const { parameters, where } = reviewedRowsWhere(
    request,
    scope,
    { alias: 'v', dateColumn: 'as_of' },
    indicatorValueListConditions,
  );
  return {
    name: 'Indicator values',
    columns: [
      column('Indicator code', 'text', 'indicatorCode', 18),
      column('Indicator', 'text', 'indicatorName', 30),
      column('Unit', 'text', 'unit', 10),
      column('As of', 'date', 'asOf', 12),
      column('Total', 'number', 'total', 10),
      column('Sex', 'text', 'sex', 8),
      column('Age group', 'text', 'ageGroup', 10),
      column('Armed group', 'text', 'armedGroup', 12),
      column('Region', 'text', 'region', 10),
      column('Cell value', 'number', 'cellValue', 10),
      column('Note', 'text', 'note', 40),
      ...SUBMISSION_COLUMNS,
    ],
    select: `i.code AS "indicatorCode", i.name AS "indicatorName", i.unit, v.as_of::text AS "asOf", v.total,
             cell.sex, cell.age_group AS "ageGroup", cell.armed_group AS "armedGroup", cell.region,
             cell.value AS "cellValue", v.note, ${submissionColumns('v')}`,
    source: `FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id ${submissionJoins('v')}
             LEFT JOIN indicator_value_cell cell ON cell.value_id = v.id
             WHERE ${where}`,
    orderBy: 'v.seq DESC, cell.armed_group, cell.region, cell.sex, cell.age_group',
    parameters,
  };
}

const TABLES_OF: Readonly<
  Record<
    Exclude<ExportDataset, ExportDataset.All>,
    (request: CreateExportRequest, scope: ReadScope, day: string) => ExportTable
  >
> = {
  [ExportDataset.Commitments]: commitmentsTable,
  [ExportDataset.Milestones]: milestonesTable,
  [ExportDataset.StatusHistory]: statusHistoryTable,
  [ExportDataset.IndicatorValues]: indicatorValuesTable,
};

/** The tables of an agreement's export: one dataset's, or every one (`all`), for the reader `scope`. */
export function agreementTables(request: CreateExportRequest, scope: ReadScope, day: string): ExportTable[] {
  const datasets = request.dataset === ExportDataset.All ? Object.values(TABLES_OF) : [TABLES_OF[request.dataset]];
  return datasets.map((table) => table(request, scope, day));
}

const jsonText = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** The audit trail of the days asked for, oldest first (the order of its chain). */
export function auditTable(request: CreateAuditExportRequest): ExportTable {
  const parameters: unknown[] = [];
  const conditions = auditRecordConditions(request, binder(parameters));
  return {
    name: 'Audit trail',
    columns: [
      column('Seq', 'number', 'seq', 8),
      column('Recorded at (UTC)', 'datetime', 'recordedAt', 20),
      column('Actor', 'text', 'actorLabel', 24),
      column('Actor id', 'text', 'actorId', 36),
      column('Action', 'text', 'action', 24),
      column('Entity type', 'text', 'entityType', 16),
      column('Entity id', 'text', 'entityId', 36),
      column('Agreement id', 'text', 'agreementId', 36),
      { header: 'Before', type: 'text', width: 40, value: (row) => jsonText(row['before']) },
      { header: 'After', type: 'text', width: 40, value: (row) => jsonText(row['after']) },
      column('Request id', 'text', 'requestId', 36),
      column('Client address', 'text', 'clientIp', 16),
      column('Previous hash', 'text', 'previousHash', 20),
      column('Hash', 'text', 'hash', 20),
    ],
    select: AUDIT_RECORD_COLUMNS,
    source: `FROM audit_record ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`,
    orderBy: 'seq',
    parameters,
  };
}
