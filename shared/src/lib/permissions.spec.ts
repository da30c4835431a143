import { AccessHolder, AgreementRole, hasPermission, Permission, seesConfidential } from './permissions';

const memberOf = (agreementId: string, role: AgreementRole, confidentialAccess = false): AccessHolder => ({
  isAdmin: false,
  memberships: [{ agreementId, role, confidentialAccess }],
});
const admin: AccessHolder = { isAdmin: true, memberships: [] };

describe('permission map', () => {
  it('lets every role read its agreement', () => {
    for (const role of Object.values(AgreementRole)) {
      expect(hasPermission(memberOf('a', role), Permission.ReadAgreement, 'a')).toBe(true);
    }
  });

  it('grants nothing on an agreement the user is not a member of', () => {
    for (const permission of Object.values(Permission)) {
      expect(hasPermission(memberOf('a', AgreementRole.Reviewer), permission, 'b')).toBe(false);
    }
  });

  it('separates recording from reviewing: monitors record, reviewers approve, viewers do neither', () => {
    const can = (role: AgreementRole) => ({
      record: hasPermission(memberOf('a', role), Permission.CreateStatusUpdate, 'a'),
      review: hasPermission(memberOf('a', role), Permission.ReviewStatusUpdate, 'a'),
    });
    expect(can(AgreementRole.Monitor)).toEqual({ record: true, review: false });
    expect(can(AgreementRole.Reviewer)).toEqual({ record: false, review: true });
    expect(can(AgreementRole.Viewer)).toEqual({ record: false, review: false });
  });

  it('keeps structure, accounts and the audit trail to administrators, on every agreement', () => {
    for (const permission of [Permission.ManageAgreement, Permission.ManageUsers, Permission.ReadAuditTrail]) {
      expect(hasPermission(admin, permission, 'any')).toBe(true);
      expect(hasPermission(admin, permission)).toBe(true);
      for (const role of Object.values(AgreementRole)) {
        expect(hasPermission(memberOf('a', role), permission, 'a')).toBe(false);
        expect(hasPermission(memberOf('a', role), permission)).toBe(false);
      }
    }
  });

  it('answers for some agreement when none is named (to show a menu entry)', () => {
    const user: AccessHolder = {
      isAdmin: false,
      memberships: [
        { agreementId: 'a', role: AgreementRole.Viewer, confidentialAccess: false },
        { agreementId: 'b', role: AgreementRole.Reviewer, confidentialAccess: false },
      ],
    };
    expect(hasPermission(user, Permission.ReviewStatusUpdate)).toBe(true);
    expect(hasPermission(user, Permission.CreateStatusUpdate)).toBe(false);
  });

  it('grants nothing without a user or with an unknown role', () => {
    expect(hasPermission(null, Permission.ReadAgreement, 'a')).toBe(false);
    expect(hasPermission(memberOf('a', 'intruder' as AgreementRole), Permission.ReadAgreement, 'a')).toBe(false);
  });

  it('shows confidential items to administrators and to cleared members of that agreement only', () => {
    expect(seesConfidential(admin, 'a')).toBe(true);
    expect(seesConfidential(memberOf('a', AgreementRole.Viewer, true), 'a')).toBe(true);
    expect(seesConfidential(memberOf('a', AgreementRole.Reviewer, false), 'a')).toBe(false);
    expect(seesConfidential(memberOf('a', AgreementRole.Viewer, true), 'b')).toBe(false);
    expect(seesConfidential(null, 'a')).toBe(false);
  });
});
