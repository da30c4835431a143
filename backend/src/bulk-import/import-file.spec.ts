import { Workbook } from 'exceljs';
import { cellText, delimiterOf, FileRow, readFileRows, UnreadableFileError } from './import-file';

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

  it('reads the first worksheet of an XLSX file as text, dates as days, blank rows kept in the numbering', async () => {
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
      { row: 3, cells: [] },
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
