/**
 * The memberships of the account `u` as `MembershipDto[]`, oldest first; the query joins
 * `agreement_member m` (LEFT JOIN ... ON m.user_id = u.id) and groups by u.id. Read by the guard on
 * every request and by the administration of accounts.
 */
export const MEMBERSHIPS_JSON = `
  coalesce(json_agg(json_build_object('agreementId', m.agreement_id, 'role', m.role,
             'confidentialAccess', m.confidential_access, 'trusted', m.trusted) ORDER BY m.created_at)
           FILTER (WHERE m.agreement_id IS NOT NULL), '[]') AS memberships`;
