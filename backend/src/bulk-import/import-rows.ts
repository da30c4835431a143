import {
  cellsTotal,
  FieldError,
  FieldErrorCode,
  IMPORT_COLUMNS,
  IMPORT_LIST_SEPARATOR,
  ImportKind,
  ImportRowError,
  IndicatorDimension,
  parseImportCells,
} from '@accord/shared';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { AgreementAccess } from '../auth/authenticated-user';
import { fieldErrorsOf } from '../common/api-exception';
import { UpdateCommitmentDto } from '../commitments/dto/update-commitment.dto';
import { CreateIndicatorValueDto } from '../indicators/dto/create-indicator-value.dto';
import { indicatorValueRuleErrors } from '../indicators/indicators.service';
import { UpdateMilestoneDto } from '../milestones/dto/update-milestone.dto';
import { CreateStatusUpdateDto } from '../status-updates/dto/create-status-update.dto';
import { statusUpdateRuleErrors } from '../status-updates/status-updates.service';

/** What the rules of a row need to know about the agreement and the importer (read once per import). */
export interface ImportContext {
  access: AgreementAccess;
  signedOn: string;
  /** The PAM score of each level of the agreement's scale. */
  levels: ReadonlyMap<number, number>;
  pillars: ReadonlySet<string>;
  /** Acronyms of the agreement's parties. */
  parties: readonly string[];
  /** ISO 3166-2 codes of the agreement's regions. */
  regions: readonly string[];
  indicators: ReadonlyMap<string, { id: string; dimensions: IndicatorDimension[] }>;
}

/** A row's cells by column name; a column the header lacks is absent, an empty cell is ''. */
export type RowValues = Readonly<Record<string, string>>;

/** What a row stores once every row of the file passed: staging-table values by column (see import.sql.ts). */
export type StagedRow = Record<string, string | number | boolean | null | string[] | object>;

export interface CheckedRow {
  errors: { column: string; code: FieldErrorCode }[];
  staged: StagedRow;
}

/** The header's columns by position (null for a column the kind does not have), and the header's errors. */
export function readHeader(
  kind: ImportKind,
  cells: readonly string[],
): { columns: (string | null)[]; errors: ImportRowError[] } {
  const known = IMPORT_COLUMNS[kind];
  const errors: ImportRowError[] = [];
  const seen = new Set<string>();
  const columns = cells.map((cell) => {
    const name = cell.trim();
    const column = known.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!column) {
      if (name !== '') errors.push({ row: 1, column: name, code: FieldError.Unknown });
      return null;
    }
    if (seen.has(column.name)) {
      errors.push({ row: 1, column: column.name, code: FieldError.DuplicateColumn });
      return null;
    }
    seen.add(column.name);
    return column.name;
  });
  for (const column of known) {
    if (column.required && !seen.has(column.name))
      errors.push({ row: 1, column: column.name, code: FieldError.MissingColumn });
  }
  return { columns, errors };
}

/** The row's cells under the header's columns, trimmed; null for a blank row (skipped, not an error). */
export function rowValues(columns: readonly (string | null)[], cells: readonly string[]): RowValues | null {
  const values: Record<string, string> = {};
  let blank = true;
  columns.forEach((column, index) => {
    const value = (cells[index] ?? '').trim();
    if (value !== '') blank = false;
    if (column) values[column] = value;
  });
  return blank ? null : values;
}

/** The errors of one row, each (column, code) once. */
class RowErrors {
  private readonly found = new Map<string, { column: string; code: FieldErrorCode }>();

  constructor(private readonly values: RowValues) {}

  add(column: string, code: FieldErrorCode): void {
    // A column the header lacks is reported once, on the header, not on every row.
    if (column !== '' && !(column in this.values)) return;
    this.found.set(`${column}\n${code}`, { column, code });
  }

  /** Field codes of the API (paths such as `sourceLinks.2.url`) under the file's column names. */
  addFields(fieldErrors: Record<string, FieldErrorCode>): void {
    for (const [path, code] of Object.entries(fieldErrors)) {
      const field = path.split('.')[0];
      this.add(COLUMN_OF_FIELD[field] ?? field, code);
    }
  }

  required(...columns: string[]): void {
    for (const column of columns) if (this.values[column] === '') this.add(column, FieldError.Required);
  }

  get list() {
    return [...this.found.values()];
  }
}

/** API fields named otherwise in files. */
const COLUMN_OF_FIELD: Readonly<Record<string, string>> = { operationalStatus: 'status', sourceLinks: 'sources' };

