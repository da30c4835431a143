import { FieldError } from '@accord/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODING_CATEGORIES, KNOWN_COLUMNS } from './pax-columns';
import { countriesOf, paxDate, readPaxFile } from './pax-csv';

const FIXTURES = join(__dirname, '../../../tests/api/fixtures/pax');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const csv = (...lines: string[]) => Buffer.from(lines.join('\n'));

const HEADER = 'AgtId,Con,Agt,Dat,Stage,Part,ThrdPart';

describe('readPaxFile', () => {
  it('reads the real export: 49 rows, a byte-order mark, line breaks inside quoted fields, no coding column', async () => {
    const file = await readPaxFile(fixture('pax-mali.csv'));
    expect(file.problemCount).toBe(0);
    expect(file.rows).toHaveLength(49);
    expect(file.codingColumns).toEqual([]);
    expect(file.ignoredColumns).toEqual([]);
    const mali = file.rows.find((row) => row.agtId === 1365);
    expect(mali).toMatchObject({
      name: "Accord Pour la Paix et la Reconciliation au Mali - Issu du Processus d'Alger",
      country: 'Mali/(Azawad)',
      countries: ['Mali', 'Azawad'],
      signedOn: '2015-06-20',
      stage: 'SubComp',
      thirdParties: '',
      coding: {},
    });
    expect(mali?.fields['PAX_Hyperlink']).toBe('https://www.peaceagreements.org/agreements/1365/');
    // Row numbers as a spreadsheet shows them: multi-line fields make the file's lines outnumber its rows.
    expect(file.rows.map((row) => row.row)).toEqual(Array.from({ length: 49 }, (_, index) => index + 2));
    expect(file.rows.filter((row) => row.countries.includes('Mali'))).toHaveLength(43);
  });

  it('reads coding columns (1.0 as 1, zeros left out) and lists the columns it does not know', async () => {
    const file = await readPaxFile(fixture('pax-coded.csv'));
    expect(file.problemCount).toBe(0);
    expect(file.codingColumns).toEqual(['PolNewTemp', 'Ce', 'SsrDdr', 'DdrProg', 'ImUN', 'GChRhet', 'TjAm', 'GeWom']);
    expect(file.ignoredColumns).toEqual(['Notes']);
    expect(file.rows.map((row) => row.coding)).toEqual([
      { PolNewTemp: 2, Ce: 1, SsrDdr: 2, DdrProg: 3, ImUN: 1, GChRhet: 1 },
      {},
    ]);
  });

  it('reads CRLF line ends and column names in any case', async () => {
    const file = await readPaxFile(
      Buffer.from('agtid,CON,agt,dat,stage,part,thrdpart\r\n7,Mali,Accord,01/02/2003,Pre,,\r\n'),
    );
    expect(file.problems).toEqual([]);
    expect(file.rows[0]).toMatchObject({ agtId: 7, signedOn: '2003-02-01', fields: { AgtId: '7', Con: 'Mali' } });
  });

  it('names each missing or repeated column on the header row and reads no row', async () => {
    const file = await readPaxFile(csv('AgtId,Con,Agt,Date,Stage,Part,agtid', '1,Mali,A,01/01/2000,Pre,x,1'));
    expect(file.problems).toEqual([
      { row: 1, column: 'AgtId', code: FieldError.DuplicateColumn },
      { row: 1, column: 'Dat', code: FieldError.MissingColumn },
      { row: 1, column: 'ThrdPart', code: FieldError.MissingColumn },
    ]);
    expect(file.rows).toEqual([]);
  });

  it('reports every bad value by row and column, and keeps no row of a file with problems', async () => {
    const file = await readPaxFile(
      csv(
        `${HEADER},SsrDdr`,
        '1,Mali,Good,31/12/1999,Pre,,,0',
        '0,Mali,Zero id,29/02/2001,Pre,,,4',
        '1,,,2001-02-28,,,,x',
        'abc,Mali,Named,32/01/2000,Pre,,,1.5',
        '2,Mali,Short row',
      ),
    );
    expect(file.problems).toEqual([
      { row: 3, column: 'AgtId', code: 'isInt' },
      { row: 3, column: 'Dat', code: 'isDate' },
      { row: 3, column: 'SsrDdr', code: FieldError.CodingOutOfRange },
      { row: 4, column: 'Agt', code: FieldError.Required },
      { row: 4, column: 'Con', code: FieldError.Required },
      { row: 4, column: 'Stage', code: FieldError.Required },
      { row: 4, column: 'SsrDdr', code: FieldError.CodingOutOfRange },
      { row: 5, column: 'AgtId', code: 'isInt' },
      { row: 5, column: 'Dat', code: 'isDate' },
      { row: 5, column: 'SsrDdr', code: FieldError.CodingOutOfRange },
      { row: 6, column: '', code: FieldError.FieldCount },
    ]);
    expect(file.rows).toEqual([]);
  });

  it('names a repeated AgtId on its second row', async () => {
    const file = await readPaxFile(csv(HEADER, '5,Mali,A,01/01/2000,Pre,,', '5,Mali,B,01/01/2000,Pre,,'));
    expect(file.problems).toEqual([{ row: 3, column: 'AgtId', code: FieldError.DuplicateKey }]);
  });

  it('names the row where a file cut off inside a quoted field stops', async () => {
    const whole = fixture('pax-mali.csv').toString('utf8');
    const cut = whole.slice(0, whole.indexOf('Pour le Gouvernement de la République du Mali\nS.E.M. Abdoulaye DIOP'));
    const file = await readPaxFile(Buffer.from(cut));
    const rowsBefore = (await readPaxFile(fixture('pax-mali.csv'))).rows.findIndex((row) => row.agtId === 1367);
    expect(file.problems).toEqual([{ row: rowsBefore + 2, column: '', code: FieldError.UnreadableFile }]);
  });

  it('refuses what is not UTF-8 text, and a file without rows', async () => {
    expect((await readPaxFile(Buffer.from([0x41, 0x67, 0x74, 0xff, 0x0a]))).problems).toEqual([
      { row: 0, column: '', code: FieldError.UnreadableFile },
    ]);
    expect((await readPaxFile(Buffer.from(`${HEADER}\n1,a\u0000,b,01/01/2000,Pre,,`))).problems).toEqual([
      { row: 0, column: '', code: FieldError.InvalidCharacter },
    ]);
    expect((await readPaxFile(csv(HEADER, ''))).problems).toEqual([{ row: 0, column: '', code: FieldError.NoRows }]);
    expect((await readPaxFile(Buffer.alloc(0))).problems).toEqual([{ row: 0, column: '', code: FieldError.NoRows }]);
  });
});

