import {
  FieldError,
  FieldErrorCode,
  ImportRowError,
  IMPORT_ERRORS_SHOWN,
  isIsoDate,
  PAX_CODING_MAX_LEVEL,
} from '@accord/shared';
import { readFileRows, UnreadableFileError } from '../bulk-import/import-file';
import { KNOWN_COLUMNS, REQUIRED_COLUMNS, RequiredColumn } from './pax-columns';

/**
 * Reads and checks a PA-X export (pure: no database). The file is streamed row by row (a byte-order mark,
 * CRLF line ends and line breaks inside quoted fields are fine); rows are numbered as a spreadsheet shows
 * them, the header being row 1. A file with any problem is reported whole and none of it is used.
 */

/** Rows one upload takes (PA-X holds some 2,300 agreements). */
export const PAX_MAX_ROWS = 20_000;

/** One agreement of the export, checked. */
export interface PaxRow {
  row: number;
  agtId: number;
  /** `Agt` */
  name: string;
  /** `Con` as given, e.g. `Mali/(Azawad)` */
  country: string;
  /** The countries and entities `Con` names, e.g. `Mali`, `Azawad` */
  countries: string[];
  /** `Dat` as yyyy-mm-dd */
  signedOn: string;
  stage: string;
  /** `Part` and `ThrdPart`, PA-X's free text on the signatories and third parties */
  parties: string;
  thirdParties: string;
  /** Every metadata column of the file (required ones included), under PA-X's spelling of its name. */
  fields: Record<string, string>;
  /** The coding columns coded above 0, with their level. */
  coding: Record<string, number>;
}

export interface PaxFile {
  rows: PaxRow[];
  /** The PA-X coding columns the file has (PA-X's spelling). */
  codingColumns: string[];
  /** Columns the importer does not know: left out. */
  ignoredColumns: string[];
  /** The first IMPORT_ERRORS_SHOWN problems, by row; the file is usable only without any. */
  problems: ImportRowError[];
  problemCount: number;
}

/** A file's header: where each known column is, and what is left out. */
interface Header {
  width: number;
  required: Record<RequiredColumn, number>;
  metadata: [name: string, index: number][];
  coding: [name: string, index: number][];
  ignored: string[];
}

const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const CODING_VALUE = /^(\d+)(?:\.0+)?$/;
/** The largest AgtId: 9 digits (an id column of PostgreSQL's integer type). */
export const PAX_AGT_ID_MAX = 999_999_999;
const POSITIVE_INTEGER = /^[1-9]\d{0,8}$/;
const WEB_ADDRESS = /^https?:\/\/\S+$/i;

export async function readPaxFile(content: Buffer): Promise<PaxFile> {
  const problems = new ProblemList();
  const text = decodeUtf8(content);
  if (text === null) return emptyFile(problems.add(0, '', FieldError.UnreadableFile));
  if (text.includes('\u0000')) return emptyFile(problems.add(0, '', FieldError.InvalidCharacter));

  let header: Header | null = null;
  const rows: PaxRow[] = [];
  const seenIds = new Set<number>();
  try {
    for await (const { row, cells } of readFileRows(content)) {
      if (!header) {
        header = readHeader(cells, problems);
        if (problems.count > 0) break;
        continue;
      }
      if (cells.every((cell) => cell.trim() === '')) continue;
      if (rows.length === PAX_MAX_ROWS) {
        problems.add(0, '', FieldError.TooManyRows);
        break;
      }
      if (cells.length !== header.width) {
        problems.add(row, '', FieldError.FieldCount);
        continue;
      }
      const checked = checkRow(row, cells, header, problems);
      if (!checked) continue;
      if (seenIds.has(checked.agtId)) problems.add(row, 'AgtId', FieldError.DuplicateKey);
      seenIds.add(checked.agtId);
      rows.push(checked);
    }
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    // A quote left open (a file cut off inside a field), text after a closing quote, or past a bound.
    problems.add(error.row, '', error.code);
  }
  if (!header) problems.add(0, '', FieldError.NoRows);
  else if (problems.count === 0 && rows.length === 0) problems.add(0, '', FieldError.NoRows);
  return {
    rows: problems.count === 0 ? rows : [],
    codingColumns: header?.coding.map(([name]) => name) ?? [],
    ignoredColumns: header?.ignored.filter((name) => name !== '') ?? [],
    problems: problems.shown,
    problemCount: problems.count,
  };
}

