import { PartnerStatus, REGIONS, REGION_LABELS, type Region } from '@tandem/shared-domain';
import { PARTNER_STATUS_LABELS } from '@tandem/portal-ui';

export const REGION_OPTIONS = REGIONS.map((r) => ({ value: r, label: REGION_LABELS[r] }));

export const STATUS_OPTIONS = Object.values(PartnerStatus).map((s) => ({
  value: s,
  label: PARTNER_STATUS_LABELS[s],
}));

export function regionLabel(region: string): string {
  return REGION_LABELS[region as Region] ?? region;
}

let zones: string[] | null = null;

/**
 * IANA zones the browser knows, computed once because the list is long. Browsers leave out
 * aliases such as UTC, so UTC and the partner's current zone are added to stay selectable.
 */
export function timeZoneOptions(current?: string): string[] {
  if (!zones) {
    const known =
      typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    zones = ['UTC', ...known.filter((zone) => zone !== 'UTC')];
  }
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}
