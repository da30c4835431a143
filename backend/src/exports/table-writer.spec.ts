import { ExportFormat } from '@accord/shared';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { EXCEL_CELL_MAX_CHARS } from '../common/spreadsheet-text';
import { createTableWriter, fitsXlsxCell, TableShape } from './table-writer';

const UPDATES: TableShape = {
  name: 'Updates',
  columns: [
    { header: 'Narrative', type: 'text', width: 30 },
    { header: 'Level', type: 'number', width: 8 },
    { header: 'Effective date', type: 'date', width: 12 },
    { header: 'Recorded at', type: 'datetime', width: 20 },
    { header: 'Confidential', type: 'boolean', width: 8 },
  ],
};
const RECORDED = new Date('2019-02-22T09:30:15.250Z');
const ROWS = [
  ['Sites chosen, "half" of them\r\nin the North', 2, '2019-02-22', RECORDED, false],
  ['=HYPERLINK("https://evil.example")', -1.5, null, null, true],
  ['réintégration — إعادة الإدماج', null, '2015-06-20', RECORDED, null],
];

/** What a writer writes of `tables` (each with `rows`). */
async function written(
  format: ExportFormat,
  tables: TableShape[] = [UPDATES],
  rows: readonly (readonly unknown[])[] = ROWS,
): Promise<Buffer> {
  const output = new PassThrough();
  const content = buffer(output);
  const writer = createTableWriter(format, output, new AbortController().signal);
  for (const table of tables) {
    await writer.startTable(table);
    for (const row of rows) await writer.writeRow(row);
  }
  await writer.finish();
  return content;
}

describe('the CSV writer', () => {
  it('writes UTF-8 with a byte order mark, CRLF records, RFC 4180 quoting and inert formulas', async () => {
    const csv = await written(ExportFormat.Csv);
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.subarray(3).toString('utf8')).toBe(
      'Narrative,Level,Effective date,Recorded at,Confidential\r\n' +
        '"Sites chosen, ""half"" of them\r\nin the North",2,2019-02-22,2019-02-22T09:30:15.250Z,false\r\n' +
        '"\'=HYPERLINK(""https://evil.example"")",-1.5,,,true\r\n' +
        'réintégration — إعادة الإدماج,,2015-06-20,2019-02-22T09:30:15.250Z,\r\n',
    );
  });

  it('holds one table', async () => {
    const writer = createTableWriter(ExportFormat.Csv, new PassThrough(), new AbortController().signal);
    await writer.startTable(UPDATES);
    await expect(writer.startTable(UPDATES)).rejects.toThrow('A CSV file holds one table');
  });

  it('waits while its stream is full, and stops waiting when the job is aborted', async () => {
    const output = new PassThrough(); // never read
    const abort = new AbortController();
    const writer = createTableWriter(ExportFormat.Csv, output, abort.signal);
    await writer.startTable(UPDATES);
    let rows = 0;
    const writing = (async () => {
      for (;;) {
        await writer.writeRow(ROWS[0]);
        rows++;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const rowsWhenFull = rows;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rows).toBe(rowsWhenFull);
    // Bounded: a few buffers' worth of rows, not an ever-growing queue.
    expect(rowsWhenFull).toBeLessThan(2000);
    abort.abort(new Error('interrupted'));
    await expect(writing).rejects.toThrow();
  });
});

describe('the XLSX writer', () => {
  it('writes typed cells in a sheet per table, with a frozen header row and an autofilter', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await written(ExportFormat.Xlsx, [UPDATES, { ...UPDATES, name: 'Again' }])) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Updates', 'Again']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBe('A1:E1');
      expect(sheet.getRow(1).font).toMatchObject({ bold: true });
      const values = [1, 2, 3, 4].map((row) =>
        [1, 2, 3, 4, 5].map((column) => sheet.getCell(row, column).value ?? null),
      );
      expect(values).toEqual([
        ['Narrative', 'Level', 'Effective date', 'Recorded at', 'Confidential'],
        // A line break in a cell is LF, as Excel has it.
        ['Sites chosen, "half" of them\nin the North', 2, new Date('2019-02-22T00:00:00Z'), RECORDED, false],
        ['\'=HYPERLINK("https://evil.example")', -1.5, null, null, true],
        ['réintégration — إعادة الإدماج', null, new Date('2015-06-20T00:00:00Z'), RECORDED, null],
      ]);
      expect(sheet.getCell(2, 3).numFmt).toBe('yyyy-mm-dd');
      expect(sheet.getCell(2, 4).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    }
  });
});

describe('text longer than an Excel cell holds (32,767 characters)', () => {
  // 46,000 characters: as long as a status update's sources can get.
  const long = 'a'.repeat(45_992) + 'the end.';
  const MARKER = '… [truncated: 46,000 characters; the CSV export has the full text]';
  const row = [long, 1, null, null, null];

  it('is cut in XLSX to 32,767 characters, ending with a note that says so', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await written(ExportFormat.Xlsx, [UPDATES], [row])) as never);
    const cell = workbook.worksheets[0].getCell(2, 1).value as string;
    expect(cell).toHaveLength(32_767);
    expect(cell).toBe('a'.repeat(32_767 - MARKER.length) + MARKER);
  });

  it('is whole in CSV', async () => {
    const csv = (await written(ExportFormat.Csv, [UPDATES], [row])).subarray(3).toString('utf8');
    expect(csv).toBe(`Narrative,Level,Effective date,Recorded at,Confidential\r\n${long},1,,,\r\n`);
  });

  it('is left as it is up to the limit', () => {
    const full = 'é'.repeat(EXCEL_CELL_MAX_CHARS);
    expect(fitsXlsxCell(full)).toBe(full);
    expect(fitsXlsxCell(`${full}!`)).toHaveLength(EXCEL_CELL_MAX_CHARS);
  });

  it('never cuts a character written as two code units in half', () => {
    const marker = '… [truncated: 40,001 characters; the CSV export has the full text]';
    // The cut falls between the two halves of the emoji: it goes before it.
    const cutAt = EXCEL_CELL_MAX_CHARS - marker.length;
    const text = 'x'.repeat(cutAt - 1) + '😀' + 'y'.repeat(40_001 - cutAt - 1);
    expect(text).toHaveLength(40_001);
    expect(fitsXlsxCell(text)).toBe('x'.repeat(cutAt - 1) + marker);
  });
});
