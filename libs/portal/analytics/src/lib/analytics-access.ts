import { Permission, Role, hasPermission } from '@tandem/shared-domain';

export type AnalyticsTab = 'leaderboard' | 'scorecard' | 'funnel' | 'closed-loop';

export interface AnalyticsTabOption {
  value: AnalyticsTab;
  label: string;
  /** Needs the channel-wide analytics permission (vendor users). */
  channel: boolean;
}

const TABS: readonly AnalyticsTabOption[] = [
  { value: 'leaderboard', label: 'Leaderboard', channel: true },
  { value: 'scorecard', label: 'Scorecard', channel: false },
  { value: 'funnel', label: 'Funnel', channel: true },
  { value: 'closed-loop', label: 'Closed loop', channel: true },
];

/** The analytics views a role may open: everyone a scorecard, vendor users the channel views. */
export function analyticsTabsFor(role: Role): AnalyticsTabOption[] {
  const channel = hasPermission(role, Permission.ChannelAnalyticsRead);
  return TABS.filter((t) => channel || !t.channel);
}

/** Vendor users land on the leaderboard; partner users on their own scorecard. */
export function defaultAnalyticsTab(role: Role): AnalyticsTab {
  return hasPermission(role, Permission.ChannelAnalyticsRead) ? 'leaderboard' : 'scorecard';
}

/** The tab the rest of the address below /analytics shows ("funnel" → funnel), or null. */
export function tabOfPath(rest: string | undefined): AnalyticsTab | null {
  const segment = (rest ?? '').replace(/^\/+/, '').split('/')[0];
  return TABS.find((t) => t.value === segment)?.value ?? null;
}

/** Team figures speak to a sales rep about their own numbers. */
export function teamTitle(role: Role): string {
  return role === Role.PARTNER_SALES_REP ? 'Your figures' : 'Team figures';
}
