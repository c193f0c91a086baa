import { LeadPriority } from '@tandem/shared-domain';
import { orList } from './labels';

export interface RuleLike {
  leadCountries: readonly string[];
  leadPersonaIds: readonly string[];
  leadPriority?: LeadPriority | null;
  sameCountry: boolean;
  partnerRegions: readonly string[];
  partnerTierIds: readonly string[];
  requireSpecialisation: boolean;
  maxOpenOffers?: number | null;
}

export interface WeightsLike {
  weightTier: number;
  weightConversion: number;
  weightSla: number;
  weightCapacity: number;
}

/** Tiers and personas the summary names; tiers read lowest rank first. */
export interface SummaryLookup {
  tiers: readonly { id: string; name: string; rank: number }[];
  personas: readonly { id: string; name: string }[];
}

function leadSide(rule: RuleLike, lookup: SummaryLookup): string {
  const personas = rule.leadPersonaIds.map(
    (id) => lookup.personas.find((p) => p.id === id)?.name ?? 'a removed persona',
  );
  const subject =
    rule.leadPriority === LeadPriority.HOT
      ? 'Hot leads'
      : rule.leadPriority === LeadPriority.NORMAL
        ? 'Normal-priority leads'
        : personas.length || rule.leadCountries.length
          ? 'Leads'
          : 'All leads';
  let text = subject;
  if (personas.length) text += ` for ${orList(personas)}`;
  if (rule.leadCountries.length) text += ` from ${rule.leadCountries.join(', ')}`;
  return text;
}

function partnerSide(rule: RuleLike, lookup: SummaryLookup): string {
  const parts: string[] = [];
  if (rule.sameCountry) parts.push('in the same country');
  if (rule.partnerRegions.length) parts.push(`in ${orList(rule.partnerRegions)}`);
  if (rule.partnerTierIds.length) {
    const known = lookup.tiers
      .filter((t) => rule.partnerTierIds.includes(t.id))
      .sort((a, b) => a.rank - b.rank)
      .map((t) => t.name);
    const missing = rule.partnerTierIds.length - known.length;
    parts.push(orList(missing > 0 ? [...known, 'a removed tier'] : known));
  }
  if (rule.requireSpecialisation) parts.push('specialised in the lead’s persona');
  if (rule.maxOpenOffers != null)
    parts.push(
      `with fewer than ${rule.maxOpenOffers} unanswered offer${rule.maxOpenOffers === 1 ? '' : 's'}`,
    );
  return parts.length ? `partners ${parts.join(', ')}` : 'any partner';
}

/** "Leads from US, DE → partners in the same country, Gold or Platinum". */
export function summarizeRule(rule: RuleLike, lookup: SummaryLookup): string {
  return `${leadSide(rule, lookup)} → ${partnerSide(rule, lookup)}`;
}

const weightFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "Scored by tier ×2, conversion ×1, SLA record ×1, free capacity ×0.5"; zero weights drop out. */
export function summarizeWeights(rule: WeightsLike): string {
  const parts = [
    ['tier', rule.weightTier],
    ['conversion', rule.weightConversion],
    ['SLA record', rule.weightSla],
    ['free capacity', rule.weightCapacity],
  ] as const;
  const used = parts.filter(([, w]) => w > 0);
  if (!used.length)
    return 'All weights are zero: the partner with the fewest open offers wins, then by name.';
  return `Scored by ${used.map(([label, w]) => `${label} ×${weightFormat.format(w)}`).join(', ')}`;
}

/** The ids in their new order after moving one up (-1) or down (+1); null when it cannot move. */
export function moveId(ids: readonly string[], id: string, by: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}
