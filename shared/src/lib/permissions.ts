/**
 * The permission map: the single source of truth for who may do what, read by the server's guard and
 * by the client to hide what a user may not do. Routes check permissions, never roles.
 *
 * Access is per agreement: a user holds at most one role on each agreement (reviewer, monitor or
 * viewer) and sees nothing of the agreements they are not a member of. Global administrators hold
 * every permission everywhere. Confidential items are a separate clearance on the membership.
 */
export enum AgreementRole {
  Reviewer = 'reviewer',
  Monitor = 'monitor',
  Viewer = 'viewer',
}

export enum Permission {
  ReadAgreement = 'agreement:read',
  CreateStatusUpdate = 'status-update:create',
  ReviewStatusUpdate = 'status-update:review',
  /** Structure and settings of an agreement: commitments, milestones, public page, review rules. */
  ManageAgreement = 'agreement:manage',
  /** Accounts and memberships, across agreements. */
  ManageUsers = 'users:manage',
  ReadAuditTrail = 'audit:read',
  /** New agreements, and what an import brings into existing ones (PA-X); not about one agreement. */
  CreateAgreement = 'agreement:create',
}

/** Permissions that only a global administrator holds; no agreement role grants them. */
export const ADMIN_ONLY_PERMISSIONS: readonly Permission[] = [
  Permission.ManageAgreement,
  Permission.ManageUsers,
  Permission.ReadAuditTrail,
  Permission.CreateAgreement,
];

export const AGREEMENT_ROLE_PERMISSIONS: Readonly<Record<AgreementRole, readonly Permission[]>> = {
  [AgreementRole.Reviewer]: [Permission.ReadAgreement, Permission.ReviewStatusUpdate],
  [AgreementRole.Monitor]: [Permission.ReadAgreement, Permission.CreateStatusUpdate],
  [AgreementRole.Viewer]: [Permission.ReadAgreement],
};

/** What a user holds on one agreement. */
export interface MembershipDto {
  agreementId: string;
  role: AgreementRole;
  /** Sees confidential milestones, updates and evidence of this agreement. */
  confidentialAccess: boolean;
  /** Their updates count without review when the agreement allows it. */
  trusted: boolean;
}

/** The part of a user the permission checks read. */
export interface AccessHolder {
  isAdmin: boolean;
  memberships: readonly Pick<MembershipDto, 'agreementId' | 'role' | 'confidentialAccess'>[];
}

export function membershipOf<T extends Pick<MembershipDto, 'agreementId'>>(
  user: { memberships: readonly T[] },
  agreementId: string,
): T | undefined {
  return user.memberships.find((membership) => membership.agreementId === agreementId);
}

/**
 * Whether `user` holds `permission`: on `agreementId` when given (admins everywhere, members through
 * their role there), or on some agreement when not (e.g. to show a menu entry).
 */
export function hasPermission(
  user: AccessHolder | null | undefined,
  permission: Permission,
  agreementId?: string,
): boolean {
  if (!user) return false;
  if (user.isAdmin) return true;
  if (ADMIN_ONLY_PERMISSIONS.includes(permission)) return false;
  const roles =
    agreementId === undefined
      ? user.memberships.map((membership) => membership.role)
      : [membershipOf(user, agreementId)?.role].filter((role) => role !== undefined);
  return roles.some((role) => AGREEMENT_ROLE_PERMISSIONS[role]?.includes(permission) ?? false);
}

/** Whether `user` sees the confidential items of the agreement. */
export function seesConfidential(user: AccessHolder | null | undefined, agreementId: string): boolean {
  return !!user && (user.isAdmin || !!membershipOf(user, agreementId)?.confidentialAccess);
}
