import type { FieldErrorCode } from './errors';
import { CELL_KEYS, IndicatorCellDto } from './indicators';

/**
 * What a bulk import file holds: one kind per file. Each kind refers to what the kinds before it created,
 * so a new agreement is loaded in this order: commitments, milestones, then status updates and indicator values.
 */
export enum ImportKind {
  Commitments = 'commitments',
  Milestones = 'milestones',
  StatusUpdates = 'status-updates',
  IndicatorValues = 'indicator-values',
}
export const IMPORT_KINDS: readonly ImportKind[] = Object.values(ImportKind);

export enum ImportFileFormat {
  Csv = 'csv',
  Xlsx = 'xlsx',
}

/** A column of an import file: its header (as in the template) and whether every row must fill it. */
export interface ImportColumn {
  name: string;
  required: boolean;
}

const column = (name: string, required = false): ImportColumn => ({ name, required });

/**
 * The columns of each kind, in the template's order. Rows name what they refer to by stable keys: a
 * commitment by its reference (with its title where several share the reference), a milestone by its
 * commitment and its title, a pillar by its code, parties by their acronyms, an indicator by its code.
 */
export const IMPORT_COLUMNS: Readonly<Record<ImportKind, readonly ImportColumn[]>> = {
  [ImportKind.Commitments]: [
    column('reference', true),
    column('title', true),
    column('pillar', true),
    column('parties'),
    column('deadline'),
    column('deadlineNote'),
    column('text'),
  ],
  [ImportKind.Milestones]: [
    column('commitment', true),
    column('commitmentTitle'),
    column('title', true),
    column('dueDate'),
    column('description'),
    column('regions'),
    column('confidential'),
  ],
  [ImportKind.StatusUpdates]: [
    column('commitment', true),
    column('commitmentTitle'),
    column('milestone', true),
    column('effectiveDate', true),
    column('level'),
    column('status'),
    column('narrative', true),
    column('sources'),
    column('confidential'),
  ],
  [ImportKind.IndicatorValues]: [
    column('indicator', true),
    column('asOf', true),
    column('total'),
    column('cells'),
    column('note', true),
    column('sources'),
    column('confidential'),
  ],
};

/** One error of a file: the row as a spreadsheet numbers it (the header is row 1), the column's header, a code. */
export interface ImportRowError {
  row: number;
  /** The column's header; empty for a problem of the whole row or file. */
  column: string;
  code: FieldErrorCode;
}

/** Errors listed in a JSON report; the CSV report (`Accept: text/csv` on a dry run) lists them all. */
export const IMPORT_ERRORS_SHOWN = 1000;

export interface ImportReportDto {
  kind: ImportKind;
  dryRun: boolean;
  /** Data rows read (the header and blank rows aside). */
  rows: number;
  errorCount: number;
  /** How many rows (the header included) have at least one error. */
  rowsWithErrors: number;
  /** The first IMPORT_ERRORS_SHOWN errors, by row then column. */
  errors: ImportRowError[];
  /** Rows stored: all of them, or none (a dry run, or a file with errors). */
  stored: number;
  /**
   * Status updates and indicator values counted at once (approved) rather than submitted for review: the
   * importer is trusted on the agreement (or an administrator) and the agreement lets trusted work count
   * without review.
   */
  countedWithoutReview: boolean;
}

/**
 * Files larger than this are imported (or dry-run) by a background job: the request answers 202 with the
 * job, whose progress the UI follows and whose result file is the report (JSON). About 5,000 rows of CSV.
 */
export const IMPORT_JOB_THRESHOLD_BYTES = 512 * 1024;

export const JOB_KIND_IMPORT = 'import';

/** What an import job was asked (shown with the job). */
export interface ImportJobParams {
  kind: ImportKind;
  dryRun: boolean;
  fileName: string;
  /** The stored file, removed once the job has read it. */
  uploadId: string;
}

/** Separates the entries of a list cell: parties, regions, cells of a value. Sources are separated by spaces. */
export const IMPORT_LIST_SEPARATOR = ';';

const CELL_FIELDS = Object.values(CELL_KEYS);
type CellField = (typeof CELL_FIELDS)[number];
const CELL_ENTRY = /^(.*?)=\s*(-?\d+(?:\.\d+)?)$/;

/**
 * Reads the cells of an indicator value as a file writes them: `sex:male armedGroup:CMA = 450; sex:female
 * armedGroup:CMA = 50` (each cell its `dimension:key` pairs and `= value`, cells separated by `;`).
 * Null when the text does not follow that form; the cells' values and keys are checked as the API checks them.
 */
export function parseImportCells(text: string): IndicatorCellDto[] | null {
  const cells: IndicatorCellDto[] = [];
  for (const entry of text.split(IMPORT_LIST_SEPARATOR).map((part) => part.trim())) {
    if (entry === '') continue;
    const match = CELL_ENTRY.exec(entry);
    if (!match) return null;
    const cell: Record<string, string | number> = { value: Number(match[2]) };
    for (const label of match[1].trim().split(/\s+/).filter(Boolean)) {
      const [field, key, ...rest] = label.split(':');
      if (!CELL_FIELDS.includes(field as CellField) || !key || rest.length > 0 || field in cell) return null;
      cell[field] = key;
    }
    cells.push(cell as unknown as IndicatorCellDto);
  }
  return cells;
}

/** The cells as `parseImportCells` reads them. */
export function formatImportCells(cells: readonly IndicatorCellDto[]): string {
  return cells
    .map((cell) => {
      const labels = CELL_FIELDS.filter((field) => cell[field] !== undefined).map((field) => `${field}:${cell[field]}`);
      return `${labels.join(' ')} = ${cell.value}`;
    })
    .join(`${IMPORT_LIST_SEPARATOR} `);
}
