import { Role } from './roles';

/**
 * Permission keys. The API's global guard denies every operation that does not declare one of
 * these (or is explicitly public); the portal uses the same map to hide actions a role cannot take.
 */
export enum Permission {
  /** Any signed-in user acting on their own account, notifications and preferences. */
  Authenticated = 'authenticated',
  PartnerRead = 'partner:read',
  PartnerCreate = 'partner:create',
  PartnerUpdate = 'partner:update',
  PartnerUpdateOwnProfile = 'partner:update-own-profile',
  PartnerSetStatus = 'partner:set-status',
  ProgramSettingsManage = 'program-settings:manage',
  UserRead = 'user:read',
  UserInvite = 'user:invite',
  UserManage = 'user:manage',
  AuditRead = 'audit:read',
  PersonaRead = 'persona:read',
  /** Create, edit, publish and retire personas; decide on proposed changes. */
  PersonaManage = 'persona:manage',
  /** Comment on personas and propose changes. */
  PersonaDiscuss = 'persona:discuss',
  // Areas that later features fill; the portal's navigation already depends on them.
  ContentRead = 'content:read',
  /** Upload and curate assets and kits; see everyone's downloads. */
  ContentManage = 'content:manage',
  CampaignRead = 'campaign:read',
  /** Plan and launch campaigns: vendor-wide for vendor marketers, own-partner for partner marketers. */
  CampaignManage = 'campaign:manage',
  LeadRead = 'lead:read',
  /** Create leads by hand (vendor pool, partner marketing or a rep's self-sourced lead). */
  LeadCreate = 'lead:create',
  /** Import leads from CSV. */
  LeadImport = 'lead:import',
  /** Route and reassign leads: vendor leads to partners (vendor), partner leads to reps (partner). */
  LeadAssign = 'lead:assign',
  /** Accept or reject offers, record contact and move stages of the leads one works. */
  LeadWork = 'lead:work',
  /** Edit routing rules and SLA policies. */
  RoutingManage = 'routing:manage',
  /** Read the published funnel definition and reason codes (everyone). */
  DefinitionRead = 'definition:read',
  /** Edit and publish funnel definitions, MQL criteria and reason codes. */
  DefinitionManage = 'definition:manage',
  /** Acknowledge a published definition for the partner's marketing and sales sides. */
  DefinitionAcknowledge = 'definition:acknowledge',
  DealRead = 'deal:read',
  /** Register deals for one's own partner (draft, submit, withdraw, win/lose, ask for extensions). */
  DealRegister = 'deal:register',
  /** Approve, reject or mark registrations duplicate; decide extension requests. */
  DealDecide = 'deal:decide',
  /** Products, existing-customer lists and registration settings. */
  DealManage = 'deal:manage',
  /** See the goals and scorecard of one's own partner (partners) or the partners in scope (vendor). */
  GoalRead = 'goal:read',
  /** Set goals, objectives and tier templates; plan from revenue (vendor admins, channel managers). */
  GoalManage = 'goal:manage',
  AnalyticsRead = 'analytics:read',
  /** Channel-wide views: the leaderboard, the funnel and the closed-loop report (vendor users). */
  ChannelAnalyticsRead = 'channel-analytics:read',
  /** See incentive plans and earnings: partners their own, vendor users the partners in scope. */
  IncentiveRead = 'incentive:read',
  /** Define, activate and close shared incentive plans (vendor admins). */
  IncentiveManage = 'incentive:manage',
  /** Review a closed period's payouts: approve, adjust with a reason, hold (channel managers: theirs). */
  IncentiveReview = 'incentive:review',
  /** See MDF budgets, requests and claims: partners their own, vendor users those in scope. */
  MdfRead = 'mdf:read',
  /** Request funds and claim them with proof, for one's own partner. */
  MdfRequest = 'mdf:request',
  /** Budgets and allocations (vendor admins). */
  MdfManage = 'mdf:manage',
  /** Approve, reject or return requests and claims; mark claims paid (channel managers: theirs). */
  MdfReview = 'mdf:review',
  /**
   * Webhooks and API tokens: vendor admins for the whole program, partner admins for their own
   * partner.
   */
  IntegrationManage = 'integration:manage',
}