/** The text of a cell, NUL characters (which no text may hold) reported and taken out. */
function textOf(values: RowValues, column: string, errors: RowErrors): string | undefined {
  const value = values[column];
  if (!value) return undefined;
  if (!value.includes('\u0000')) return value;
  errors.add(column, FieldError.InvalidCharacter);
  return value.split('\u0000').join('');
}

const listOf = (text: string | undefined) =>
  (text ?? '')
    .split(IMPORT_LIST_SEPARATOR)
    .map((entry) => entry.trim())
    .filter(Boolean);

/** A number written plainly (450, 12.5) as a number; other text is left for the API's rules to refuse. */
const numberOrText = (text: string | undefined): number | string | undefined =>
  text !== undefined && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;

/** true/false (any case; a spreadsheet's TRUE/FALSE), empty as not given; other text is left to be refused. */
const booleanOrText = (text: string | undefined): boolean | string | undefined =>
  text === undefined
    ? undefined
    : (({ true: true, false: false } as Record<string, boolean>)[text.toLowerCase()] ?? text);

/** Sources are web addresses separated by spaces; each is checked as the API checks a source link. */
const sourceLinksOf = (text: string | undefined) => text?.split(/\s+/).map((url) => ({ url }));

/** The field codes the API's request class gives these values (its own rules: lengths, dates, ranges). */
function apiFieldErrors(dto: ClassConstructor<object>, plain: object): Record<string, FieldErrorCode> {
  return fieldErrorsOf(validateSync(plainToInstance(dto, plain), { whitelist: true, forbidNonWhitelisted: true }));
}

/**
 * Errors of the API's request class first: a rule of the service says nothing sensible about a field that
 * could not be read (nor about `alsoUnreadable`, fields the file wrote in a form the API does not have).
 */
function addApiErrors(
  errors: RowErrors,
  fieldErrors: Record<string, FieldErrorCode>,
  ruleErrors: Record<string, FieldErrorCode>,
  alsoUnreadable: string[] = [],
) {
  const unreadable = new Set([...alsoUnreadable, ...Object.keys(fieldErrors).map((path) => path.split('.')[0])]);
  errors.addFields(
    Object.fromEntries(Object.entries(ruleErrors).filter(([path]) => !unreadable.has(path.split('.')[0]))),
  );
  errors.addFields(fieldErrors);
}

/** The longest commitment reference (an article, an annex and its paragraph). */
const REFERENCE_MAX_LENGTH = 200;

function checkCommitment(values: RowValues, context: ImportContext): CheckedRow {
  const errors = new RowErrors(values);
  errors.required('reference', 'title', 'pillar');
  const reference = textOf(values, 'reference', errors);
  const pillar = textOf(values, 'pillar', errors);
  const parties = listOf(textOf(values, 'parties', errors));
  const fields = {
    title: textOf(values, 'title', errors),
    text: textOf(values, 'text', errors),
    deadline: textOf(values, 'deadline', errors),
    deadlineNote: textOf(values, 'deadlineNote', errors),
  };
  errors.addFields(apiFieldErrors(UpdateCommitmentDto, fields));
  if (reference && reference.length > REFERENCE_MAX_LENGTH) errors.add('reference', 'maxLength');
  if (pillar && !context.pillars.has(pillar)) errors.add('pillar', FieldError.UnknownPillar);
  if (parties.some((party) => !context.parties.includes(party))) errors.add('parties', FieldError.UnknownParty);
  return {
    errors: errors.list,
    staged: {
      reference: reference ?? null,
      title: fields.title ?? null,
      pillar: pillar ?? null,
      parties,
      text: fields.text ?? '',
      deadline: fields.deadline ?? null,
      deadline_note: fields.deadlineNote ?? null,
    },
  };
}

function checkMilestone(values: RowValues, context: ImportContext): CheckedRow {
  const errors = new RowErrors(values);
  errors.required('commitment', 'title');
  const commitment = commitmentKey(values, errors);
  const regions = listOf(textOf(values, 'regions', errors));
  const fields = {
    title: textOf(values, 'title', errors),
    description: textOf(values, 'description', errors),
    dueDate: textOf(values, 'dueDate', errors),
    confidential: booleanOrText(textOf(values, 'confidential', errors)),
  };
  errors.addFields(apiFieldErrors(UpdateMilestoneDto, fields));
  if (fields.confidential === true && !context.access.seesConfidential) {
    errors.add('confidential', FieldError.ConfidentialNotAllowed);
  }
  if (regions.some((region) => !context.regions.includes(region))) errors.add('regions', FieldError.UnknownRegion);
  return {
    errors: errors.list,
    staged: {
      ...commitment,
      title: fields.title ?? null,
      description: fields.description ?? null,
      due_date: fields.dueDate ?? null,
      confidential: fields.confidential === true,
      regions,
    },
  };
}

