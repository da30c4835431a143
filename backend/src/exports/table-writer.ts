import { ExportFormat } from '@accord/shared';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EXCEL_CELL_MAX_CHARS, neutralised } from '../common/spreadsheet-text';

/** How a column's values are written: XLSX cells of that type, CSV text in a fixed form. */
export type ColumnType = 'text' | 'number' | 'date' | 'datetime' | 'boolean';

export interface TableColumn {
  header: string;
  type: ColumnType;
  /** Characters wide, in the XLSX sheet. */
  width: number;
}

export interface TableShape {
  /** The XLSX sheet's name (at most 31 characters, none of []:*?/\). */
  name: string;
  columns: readonly TableColumn[];
}

/**
 * Writes tables to a stream, one row at a time, waiting while the stream is full: memory does not grow
 * with the number of rows. Values are as the database gives them: text, numbers, `yyyy-mm-dd` for dates,
 * Date for times, booleans; null for none.
 */
export interface TableWriter {
  startTable(table: TableShape): Promise<void>;
  writeRow(values: readonly unknown[]): Promise<void>;
  /** Ends the file and the stream. */
  finish(): Promise<void>;
}

const utcDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/** Rejects with the signal's reason once it aborts. */
const aborted = (signal: AbortSignal) =>
  new Promise<never>((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

/** A writer of `format` into `output`; waiting for room in the stream ends (rejects) when `signal` aborts. */
export function createTableWriter(format: ExportFormat, output: Writable, signal: AbortSignal): TableWriter {
  return format === ExportFormat.Csv ? new CsvWriter(output, signal) : new XlsxWriter(output, signal);
}

/**
 * CSV as RFC 4180 has it (CRLF between records, fields quoted when they hold a comma, a quote or a line
 * break), in UTF-8 with a byte order mark so that Excel reads accents and Arabic script right. One table.
 */
class CsvWriter implements TableWriter {
  private readonly stringifier = stringify({ bom: true, record_delimiter: 'windows' });
  private readonly piped: Promise<void>;
  private columns: readonly TableColumn[] = [];

  constructor(
    output: Writable,
    private readonly signal: AbortSignal,
  ) {
    this.piped = pipeline(this.stringifier, output, { signal });
    // Seen by `finish`; not a rejection nobody handles meanwhile.
    this.piped.catch(() => undefined);
  }

  async startTable(table: TableShape): Promise<void> {
    if (this.columns.length > 0) throw new Error('A CSV file holds one table');
    this.columns = table.columns;
    await this.write(table.columns.map((column) => column.header));
  }

  writeRow(values: readonly unknown[]): Promise<void> {
    return this.write(values.map((value, index) => csvText(this.columns[index].type, value)));
  }

  async finish(): Promise<void> {
    this.stringifier.end();
    await this.piped;
  }

  private async write(record: string[]): Promise<void> {
    if (!this.stringifier.write(record)) await once(this.stringifier, 'drain', { signal: this.signal });
  }
}

function csvText(type: ColumnType, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (type) {
    case 'text':
      return neutralised(String(value));
    case 'datetime':
      return (value as Date).toISOString();
    default:
      return String(value);
  }
}

const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = {
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

/**
 * XLSX through exceljs's streaming writer: one sheet per table, typed cells (dates as dates, numbers as
 * numbers), a frozen header row with an autofilter. Rows are written out as they are added. Text longer
 * than a cell holds is cut, saying so (see fitsXlsxCell); CSV keeps it whole.
 */
class XlsxWriter implements TableWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private sheet?: ExcelJS.Worksheet;
  private columns: readonly TableColumn[] = [];

  constructor(
    private readonly output: Writable,
    private readonly signal: AbortSignal,
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: true,
      useSharedStrings: false,
    });
  }

  async startTable(table: TableShape): Promise<void> {
    this.sheet?.commit();
    this.columns = table.columns;
    const sheet = this.workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({
      header: column.header,
      width: column.width,
      style: NUMBER_FORMATS[column.type] ? { numFmt: NUMBER_FORMATS[column.type] } : {},
    }));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.commit();
    this.sheet = sheet;
    await this.drained();
  }

  async writeRow(values: readonly unknown[]): Promise<void> {
    if (!this.sheet) throw new Error('writeRow before startTable');
    this.sheet.addRow(values.map((value, index) => xlsxValue(this.columns[index].type, value))).commit();
    await this.drained();
  }

  async finish(): Promise<void> {
    this.sheet?.commit();
    // The workbook waits for its stream to finish, which a failed storing never lets it do.
    const committed = this.workbook.commit();
    committed.catch(() => undefined);
    await Promise.race([committed, aborted(this.signal)]);
  }

  /**
   * exceljs writes a sheet's XML into the zip without waiting for it (its stream ignores backpressure), so
   * the rows wait here: while the zip's input for the sheet (the stream the sheet is piped to) is full, as
   * compressing is slower than writing rows, and while the file is being stored.
   */
  private async drained(): Promise<void> {
    const sheetStream = (this.sheet as unknown as { stream?: { pipes?: Writable[] } } | undefined)?.stream;
    for (const stream of [...(sheetStream?.pipes ?? []), this.output]) {
      if (needsDrain(stream)) await once(stream, 'drain', { signal: this.signal });
    }
  }
}

/**
 * Whether `stream` asked its writer to wait for 'drain'. The zip's streams come from the readable-stream
 * package (version 2), which keeps that state but has no `writableNeedDrain`.
 */
const needsDrain = (stream: Writable) =>
  stream.writableNeedDrain ??
  (stream as unknown as { _writableState?: { needDrain?: boolean } })._writableState?.needDrain;

/**
 * Text cut to what an Excel cell holds, with a visible note of the cut: the CSV export has it whole.
 * A character written as two code units (an emoji) is never cut in half.
 */
export function fitsXlsxCell(text: string): string {
  if (text.length <= EXCEL_CELL_MAX_CHARS) return text;
  const marker = `… [truncated: ${text.length.toLocaleString('en')} characters; the CSV export has the full text]`;
  let end = EXCEL_CELL_MAX_CHARS - marker.length;
  if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--;
  return text.slice(0, end) + marker;
}

function xlsxValue(type: ColumnType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'text':
      // A line break in a cell is LF for Excel; XML would read a CR as one anyway.
      return fitsXlsxCell(neutralised(String(value)).replace(/\r\n?/g, '\n'));
    case 'date':
      return utcDay(String(value));
    default:
      return value;
  }
}