/** The countries and entities a PA-X country field names: `Mali/(Azawad)` is Mali and Azawad. */
export function countriesOf(country: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  // Slashes inside parentheses belong to the name: "(Rebolusyonaryong ... (RPMP/RPA/ABB))".
  for (const character of country) {
    if (character === '(') depth++;
    if (character === ')') depth = Math.max(0, depth - 1);
    if (character === '/' && depth === 0) {
      names.push(current);
      current = '';
    } else current += character;
  }
  names.push(current);
  return names
    .map((name) =>
      name
        .trim()
        .replace(/^\((.*)\)$/, '$1')
        .trim(),
    )
    .filter((name, index, all) => name !== '' && all.indexOf(name) === index);
}

/** A PA-X date (dd/mm/yyyy, or yyyy-mm-dd as some exports write it) as yyyy-mm-dd, or null. */
export function paxDate(value: string): string | null {
  const match = DAY_MONTH_YEAR.exec(value);
  const iso = match ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : value;
  return isIsoDate(iso) ? iso : null;
}

function readHeader(cells: string[], problems: ProblemList): Header {
  const header: Header = {
    width: cells.length,
    required: {} as Record<RequiredColumn, number>,
    metadata: [],
    coding: [],
    ignored: [],
  };
  const seen = new Set<string>();
  cells.forEach((cell, index) => {
    const known = KNOWN_COLUMNS.get(cell.trim().toLowerCase());
    if (!known) {
      header.ignored.push(cell.trim());
      return;
    }
    if (seen.has(known.name)) problems.add(1, known.name, FieldError.DuplicateColumn);
    seen.add(known.name);
    if (known.category) header.coding.push([known.name, index]);
    else header.metadata.push([known.name, index]);
    if ((REQUIRED_COLUMNS as readonly string[]).includes(known.name)) {
      header.required[known.name as RequiredColumn] = index;
    }
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!seen.has(column)) problems.add(1, column, FieldError.MissingColumn);
  }
  return header;
}

function checkRow(row: number, cells: string[], header: Header, problems: ProblemList): PaxRow | null {
  const before = problems.count;
  const cell = (column: RequiredColumn) => cells[header.required[column]].trim();
  const required = (column: RequiredColumn) => {
    const value = cell(column);
    if (value === '') problems.add(row, column, FieldError.Required);
    return value;
  };
  const fields = Object.fromEntries(header.metadata.map(([name, index]) => [name, cells[index].trim()]));

  const agtIdText = required('AgtId');
  if (agtIdText !== '' && !POSITIVE_INTEGER.test(agtIdText)) problems.add(row, 'AgtId', 'isInt');
  const dateText = required('Dat');
  const signedOn = paxDate(dateText);
  if (dateText !== '' && !signedOn) problems.add(row, 'Dat', 'isDate');
  const link = fields['PAX_Hyperlink'] ?? '';
  if (link !== '' && !WEB_ADDRESS.test(link)) problems.add(row, 'PAX_Hyperlink', 'isUrl');
  const name = required('Agt');
  const country = required('Con');
  const stage = required('Stage');

  const coding: Record<string, number> = {};
  for (const [column, index] of header.coding) {
    const value = cells[index].trim();
    const match = CODING_VALUE.exec(value);
    if (value !== '' && (!match || Number(match[1]) > PAX_CODING_MAX_LEVEL)) {
      problems.add(row, column, FieldError.CodingOutOfRange);
    } else if (match && Number(match[1]) > 0) coding[column] = Number(match[1]);
  }
  if (problems.count > before || !signedOn) return null;
  return {
    row,
    agtId: Number(agtIdText),
    name,
    country,
    countries: countriesOf(country),
    signedOn,
    stage,
    parties: cell('Part'),
    thirdParties: cell('ThrdPart'),
    fields,
    coding,
  };
}

/** Problems in the order found, the first IMPORT_ERRORS_SHOWN kept, all counted. */
class ProblemList {
  readonly shown: ImportRowError[] = [];
  count = 0;

  add(row: number, column: string, code: FieldErrorCode): this {
    this.count++;
    if (this.shown.length < IMPORT_ERRORS_SHOWN) this.shown.push({ row, column, code });
    return this;
  }
}

function emptyFile(problems: ProblemList): PaxFile {
  return { rows: [], codingColumns: [], ignoredColumns: [], problems: problems.shown, problemCount: problems.count };
}

/** The text of a file that is valid UTF-8 (a byte-order mark is fine), or null. */
function decodeUtf8(content: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return null;
  }
}
