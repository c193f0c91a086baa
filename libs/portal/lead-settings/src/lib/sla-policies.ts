import type { LeadPriority } from '@tandem/shared-domain';

/** What the API uses when no policy matches an offer. */
export const DEFAULT_SLA = { acceptHours: 24, contactHours: 48, reminderPercent: 75 } as const;

export interface PolicyLike {
  id: string;
  name: string;
  tierId?: string | null;
  priority?: LeadPriority | null;
  acceptHours: number;
  contactHours: number;
  reminderPercent: number;
}

/**
 * The policy an offer gets, as the API picks it: among policies whose tier and priority match
 * (empty matches everything), one with a priority beats one without, then one with a tier.
 * Null: the defaults apply.
 */
export function applicablePolicy<P extends PolicyLike>(
  policies: readonly P[],
  tierId: string,
  priority: LeadPriority,
): P | null {
  const specificity = (p: P) => (p.priority ? 2 : 0) + (p.tierId ? 1 : 0);
  const matching = policies
    .filter((p) => (!p.tierId || p.tierId === tierId) && (!p.priority || p.priority === priority))
    .sort((a, b) => specificity(b) - specificity(a));
  return matching[0] ?? null;
}

const hoursFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "1 business hour", "4.5 business hours". */
export function businessHoursLabel(hours: number): string {
  return `${hoursFormat.format(hours)} business hour${hours === 1 ? '' : 's'}`;
}

/** "4 h / 8 h" — accept, then first contact. */
export function clockPair(p: { acceptHours: number; contactHours: number }): string {
  return `${hoursFormat.format(p.acceptHours)} h / ${hoursFormat.format(p.contactHours)} h`;
}
