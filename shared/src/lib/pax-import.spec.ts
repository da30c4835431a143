import { AgreementRole, hasPermission, Permission } from './permissions';
import { fileProblemKey, fileProblemsOf } from './pax-import';

describe('file problems', () => {
  it('reads the keys of an import_rejected answer back into rows and columns (row 0: the whole file)', () => {
    expect(
      fileProblemsOf({ 'rows.1.Dat': 'missingColumn', 'rows.24': 'unreadableFile', file: 'noRows', agtIds: 'isArray' }),
    ).toEqual([
      { row: 1, column: 'Dat', code: 'missingColumn' },
      { row: 24, column: '', code: 'unreadableFile' },
      { row: 0, column: '', code: 'noRows' },
    ]);
  });

  it('writes each problem under a key it reads back the same', () => {
    const problems = [
      { row: 3, column: 'stage - sort', code: 'required' },
      { row: 50, column: '', code: 'fieldCount' },
      { row: 0, column: '', code: 'tooManyRows' },
    ];
    const errors = Object.fromEntries(problems.map((problem) => [fileProblemKey(problem), problem.code]));
    expect(errors).toEqual({ 'rows.3.stage - sort': 'required', 'rows.50': 'fieldCount', file: 'tooManyRows' });
    expect(fileProblemsOf(errors)).toEqual(problems);
  });
});

describe('agreement:create', () => {
  it('is held by administrators only, whatever the role on an agreement', () => {
    expect(hasPermission({ isAdmin: true, memberships: [] }, Permission.CreateAgreement)).toBe(true);
    for (const role of Object.values(AgreementRole)) {
      const member = { isAdmin: false, memberships: [{ agreementId: 'a', role, confidentialAccess: true }] };
      expect(hasPermission(member, Permission.CreateAgreement)).toBe(false);
      expect(hasPermission(member, Permission.CreateAgreement, 'a')).toBe(false);
    }
  });
});
