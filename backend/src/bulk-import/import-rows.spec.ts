import { ImportKind, IndicatorDimension } from '@accord/shared';
import { CHECK_ROW, ImportContext, readHeader, rowValues } from './import-rows';

const context: ImportContext = {
  access: { agreementId: 'a1', seesConfidential: false },
  signedOn: '2015-06-20',
  levels: new Map([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
  ]),
  pillars: new Set(['security']),
  parties: ['GOV', 'CMA'],
  regions: ['ML-6'],
  indicators: new Map([
    ['ddr.registered', { id: 'i1', dimensions: [IndicatorDimension.Sex, IndicatorDimension.ArmedGroup] }],
  ]),
};

/** The row under the kind's full header. */
function check(kind: ImportKind, values: Record<string, string>) {
  const header = readHeader(kind, Object.keys(values));
  expect(header.errors).toEqual([]);
  const row = rowValues(header.columns, Object.values(values));
  if (!row) throw new Error('A blank row has nothing to check');
  return CHECK_ROW[kind](row, context);
}

const update = (values: Record<string, string>) =>
  check(ImportKind.StatusUpdates, {
    commitment: 'Art. 18',
    commitmentTitle: '',
    milestone: 'Sites built',
    effectiveDate: '2019-02-22',
    level: '1',
    status: '',
    narrative: 'Works started.',
    sources: '',
    confidential: '',
    ...values,
  });

describe('the header of an import file', () => {
  it('matches column names whatever their case, and names what it lacks, repeats or does not know', () => {
    const { columns, errors } = readHeader(ImportKind.Milestones, ['Commitment', 'TITLE', 'owner', 'title', '']);
    expect(columns).toEqual(['commitment', 'title', null, null, null]);
    expect(errors).toEqual([
      { row: 1, column: 'owner', code: 'unknownField' },
      { row: 1, column: 'title', code: 'duplicateColumn' },
    ]);
    expect(readHeader(ImportKind.Milestones, ['title']).errors).toEqual([
      { row: 1, column: 'commitment', code: 'missingColumn' },
    ]);
  });

  it('takes a row of empty cells for a blank row', () => {
    expect(rowValues(['a', 'b'], [' ', ''])).toBeNull();
    expect(rowValues(['a', null], [' x ', 'ignored'])).toEqual({ a: 'x' });
  });
});

describe('the rules of a row are those of the API', () => {
  it('stages a sound status update with the PAM score of its level and its sources as links', () => {
    expect(update({ sources: 'https://example.org/a https://example.org/b' })).toEqual({
      errors: [],
      staged: {
        commitment: 'Art. 18',
        commitment_title: null,
        milestone: 'Sites built',
        effective_date: '2019-02-22',
        level: 1,
        pam_score: 1,
        operational_status: null,
        narrative: 'Works started.',
        source_links: [{ url: 'https://example.org/a' }, { url: 'https://example.org/b' }],
        confidential: false,
      },
    });
  });

  it("names the API's field codes under the file's column names", () => {
    expect(
      update({ status: 'late', sources: 'https://example.org/a not-a-link', confidential: 'maybe' }).errors,
    ).toEqual([
      { column: 'status', code: 'isEnum' },
      { column: 'sources', code: 'isUrl' },
      { column: 'confidential', code: 'isBoolean' },
    ]);
  });

  it("applies the service's rules: dates, the agreement's scale, a level or a status, clearance", () => {
    expect(update({ effectiveDate: '2015-01-01', level: '4', confidential: 'TRUE' }).errors).toEqual([
      { column: 'effectiveDate', code: 'dateBeforeAgreement' },
      { column: 'confidential', code: 'confidentialNotAllowed' },
      { column: 'level', code: 'levelNotOnScale' },
    ]);
    expect(update({ level: '' }).errors).toEqual([{ column: 'level', code: 'scoreOrStatusRequired' }]);
  });

  it('says only that an unreadable value is unreadable, not what a rule would make of it', () => {
    expect(update({ effectiveDate: '22/02/2019', level: 'two' }).errors).toEqual([
      { column: 'effectiveDate', code: 'isDate' },
      { column: 'level', code: 'isInt' },
    ]);
  });

  it('reports and takes out a NUL character, which nothing may store', () => {
    const checked = check(ImportKind.Commitments, {
      reference: 'Art. 1',
      title: 'Elections\u0000 held',
      pillar: 'politics',
      parties: 'GOV; XYZ',
    });
    expect(checked.errors).toEqual([
      { column: 'title', code: 'invalidCharacter' },
      { column: 'pillar', code: 'unknownPillar' },
      { column: 'parties', code: 'unknownParty' },
    ]);
    expect(checked.staged['title']).toBe('Elections held');
  });

  it('reports a NUL character in the columns that name a commitment or a milestone too', () => {
    const milestone = check(ImportKind.Milestones, { commitment: 'Art. 900-2\u0000', title: 'Sites built' });
    expect(milestone.errors).toEqual([{ column: 'commitment', code: 'invalidCharacter' }]);
    expect(milestone.staged['commitment']).toBe('Art. 900-2');
    expect(update({ commitmentTitle: 'Sites\u0000', milestone: 'Sites\u0000 built' }).errors).toEqual([
      { column: 'commitmentTitle', code: 'invalidCharacter' },
      { column: 'milestone', code: 'invalidCharacter' },
    ]);
  });

  it('gives an indicator value without a total the sum of its cells', () => {
    const checked = check(ImportKind.IndicatorValues, {
      indicator: 'ddr.registered',
      asOf: '2019-01-01',
      cells: 'sex:male armedGroup:CMA = 450; sex:female armedGroup:CMA = 50',
      note: 'Lists.',
    });
    expect(checked.errors).toEqual([]);
    expect(checked.staged).toMatchObject({ indicator_id: 'i1', total: 500 });
  });
});
