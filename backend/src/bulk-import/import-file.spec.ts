import { Workbook } from 'exceljs';
import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { EXCEL_CELL_MAX_CHARS } from '../common/spreadsheet-text';
import {
  cellText,
  delimiterOf,
  FILE_MAX_ROWS,
  FileRow,
  readFileRows,
  refusedWhole,
  UnreadableFileError,
} from './import-file';
import { SHARED_STRINGS_MAX_COUNT, XLSX_MAX_UNPACKED_BYTES } from './xlsx-archive';

// The bounds are tried with millions of rows and strings: seconds of work, more when the three projects'
// specs share two cores.
jest.setTimeout(60_000);

async function rowsOf(content: Buffer): Promise<FileRow[]> {
  const rows: FileRow[] = [];
  for await (const row of readFileRows(content)) rows.push(row);
  return rows;
}

describe('reading an import file', () => {
  it('numbers CSV rows as a spreadsheet does: blank rows count, a quoted line break does not', async () => {
    const csv = '\uFEFFa,b\n1,"two\nlines"\n\n3,4\n';
    expect(await rowsOf(Buffer.from(csv))).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', 'two\nlines'] },
      { row: 3, cells: [''] },
      { row: 4, cells: ['3', '4'] },
    ]);
  });

  it('reads the delimiter of the header: a comma, or the semicolon of comma-decimal locales', async () => {
    expect(delimiterOf(Buffer.from('a,b,c\n'))).toBe(',');
    expect(delimiterOf(Buffer.from('a;b;c\r\n1,5;2;3'))).toBe(';');
    expect(delimiterOf(Buffer.from('a\tb\n'))).toBe('\t');
    expect(await rowsOf(Buffer.from('a;b\n"GOV; CMA";2,5\n'))).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['GOV; CMA', '2,5'] },
    ]);
  });

  it('names the row where a CSV file stops being readable', async () => {
    await expect(rowsOf(Buffer.from('a,b\n1,2\n3,"4"x\n'))).rejects.toEqual(new UnreadableFileError(3));
  });

  it('reads the first worksheet of an XLSX file as text, dates as days, blank rows skipped in the numbering', async () => {
    const workbook = new Workbook();
    const data = workbook.addWorksheet('data');
    data.getRow(1).values = ['effectiveDate', 'level', 'narrative'];
    data.getRow(2).values = [new Date(Date.UTC(2020, 0, 31)), 2, { richText: [{ text: 'Rich ' }, { text: 'text' }] }];
    data.getRow(4).values = ['2021-02-01', { formula: '1+1', result: 2 }, true];
    workbook.addWorksheet('columns').getRow(1).values = ['not', 'data'];
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await rowsOf(content)).toEqual([
      { row: 1, cells: ['effectiveDate', 'level', 'narrative'] },
      { row: 2, cells: ['2020-01-31', '2', 'Rich text'] },
      { row: 4, cells: ['2021-02-01', '2', 'true'] },
    ]);
  });

  it('takes a damaged XLSX file for unreadable', async () => {
    const zipStart = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    await expect(rowsOf(zipStart)).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it('gives worksheet cells the text a CSV would hold', () => {
    expect([
      cellText(null),
      cellText(12.5),
      cellText({ text: 'link', hyperlink: 'https://x.org' }),
      cellText({ error: '#N/A' }),
    ]).toEqual(['', '12.5', 'link', '#N/A']);
  });
});

interface ZipEntry {
  name: string;
  data: Buffer;
  stored?: boolean;
  /** What the archive's directory says the entry unpacks to, when it lies. */
  declaredSize?: number;
}

/** A record of `length` bytes holding little-endian numbers: [offset, value, bytes]. */
function record(length: number, fields: readonly (readonly [number, number, 2 | 4])[]): Buffer {
  const bytes = Buffer.alloc(length);
  for (const [offset, value, size] of fields) {
    if (size === 2) bytes.writeUInt16LE(value, offset);
    else bytes.writeUInt32LE(value, offset);
  }
  return bytes;
}

