import { Permission } from './permissions';

export interface NavArea {
  key: string;
  label: string;
  path: string;
  permission: Permission;
  /** True while the area is still to be built by a later feature. */
  upcoming?: boolean;
}

export const NAV_AREAS: readonly NavArea[] = [
  { key: 'partners', label: 'Partners', path: '/partners', permission: Permission.PartnerRead },
  {
    key: 'personas',
    label: 'Personas',
    path: '/personas',
    permission: Permission.PersonaRead,
  },
  {
    key: 'content',
    label: 'Content',
    path: '/content',
    permission: Permission.ContentRead,
  },
  {
    key: 'campaigns',
    label: 'Campaigns',
    path: '/campaigns',
    permission: Permission.CampaignRead,
  },
  { key: 'leads', label: 'Leads', path: '/leads', permission: Permission.LeadRead },
  { key: 'deals', label: 'Deals', path: '/deals', permission: Permission.DealRead },
  { key: 'goals', label: 'Goals', path: '/goals', permission: Permission.GoalRead },
  {
    key: 'analytics',
    label: 'Analytics',
    path: '/analytics',
    permission: Permission.AnalyticsRead,
  },
  {
    key: 'incentives',
    label: 'Incentives',
    path: '/incentives',
    permission: Permission.IncentiveRead,
  },
  { key: 'funds', label: 'Market funds', path: '/funds', permission: Permission.MdfRead },
  {
    key: 'definitions',
    label: 'Definitions',
    path: '/definitions',
    permission: Permission.DefinitionRead,
  },
  { key: 'users', label: 'Users', path: '/users', permission: Permission.UserRead },
  {
    key: 'integrations',
    label: 'Integrations',
    path: '/integrations',
    permission: Permission.IntegrationManage,
  },
  {
    key: 'settings',
    label: 'Program settings',
    path: '/settings',
    permission: Permission.ProgramSettingsManage,
  },
  { key: 'audit', label: 'Audit log', path: '/audit', permission: Permission.AuditRead },
];
