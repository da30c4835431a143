import { FieldError, FieldErrorCode, ImportFileFormat } from '@accord/shared';
import { parse } from 'csv-parse';
import { stream as excelStream } from 'exceljs';
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { EXCEL_CELL_MAX_CHARS } from '../common/spreadsheet-text';
import { ArchiveRefused, chunksOf, SPREADSHEET_MAX_COLUMNS, storedArchive, workbookParts } from './xlsx-archive';

/** One row of a file as a spreadsheet shows it: its number (the header is 1) and its cells as text. */
export interface FileRow {
  row: number;
  cells: string[];
}

/** Excel's last row: no file is read past it (the header included), CSV or XLSX. */
export const FILE_MAX_ROWS = 1_048_576;
/** The longest CSV record (a row, its line breaks in quotes included), in characters. */
const CSV_RECORD_MAX_CHARS = 1024 * 1024;
/** Rows handed on between two turns of the event loop: reading a file must not hold the server. */
const ROWS_PER_TURN = 2_000;

/**
 * The file cannot be read past `row`: it is damaged (broken quoting, a damaged workbook), or goes past a
 * bound (`code`: tooManyRows, cellTooLong, workbookTooLarge).
 */
export class UnreadableFileError extends Error {
  constructor(
    readonly row: number,
    readonly code: FieldErrorCode = FieldError.UnreadableFile,
  ) {
    super(`The file cannot be read at row ${row}: ${code}`);
  }
}

/** XLSX files are ZIP archives; anything else is read as CSV. */
export const formatOf = (content: Buffer): ImportFileFormat =>
  content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ? ImportFileFormat.Xlsx : ImportFileFormat.Csv;

/**
 * The rows of a CSV or XLSX file, streamed (the file is never turned into one array of rows). Every row
 * of a CSV file is given, blank ones too, and every row a worksheet stores (a blank header too), numbered
 * as a spreadsheet shows them. Throws UnreadableFileError.
 */
export async function* readFileRows(
  content: Buffer,
  onBytes: (done: number, total: number) => void = () => undefined,
): AsyncGenerator<FileRow> {
  const rows =
    formatOf(content) === ImportFileFormat.Xlsx
      ? xlsxRows(content, onBytes)
      : csvRows(
          chunksOf(content, (end) => onBytes(end, content.length)),
          delimiterOf(content),
        );
  let handedOn = 0;
  for await (const fileRow of rows) {
    if (fileRow.row > FILE_MAX_ROWS) throw new UnreadableFileError(fileRow.row, FieldError.TooManyRows);
    if (fileRow.cells.length > SPREADSHEET_MAX_COLUMNS) throw new UnreadableFileError(fileRow.row);
    if (fileRow.cells.some((cell) => cell.length > EXCEL_CELL_MAX_CHARS)) {
      throw new UnreadableFileError(fileRow.row, FieldError.CellTooLong);
    }
    yield fileRow;
    if (++handedOn % ROWS_PER_TURN === 0) await nextTurn();
  }
}

/**
 * Whether the file is refused before any row is read (an XLSX archive past the bounds, or unreadable):
 * such a file is answered at once rather than queued.
 */
export function refusedWhole(content: Buffer): boolean {
  if (formatOf(content) !== ImportFileFormat.Xlsx) return false;
  try {
    workbookParts(content);
    return false;
  } catch {
    return true;
  }
}

/**
 * The delimiter the header line uses: a comma, or the semicolon (or tab) spreadsheets write in locales
 * whose decimal mark is a comma. Column names hold none of them.
 */
export function delimiterOf(content: Buffer): string {
  const header = content.subarray(0, Math.min(content.length, 4096)).toString('utf8').split(/\r?\n/, 1)[0];
  const count = (delimiter: string) => header.split(delimiter).length;
  return [';', '\t'].find((delimiter) => count(delimiter) > count(',')) ?? ',';
}

async function* csvRows(source: Readable, delimiter: string): AsyncIterable<FileRow> {
  const parser = source.pipe(
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: CSV_RECORD_MAX_CHARS,
    }),
  );
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row++;
      yield { row, cells };
    }
  } catch (error) {
    // The parser runs ahead of the rows handed on: its own count of records says where it stopped.
    const { records, code } = error as { records?: unknown; code?: unknown };
    throw new UnreadableFileError(
      (typeof records === 'number' ? records : row) + 1,
      code === 'CSV_MAX_RECORD_SIZE' ? FieldError.CellTooLong : FieldError.UnreadableFile,
    );
  }
}

/**
 * The first worksheet's rows, cells as text (dates as yyyy-mm-dd); other worksheets (the template's help)
 * are not read. The archive is checked and unpacked by xlsx-archive.ts, within its bounds.
 */
async function* xlsxRows(content: Buffer, onBytes: (done: number, total: number) => void): AsyncIterable<FileRow> {
  /** The last row handed on. */
  let row = 0;
  try {
    const archive = storedArchive(content, workbookParts(content), onBytes);
    // exceljs is not told when its source fails (it would wait for more bytes for ever): every wait on it
    // also ends when the archive is refused.
    const refused = new Promise<never>((_resolve, reject) => archive.once('error', reject));
    refused.catch(() => undefined);
    const workbook = new excelStream.xlsx.WorkbookReader(archive, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      // Styles tell which numbers are dates.
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    const worksheet = await Promise.race([workbook[Symbol.asyncIterator]().next(), refused]);
    if (worksheet.done) return;
    const sheetRows = worksheet.value[Symbol.asyncIterator]();
    for (;;) {
      const next = await Promise.race([sheetRows.next(), refused]);
      if (next.done) return;
      const sheetRow = next.value;
      if (!(sheetRow.number > row)) throw new UnreadableFileError(row + 1);
      // A worksheet stores no blank row: the numbers jump over them. A blank header is given as such.
      if (row === 0 && sheetRow.number > 1) yield { row: 1, cells: [] };
      row = sheetRow.number;
      const values = Array.isArray(sheetRow.values) ? sheetRow.values.slice(1) : [];
      yield { row, cells: Array.from(values, cellText) };
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(row + 1, error instanceof ArchiveRefused ? error.code : FieldError.UnreadableFile);
  }
}

/** A worksheet cell as the text a CSV would hold. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  const cell = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
  if (cell.richText) return cell.richText.map((run) => run.text).join('');
  if ('result' in cell) return cellText(cell.result);
  if ('text' in cell) return cellText(cell.text);
  return cell.error ?? '';
}
