/** Every role in Tandem. Vendor roles work for the single vendor; partner roles belong to one partner. */
export enum Role {
  VENDOR_ADMIN = 'VENDOR_ADMIN',
  CHANNEL_MANAGER = 'CHANNEL_MANAGER',
  VENDOR_MARKETER = 'VENDOR_MARKETER',
  PARTNER_ADMIN = 'PARTNER_ADMIN',
  PARTNER_MARKETER = 'PARTNER_MARKETER',
  PARTNER_SALES_REP = 'PARTNER_SALES_REP',
}

export const VENDOR_ROLES: readonly Role[] = [
  Role.VENDOR_ADMIN,
  Role.CHANNEL_MANAGER,
  Role.VENDOR_MARKETER,
];

export const PARTNER_ROLES: readonly Role[] = [
  Role.PARTNER_ADMIN,
  Role.PARTNER_MARKETER,
  Role.PARTNER_SALES_REP,
];

export const ALL_ROLES: readonly Role[] = [...VENDOR_ROLES, ...PARTNER_ROLES];

export function isVendorRole(role: Role): boolean {
  return VENDOR_ROLES.includes(role);
}

export function isPartnerRole(role: Role): boolean {
  return PARTNER_ROLES.includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  [Role.VENDOR_ADMIN]: 'Vendor admin',
  [Role.CHANNEL_MANAGER]: 'Channel manager',
  [Role.VENDOR_MARKETER]: 'Vendor marketer',
  [Role.PARTNER_ADMIN]: 'Partner admin',
  [Role.PARTNER_MARKETER]: 'Partner marketer',
  [Role.PARTNER_SALES_REP]: 'Partner sales rep',
};

/**
 * Which roles a given role may invite. Vendor admins invite vendor staff and partner admins;
 * partner admins invite people of their own partner (including further partner admins).
 */
export const INVITABLE_ROLES: Partial<Record<Role, readonly Role[]>> = {
  [Role.VENDOR_ADMIN]: [...VENDOR_ROLES, Role.PARTNER_ADMIN],
  [Role.PARTNER_ADMIN]: PARTNER_ROLES,
};
