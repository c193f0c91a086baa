import { Foundation1763900000000 } from './1763900000000-foundation';
import { RowLevelSecurity1763900000001 } from './1763900000001-row-level-security';
import { Personas1795442202430 } from './1795442202430-personas';
import { Campaigns1795442538335 } from './1795442538335-campaigns';
import { Content1795443028429 } from './1795443028429-content';
import { Definitions1795444917138 } from './1795444917138-definitions';
import { Leads1795448159763 } from './1795448159763-leads';
import { LeadEventOrder1795448747960 } from './1795448747960-lead-event-order';
import { Deals1795450970295 } from './1795450970295-deals';
import { Analytics1795457502937 } from './1795457502937-analytics';
import { Incentives1795460640296 } from './1795460640296-incentives';
import { Mdf1795461883324 } from './1795461883324-mdf';
import { AddSsoConnections1796673357768 } from './1796673357768-add-sso-connections';
import { ApiTokens1796673410208 } from './1796673410208-api-tokens';
import { Webhooks1796673729432 } from './1796673729432-webhooks';
import { SessionIdentity1796680500000 } from './1796680500000-session-identity';
import { LeadMilestones1796690000000 } from './1796690000000-lead-milestones';
import { PartnerFunnelDays1796690100000 } from './1796690100000-partner-funnel-days';
import { AccountKeys1796690200000 } from './1796690200000-account-keys';
import { ApiTokenLookup1796690300000 } from './1796690300000-api-token-lookup';

/** Every migration, in order. Add new ones here: the list is explicit so bundling stays simple. */
export const MIGRATIONS = [
  Foundation1763900000000,
  RowLevelSecurity1763900000001,
  Personas1795442202430,
  Campaigns1795442538335,
  Content1795443028429,
  Definitions1795444917138,
  Leads1795448159763,
  LeadEventOrder1795448747960,
  Deals1795450970295,
  Analytics1795457502937,
  Incentives1795460640296,
  Mdf1795461883324,
  AddSsoConnections1796673357768,
  ApiTokens1796673410208,
  Webhooks1796673729432,
  SessionIdentity1796680500000,
  LeadMilestones1796690000000,
  PartnerFunnelDays1796690100000,
  AccountKeys1796690200000,
  ApiTokenLookup1796690300000,
];
