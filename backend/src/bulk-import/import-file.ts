import { ImportFileFormat } from '@accord/shared';
import { parse } from 'csv-parse';
import { stream as excelStream } from 'exceljs';
import { Readable } from 'node:stream';

/** One row of a file as a spreadsheet shows it: its number (the header is 1) and its cells as text. */
export interface FileRow {
  row: number;
  cells: string[];
}

/** The file cannot be read past `row` (broken quoting, a damaged workbook). */
export class UnreadableFileError extends Error {
  constructor(readonly row: number) {
    super(`The file cannot be read at row ${row}`);
  }
}

/** XLSX files are ZIP archives; anything else is read as CSV. */
export const formatOf = (content: Buffer): ImportFileFormat =>
  content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ? ImportFileFormat.Xlsx : ImportFileFormat.Csv;

const CHUNK_BYTES = 64 * 1024;

/** The file in chunks, reporting how many bytes were handed on (the reading is most of an import's time). */
function chunksOf(content: Buffer, onBytes: (done: number, total: number) => void): Readable {
  return Readable.from(
    (function* () {
      for (let start = 0; start < content.length; start += CHUNK_BYTES) {
        const chunk = content.subarray(start, start + CHUNK_BYTES);
        onBytes(start + chunk.length, content.length);
        yield chunk;
      }
    })(),
  );
}

/**
 * The rows of a CSV or XLSX file, streamed (the file is never turned into one array of rows). Every row
 * is given, blank ones too, so that numbers match what a spreadsheet shows. Throws UnreadableFileError.
 */
export function readFileRows(
  content: Buffer,
  onBytes: (done: number, total: number) => void = () => undefined,
): AsyncIterable<FileRow> {
  return formatOf(content) === ImportFileFormat.Xlsx
    ? xlsxRows(chunksOf(content, onBytes))
    : csvRows(chunksOf(content, onBytes), delimiterOf(content));
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
  const parser = source.pipe(parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }));
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row++;
      yield { row, cells };
    }
  } catch (error) {
    // The parser runs ahead of the rows handed on: its own count of records says where it stopped.
    const parsed = (error as { records?: unknown }).records;
    throw new UnreadableFileError((typeof parsed === 'number' ? parsed : row) + 1);
  }
}

/** The first worksheet's rows, cells as text (dates as yyyy-mm-dd); other worksheets (the template's help) are skipped. */
async function* xlsxRows(source: Readable): AsyncIterable<FileRow> {
  const workbook = new excelStream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell which numbers are dates.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let row = 1;
  let first = true;
  try {
    for await (const worksheet of workbook) {
      for await (const sheetRow of worksheet) {
        if (!first) continue;
        // Blank rows are not stored in a worksheet: they are given as such, to keep the numbering.
        for (; row < sheetRow.number; row++) yield { row, cells: [] };
        const values = Array.isArray(sheetRow.values) ? sheetRow.values.slice(1) : [];
        yield { row, cells: Array.from(values, cellText) };
        row++;
      }
      first = false;
    }
  } catch {
    throw new UnreadableFileError(row);
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
