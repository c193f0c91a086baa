import { Permission, ROLE_PERMISSIONS } from './permissions';
import { Role } from './roles';

/** Every API token starts with this, so secret scanners and people can recognise one. */
export const API_TOKEN_PREFIX = 'tdm_';

/** Requests per minute a new token may make unless its creator chooses otherwise. */
export const DEFAULT_TOKEN_RATE_LIMIT = 600;
export const MAX_TOKEN_RATE_LIMIT = 6000;

/**
 * What an integration may be allowed to do: reading and writing leads, deals and the figures
 * around them. Managing people, settings, integrations and money stays with people in the portal.
 */
export const TOKEN_GRANTABLE_PERMISSIONS: readonly Permission[] = [
  Permission.PartnerRead,
  Permission.LeadRead,
  Permission.LeadCreate,
  Permission.LeadImport,
  Permission.LeadAssign,
  Permission.LeadWork,
  Permission.DealRead,
  Permission.DealRegister,
  Permission.DealDecide,
  Permission.CampaignRead,
  Permission.GoalRead,
  Permission.AnalyticsRead,
  Permission.ChannelAnalyticsRead,
  Permission.DefinitionRead,
];

/** Plain-language labels for the token form and the token list. */
export const TOKEN_PERMISSION_LABELS: Partial<Record<Permission, string>> = {
  [Permission.PartnerRead]: 'Read partners',
  [Permission.LeadRead]: 'Read leads',
  [Permission.LeadCreate]: 'Create leads',
  [Permission.LeadImport]: 'Import leads',
  [Permission.LeadAssign]: 'Route and assign leads',
  [Permission.LeadWork]: 'Work leads (accept offers, move stages)',
  [Permission.DealRead]: 'Read deal registrations',
  [Permission.DealRegister]: 'Register deals and record won/lost',
  [Permission.DealDecide]: 'Decide deal registrations',
  [Permission.CampaignRead]: 'Read campaigns',
  [Permission.GoalRead]: 'Read goals and scorecards',
  [Permission.AnalyticsRead]: 'Read analytics',
  [Permission.ChannelAnalyticsRead]: 'Read channel-wide analytics',
  [Permission.DefinitionRead]: 'Read funnel definitions',
};

/** The permissions a user with this role may put on a token (never more than they hold). */
export function grantableTokenPermissions(role: Role): Permission[] {
  return TOKEN_GRANTABLE_PERMISSIONS.filter((p) => ROLE_PERMISSIONS[role].includes(p));
}
