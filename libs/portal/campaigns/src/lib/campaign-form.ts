import { CampaignTargetMode, REGION_LABELS, type Region } from '@tandem/shared-domain';

export interface CampaignFormValues {
  name: string;
  goal: string;
  description: string;
  /** YYYY-MM-DD */
  startsOn: string;
  endsOn: string;
  personaIds: string[];
  targetMode: CampaignTargetMode;
  targetTierIds: string[];
  targetRegions: string[];
  targetPartnerIds: string[];
}

export const CAMPAIGN_FORM_FIELDS = [
  'name',
  'goal',
  'description',
  'startsOn',
  'endsOn',
  'personaIds',
  'targetMode',
  'targetTierIds',
  'targetRegions',
  'targetPartnerIds',
] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date as YYYY-MM-DD in the browser's time zone. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function emptyCampaignValues(today: Date = new Date()): CampaignFormValues {
  const end = new Date(today);
  end.setDate(end.getDate() + 30);
  return {
    name: '',
    goal: '',
    description: '',
    startsOn: isoDay(today),
    endsOn: isoDay(end),
    personaIds: [],
    targetMode: CampaignTargetMode.ALL,
    targetTierIds: [],
    targetRegions: [],
    targetPartnerIds: [],
  };
}

export function validateCampaignForm(
  values: CampaignFormValues,
  ownPartner: boolean,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.name.trim().length < 2)
    errors.name = 'Give the campaign a name (at least 2 characters).';
  if (!DAY.test(values.startsOn)) errors.startsOn = 'Choose the first day.';
  if (!DAY.test(values.endsOn)) errors.endsOn = 'Choose the last day.';
  else if (DAY.test(values.startsOn) && values.endsOn < values.startsOn)
    errors.endsOn = 'The last day cannot be before the first day.';
  if (!ownPartner) {
    if (values.targetMode === CampaignTargetMode.TIERS && values.targetTierIds.length === 0)
      errors.targetTierIds = 'Choose at least one tier.';
    if (values.targetMode === CampaignTargetMode.REGIONS && values.targetRegions.length === 0)
      errors.targetRegions = 'Choose at least one region.';
    if (values.targetMode === CampaignTargetMode.PARTNERS && values.targetPartnerIds.length === 0)
      errors.targetPartnerIds = 'Choose at least one partner.';
  }
  return errors;
}

/** The API input: only the targets that belong to the chosen mode; none for a partner's own. */
export function toCampaignInput(values: CampaignFormValues, ownPartner: boolean) {
  const mode = ownPartner ? CampaignTargetMode.ALL : values.targetMode;
  return {
    name: values.name.trim(),
    goal: values.goal.trim(),
    description: values.description.trim(),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    personaIds: values.personaIds,
    targetMode: mode,
    targetTierIds: mode === CampaignTargetMode.TIERS ? values.targetTierIds : [],
    targetRegions: mode === CampaignTargetMode.REGIONS ? values.targetRegions : [],
    targetPartnerIds: mode === CampaignTargetMode.PARTNERS ? values.targetPartnerIds : [],
  };
}

export function regionLabel(region: string): string {
  return REGION_LABELS[region as Region] ?? region;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Who a campaign reaches, in words: "Gold and Platinum partners", "Partners in EMEA", … */
export function targetSummary(
  campaign: {
    partnerId?: string | null;
    targetMode: CampaignTargetMode;
    targetTierIds: readonly string[];
    targetRegions: readonly string[];
    targetPartnerIds: readonly string[];
  },
  names: { tiers?: ReadonlyMap<string, string>; partners?: ReadonlyMap<string, string> } = {},
): string {
  if (campaign.partnerId) return 'Own campaign (this partner only)';
  switch (campaign.targetMode) {
    case CampaignTargetMode.TIERS: {
      const tiers = campaign.targetTierIds.map((id) => names.tiers?.get(id) ?? 'Unknown tier');
      return tiers.length ? `${joinNames(tiers)} partners` : 'No tiers chosen';
    }
    case CampaignTargetMode.REGIONS:
      return campaign.targetRegions.length
        ? `Partners in ${joinNames(campaign.targetRegions.map(regionLabel))}`
        : 'No regions chosen';
    case CampaignTargetMode.PARTNERS: {
      const count = campaign.targetPartnerIds.length;
      const known = campaign.targetPartnerIds
        .map((id) => names.partners?.get(id))
        .filter((n): n is string => !!n);
      if (known.length === count && count > 0 && count <= 3) return joinNames(known);
      return `${count} chosen partner${count === 1 ? '' : 's'}`;
    }
    default:
      return 'All partners';
  }
}

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** "3 Mar 2026 – 28 Mar 2026" from the API's YYYY-MM-DD strings (no time zone shifts). */
export function formatDayRange(startsOn: string, endsOn: string): string {
  const day = (value: string) =>
    DAY.test(value) ? dayFormat.format(new Date(`${value}T00:00:00Z`)) : value;
  return `${day(startsOn)} – ${day(endsOn)}`;
}