describe('countriesOf', () => {
  it('splits the country field at top-level slashes and drops the parentheses of entities', () => {
    expect(countriesOf('Mali/(Azawad)')).toEqual(['Mali', 'Azawad']);
    expect(countriesOf('Mali/Niger')).toEqual(['Mali', 'Niger']);
    expect(countriesOf('Yugoslavia (former)')).toEqual(['Yugoslavia (former)']);
    expect(countriesOf('Philippines/(Rebolusyonaryong Partido ng Manggagawa-Pilipineas (RPMP/RPA/ABB))')).toEqual([
      'Philippines',
      'Rebolusyonaryong Partido ng Manggagawa-Pilipineas (RPMP/RPA/ABB)',
    ]);
  });
});

describe('paxDate', () => {
  it('reads dd/mm/yyyy and yyyy-mm-dd, and refuses days that do not exist', () => {
    expect(paxDate('20/06/2015')).toBe('2015-06-20');
    expect(paxDate('1/2/2015')).toBe('2015-02-01');
    expect(paxDate('2015-06-20')).toBe('2015-06-20');
    expect(paxDate('29/02/2015')).toBeNull();
    expect(paxDate('06/20/2015')).toBeNull();
    expect(paxDate('')).toBeNull();
  });
});

describe('the PA-X columns', () => {
  it('names each coding column once, and no coding column as a metadata one', () => {
    const columns = CODING_CATEGORIES.map((category) => category.column.toLowerCase());
    expect(new Set(columns).size).toBe(columns.length);
    expect(KNOWN_COLUMNS.size).toBe(columns.length + 39);
  });
});
