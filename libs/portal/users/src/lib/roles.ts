import {
  ALL_ROLES,
  PARTNER_ROLES,
  ROLE_LABELS,
  Role,
  VENDOR_ROLES,
  isVendorRole,
} from '@tandem/shared-domain';

export const roleOption = (role: Role) => ({ value: role, label: ROLE_LABELS[role] });

/** Roles a user can be moved to: partner roles inside a partner, vendor roles for vendor staff. */
export function assignableRoles(target: { partnerId: string | null }): readonly Role[] {
  return target.partnerId ? PARTNER_ROLES : VENDOR_ROLES;
}

/** Which roles make sense in the role filter for the signed-in user. */
export function filterableRoles(myRole: Role): readonly Role[] {
  return isVendorRole(myRole) ? ALL_ROLES : PARTNER_ROLES;
}
