import { NAV_AREAS, hasPermission, type NavArea, type Role } from '@tandem/shared-domain';

/** The navigation a role sees: only areas it holds the permission for. */
export function navAreasFor(role: Role): NavArea[] {
  return NAV_AREAS.filter((area) => hasPermission(role, area.permission));
}

export const UPCOMING_DESCRIPTIONS: Record<string, string> = {
  content:
    'Content kits per persona or campaign, downloadable as one archive, with download tracking and tier entitlements.',
  campaigns:
    'Campaigns that tie personas and kits to the leads they produce, so marketing sees which ones end in won deals.',
  leads:
    'Leads with hand-off offers that carry accept and first-contact clocks, explainable routing and automatic recall on breach.',
  deals:
    'Deal registration in under 90 seconds, with an instant conflict check, a decision within one business day and visible protection.',
  goals:
    'Goals worked backwards from a revenue target through each partner’s own conversion rates, shared by marketing and sales.',
  analytics:
    'Scorecards, win rates, deal size and cycle length per partner, all read from the same event data as goals.',
};