/** How a row names a commitment: its reference, and its title where several commitments share the reference. */
const commitmentKey = (values: RowValues, errors: RowErrors) => ({
  commitment: textOf(values, 'commitment', errors) ?? null,
  commitment_title: textOf(values, 'commitmentTitle', errors) ?? null,
});

function checkStatusUpdate(values: RowValues, context: ImportContext): CheckedRow {
  const errors = new RowErrors(values);
  errors.required('commitment', 'milestone');
  const keys = { ...commitmentKey(values, errors), milestone: textOf(values, 'milestone', errors) ?? null };
  const input = {
    effectiveDate: textOf(values, 'effectiveDate', errors),
    level: numberOrText(textOf(values, 'level', errors)),
    operationalStatus: textOf(values, 'status', errors),
    narrative: textOf(values, 'narrative', errors),
    sourceLinks: sourceLinksOf(textOf(values, 'sources', errors)),
    confidential: booleanOrText(textOf(values, 'confidential', errors)),
  };
  const levelPamScore = typeof input.level === 'number' ? (context.levels.get(input.level) ?? null) : null;
  addApiErrors(
    errors,
    apiFieldErrors(CreateStatusUpdateDto, input),
    statusUpdateRuleErrors(
      input as CreateStatusUpdateDto,
      { signedOn: context.signedOn, levelPamScore, resubmittable: null },
      context.access,
    ),
  );
  return {
    errors: errors.list,
    staged: {
      ...keys,
      effective_date: input.effectiveDate ?? null,
      level: typeof input.level === 'number' ? input.level : null,
      pam_score: levelPamScore,
      operational_status: input.operationalStatus ?? null,
      narrative: input.narrative ?? null,
      source_links: input.sourceLinks ?? [],
      confidential: input.confidential === true,
    },
  };
}

const ALL_DIMENSIONS = Object.values(IndicatorDimension);

function checkIndicatorValue(values: RowValues, context: ImportContext): CheckedRow {
  const errors = new RowErrors(values);
  errors.required('indicator');
  const code = textOf(values, 'indicator', errors);
  const indicator = code === undefined ? undefined : context.indicators.get(code);
  if (code !== undefined && !indicator) errors.add('indicator', FieldError.UnknownIndicator);
  const cellsText = textOf(values, 'cells', errors);
  const cells = cellsText === undefined ? undefined : parseImportCells(cellsText);
  if (cells === null) errors.add('cells', FieldError.InvalidCells);
  const input = {
    asOf: textOf(values, 'asOf', errors),
    total: numberOrText(textOf(values, 'total', errors)),
    cells: cells ?? undefined,
    note: textOf(values, 'note', errors),
    sourceLinks: sourceLinksOf(textOf(values, 'sources', errors)),
    confidential: booleanOrText(textOf(values, 'confidential', errors)),
  };
  addApiErrors(
    errors,
    apiFieldErrors(CreateIndicatorValueDto, input),
    indicatorValueRuleErrors(
      { ...input, total: typeof input.total === 'number' ? input.total : undefined } as CreateIndicatorValueDto,
      {
        signedOn: context.signedOn,
        // An unknown indicator is reported as such, not as cells split the wrong way.
        dimensions: indicator?.dimensions ?? ALL_DIMENSIONS,
        parties: [...context.parties],
        regions: [...context.regions],
      },
      context.access,
    ),
    // Unreadable cells are reported as such, not as a value that has neither total nor cells.
    cells === null ? ['cells', 'total'] : [],
  );
  const total = typeof input.total === 'number' ? input.total : input.cells ? cellsTotal(input.cells) : null;
  return {
    errors: errors.list,
    staged: {
      indicator_id: indicator?.id ?? null,
      as_of: input.asOf ?? null,
      total,
      note: input.note ?? null,
      source_links: input.sourceLinks ?? [],
      confidential: input.confidential === true,
      cells: input.cells ?? [],
    },
  };
}

/** Checks one row of a kind against the rules the API applies to the same item. */
export const CHECK_ROW: Readonly<Record<ImportKind, (values: RowValues, context: ImportContext) => CheckedRow>> = {
  [ImportKind.Commitments]: checkCommitment,
  [ImportKind.Milestones]: checkMilestone,
  [ImportKind.StatusUpdates]: checkStatusUpdate,
  [ImportKind.IndicatorValues]: checkIndicatorValue,
};