const AREAS_FOR_EVERYONE = [
  Permission.IncentiveRead,
  Permission.MdfRead,
  Permission.DefinitionRead,
  Permission.PersonaRead,
  Permission.ContentRead,
  Permission.LeadRead,
  Permission.GoalRead,
  Permission.AnalyticsRead,
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.VENDOR_ADMIN]: [
    Permission.Authenticated,
    Permission.IntegrationManage,
    Permission.MdfManage,
    Permission.MdfReview,
    Permission.IncentiveManage,
    Permission.IncentiveReview,
    Permission.GoalManage,
    Permission.ChannelAnalyticsRead,
    Permission.DealDecide,
    Permission.DealManage,
    Permission.LeadCreate,
    Permission.LeadImport,
    Permission.LeadAssign,
    Permission.RoutingManage,
    Permission.PartnerRead,
    Permission.PartnerCreate,
    Permission.PartnerUpdate,
    Permission.PartnerSetStatus,
    Permission.ProgramSettingsManage,
    Permission.UserRead,
    Permission.UserInvite,
    Permission.UserManage,
    Permission.AuditRead,
    Permission.PersonaManage,
    Permission.PersonaDiscuss,
    Permission.DefinitionManage,
    Permission.ContentManage,
    ...AREAS_FOR_EVERYONE,
    Permission.CampaignRead,
    Permission.CampaignManage,
    Permission.DealRead,
  ],
  [Role.CHANNEL_MANAGER]: [
    Permission.Authenticated,
    Permission.MdfReview,
    Permission.IncentiveReview,
    Permission.GoalManage,
    Permission.ChannelAnalyticsRead,
    Permission.DealDecide,
    Permission.LeadAssign,
    Permission.PersonaDiscuss,
    Permission.PartnerRead,
    Permission.UserRead,
    ...AREAS_FOR_EVERYONE,
    Permission.CampaignRead,
    Permission.DealRead,
  ],
  [Role.VENDOR_MARKETER]: [
    Permission.Authenticated,
    Permission.ChannelAnalyticsRead,
    Permission.LeadCreate,
    Permission.LeadImport,
    Permission.PartnerRead,
    Permission.PersonaManage,
    Permission.PersonaDiscuss,
    Permission.ContentManage,
    ...AREAS_FOR_EVERYONE,
    Permission.CampaignRead,
    Permission.CampaignManage,
  ],
  [Role.PARTNER_ADMIN]: [
    Permission.Authenticated,
    Permission.IntegrationManage,
    Permission.MdfRequest,
    Permission.DealRegister,
    Permission.LeadCreate,
    Permission.LeadImport,
    Permission.LeadAssign,
    Permission.LeadWork,
    Permission.PersonaDiscuss,
    Permission.DefinitionAcknowledge,
    Permission.PartnerRead,
    Permission.PartnerUpdateOwnProfile,
    Permission.UserRead,
    Permission.UserInvite,
    Permission.UserManage,
    ...AREAS_FOR_EVERYONE,
    Permission.CampaignRead,
    Permission.CampaignManage,
    Permission.DealRead,
  ],
  [Role.PARTNER_MARKETER]: [
    Permission.Authenticated,
    Permission.MdfRequest,
    Permission.LeadCreate,
    Permission.LeadImport,
    Permission.LeadAssign,
    Permission.PersonaDiscuss,
    Permission.PartnerRead,
    ...AREAS_FOR_EVERYONE,
    Permission.CampaignRead,
    Permission.CampaignManage,
  ],
  [Role.PARTNER_SALES_REP]: [
    Permission.Authenticated,
    Permission.DealRegister,
    Permission.LeadCreate,
    Permission.LeadWork,
    Permission.PersonaDiscuss,
    Permission.CampaignRead,
    Permission.PartnerRead,
    ...AREAS_FOR_EVERYONE,
    Permission.DealRead,
  ],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
