import { hasPermission, Permission, Role } from './permissions';

describe('permission map', () => {
  it('lets every role read agreements', () => {
    for (const role of Object.values(Role)) expect(hasPermission(role, Permission.ReadAgreement)).toBe(true);
  });

  it('lets monitors and admins record status updates, not viewers', () => {
    expect(hasPermission(Role.Monitor, Permission.CreateStatusUpdate)).toBe(true);
    expect(hasPermission(Role.Admin, Permission.CreateStatusUpdate)).toBe(true);
    expect(hasPermission(Role.Viewer, Permission.CreateStatusUpdate)).toBe(false);
  });

  it('keeps editing the structure to admins', () => {
    expect(hasPermission(Role.Monitor, Permission.UpdateCommitment)).toBe(false);
    expect(hasPermission(Role.Admin, Permission.UpdateCommitment)).toBe(true);
  });

  it('grants nothing without a role', () => {
    expect(hasPermission(null, Permission.ReadAgreement)).toBe(false);
    expect(hasPermission('intruder' as Role, Permission.ReadAgreement)).toBe(false);
  });
});