/** A ZIP archive of the entries, deflated unless stored, as spreadsheets write them (no data descriptors). */
function zip(entries: readonly ZipEntry[]): Buffer {
  const files: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const data = entry.stored ? entry.data : deflateRawSync(entry.data);
    const method = entry.stored ? 0 : 8;
    const size = entry.declaredSize ?? entry.data.length;
    const local = record(30, [
      [0, 0x04034b50, 4],
      [4, 20, 2],
      [8, method, 2],
      [18, data.length, 4],
      [22, size, 4],
      [26, name.length, 2],
    ]);
    const listed = record(46, [
      [0, 0x02014b50, 4],
      [4, 20, 2],
      [6, 20, 2],
      [10, method, 2],
      [20, data.length, 4],
      [24, size, 4],
      [28, name.length, 2],
      [42, offset, 4],
    ]);
    files.push(local, name, data);
    directory.push(listed, name);
    offset += 30 + name.length + data.length;
  }
  const listing = Buffer.concat(directory);
  const end = record(22, [
    [0, 0x06054b50, 4],
    [8, entries.length, 2],
    [10, entries.length, 2],
    [12, listing.length, 4],
    [16, offset, 4],
  ]);
  return Buffer.concat([...files, listing, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A row of inline strings in columns A, B, ... */
const sheetRow = (number: number, ...texts: string[]) =>
  `<row r="${number}">${texts
    .map(
      (text, index) => `<c r="${String.fromCharCode(65 + index)}${number}" t="inlineStr"><is><t>${text}</t></is></c>`,
    )
    .join('')}</row>`;

/** An XLSX file of one worksheet (its XML given) and other entries (shared strings, padding...). */
function workbookOf(worksheet: Partial<ZipEntry> & { data: Buffer }, others: ZipEntry[] = []): Buffer {
  return zip([
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
          '</Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
          '<sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    ...others,
    { name: 'xl/worksheets/sheet1.xml', ...worksheet },
  ]);
}

const sheetXml = (rows: string, head = '') =>
  Buffer.from(`<worksheet xmlns="${MAIN}">${head}<sheetData>${rows}</sheetData></worksheet>`);

/** The error reading stops with: its row and code. */
async function refusal(content: Buffer): Promise<{ row: number; code: string }> {
  try {
    const rows = readFileRows(content);
    while (!(await rows.next()).done);
  } catch (error) {
    if (error instanceof UnreadableFileError) return { row: error.row, code: error.code };
    throw error;
  }
  throw new Error('The file was read whole');
}

describe('the bounds of an import file', () => {
  it('reads a worksheet written by hand: inline strings, shared strings, its first row blank', async () => {
    const strings = `<sst xmlns="${MAIN}"><si><t>shared</t></si></sst>`;
    const content = workbookOf(
      { data: sheetXml(`${sheetRow(2, 'a', 'b')}<row r="5"><c r="B5" t="s"><v>0</v></c></row>`) },
      [{ name: 'xl/sharedStrings.xml', data: Buffer.from(strings) }],
    );
    expect(await rowsOf(content)).toEqual([
      { row: 1, cells: [] },
      { row: 2, cells: ['a', 'b'] },
      { row: 5, cells: ['', 'shared'] },
    ]);
  });

  it('jumps over the rows a worksheet does not store rather than giving each as blank', async () => {
    const content = workbookOf({ data: sheetXml(sheetRow(1, 'title') + sheetRow(900_000, 'far')) });
    expect(await rowsOf(content)).toEqual([
      { row: 1, cells: ['title'] },
      { row: 900_000, cells: ['far'] },
    ]);
  });

  it("refuses a row numbered past a spreadsheet's last (1,048,576), XLSX or CSV", async () => {
    const far = workbookOf({ data: sheetXml(sheetRow(1, 'title') + sheetRow(3_000_000, 'x')) });
    expect(far.length).toBeLessThan(1000);
    expect(await refusal(far)).toEqual({ row: 3_000_000, code: 'tooManyRows' });
    expect(await refusal(Buffer.from('title\n' + 'x\n'.repeat(FILE_MAX_ROWS)))).toEqual({
      row: FILE_MAX_ROWS + 1,
      code: 'tooManyRows',
    });
  }, 30_000);

  it('gives the event loop a turn every few thousand rows, blank ones included', async () => {
    let turns = 0;
    let ticker = setImmediate(function tick() {
      turns++;
      ticker = setImmediate(tick);
    });
    try {
      expect(await rowsOf(Buffer.from('\n'.repeat(200_000)))).toHaveLength(200_000);
    } finally {
      clearImmediate(ticker);
    }
    // A turn every 2,000 rows: about 100 (none if the rows were read in one go).
    expect(turns).toBeGreaterThan(50);
  });

  it('refuses a cell over 32,767 characters, and a CSV row over 1 MiB', async () => {
    expect(await refusal(Buffer.from(`a\nshort\n${'x'.repeat(EXCEL_CELL_MAX_CHARS + 1)}\n`))).toEqual({
      row: 3,
      code: 'cellTooLong',
    });
    const wide = Array.from({ length: 40 }, () => 'y'.repeat(30_000)).join(',');
    expect(await refusal(Buffer.from(`a\n${wide}\n`))).toEqual({ row: 2, code: 'cellTooLong' });
    const long = workbookOf({ data: sheetXml(sheetRow(1, 'a') + sheetRow(2, 'z'.repeat(EXCEL_CELL_MAX_CHARS + 1))) });
    expect(await refusal(long)).toEqual({ row: 2, code: 'cellTooLong' });
  });

  it('refuses a workbook whose directory says it unpacks past 512 MiB, or 100 times its size', async () => {
    const rows = sheetXml(sheetRow(1, 'a'));
    expect(await refusal(workbookOf({ data: rows, declaredSize: XLSX_MAX_UNPACKED_BYTES + 1 }))).toEqual({
      row: 1,
      code: 'workbookTooLarge',
    });
    // 5 MB of rows deflate to some kilobytes.
    const bomb = workbookOf({ data: sheetXml(sheetRow(1, 'a') + '<row r="2"/>'.repeat(400_000)) });
    expect(bomb.length).toBeLessThan(50_000);
    expect(refusedWhole(bomb)).toBe(true);
    expect(await refusal(bomb)).toEqual({ row: 1, code: 'workbookTooLarge' });
  });

  it('counts the bytes it unpacks: a part larger than its directory says is refused', async () => {
    const lying = workbookOf({ data: sheetXml(sheetRow(1, 'a') + sheetRow(2, 'b'.repeat(20_000))), declaredSize: 200 });
    expect(refusedWhole(lying)).toBe(false);
    expect(await refusal(lying)).toEqual({ row: 1, code: 'workbookTooLarge' });
  });

  it('bounds the shared strings exceljs keeps in memory: their size and their count', async () => {
    const huge = { name: 'xl/sharedStrings.xml', data: Buffer.from(`<sst xmlns="${MAIN}"/>`), declaredSize: 200e6 };
    expect(await refusal(workbookOf({ data: sheetXml(sheetRow(1, 'a')) }, [huge]))).toEqual({
      row: 1,
      code: 'workbookTooLarge',
    });
    const many = {
      name: 'xl/sharedStrings.xml',
      data: Buffer.from(`<sst xmlns="${MAIN}">${'<si/>'.repeat(SHARED_STRINGS_MAX_COUNT + 1)}</sst>`),
    };
    // Incompressible bytes the import does not read keep the file within the ratio.
    const padding = { name: 'xl/media/padding.bin', data: randomBytes(400_000), stored: true };
    expect(await refusal(workbookOf({ data: sheetXml(sheetRow(1, 'a')) }, [many, padding]))).toEqual({
      row: 1,
      code: 'workbookTooLarge',
    });
  });

  it('refuses a column range past XFD, which exceljs would fill one column at a time', async () => {
    const head = (max: string) => `<cols><col min="1" max="${max}" width="9"/></cols>`;
    expect(await rowsOf(workbookOf({ data: sheetXml(sheetRow(1, 'a'), head('16384')) }))).toEqual([
      { row: 1, cells: ['a'] },
    ]);
    for (const max of ['2000000000', '&#50;000000000'])
      expect(await refusal(workbookOf({ data: sheetXml(sheetRow(1, 'a'), head(max)) }))).toEqual({
        row: 1,
        code: 'unreadableFile',
      });
  });
});
