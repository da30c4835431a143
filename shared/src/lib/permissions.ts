/**
 * The permission map: the single source of truth for who may do what, read by the server's guard and
 * by the client to hide what a user may not do. Routes check permissions, never roles.
 * Roles are global for now; per-agreement roles (reviewer, monitor, viewer of one agreement) will map
 * onto the same permissions.
 */
export enum Role {
  Admin = 'admin',
  Monitor = 'monitor',
  Viewer = 'viewer',
}

export enum Permission {
  ReadAgreement = 'agreement:read',
  UpdateCommitment = 'commitment:update',
  UpdateMilestone = 'milestone:update',
  CreateStatusUpdate = 'status-update:create',
}

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.Admin]: Object.values(Permission),
  [Role.Monitor]: [Permission.ReadAgreement, Permission.CreateStatusUpdate],
  [Role.Viewer]: [Permission.ReadAgreement],
};

export function hasPermission(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && (ROLE_PERMISSIONS[role]?.includes(permission) ?? false);
}
