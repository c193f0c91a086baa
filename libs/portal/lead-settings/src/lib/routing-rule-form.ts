import type { LeadPriority } from '@tandem/shared-domain';
import { z } from 'zod';
import { ANY, priorityFromOption } from './labels';

export type RuleFormValues = {
  name: string;
  active: boolean;
  leadCountries: string[];
  leadPersonaIds: string[];
  /** `ANY`, NORMAL or HOT. */
  leadPriority: string;
  sameCountry: boolean;
  partnerRegions: string[];
  partnerTierIds: string[];
  requireSpecialisation: boolean;
  /** Empty: no capacity limit. */
  maxOpenOffers: number | string;
  weightTier: number | string;
  weightConversion: number | string;
  weightSla: number | string;
  weightCapacity: number | string;
};

export interface SavedRule {
  id: string;
  version: number;
  name: string;
  active: boolean;
  leadCountries: readonly string[];
  leadPersonaIds: readonly string[];
  leadPriority?: LeadPriority | null;
  sameCountry: boolean;
  partnerRegions: readonly string[];
  partnerTierIds: readonly string[];
  requireSpecialisation: boolean;
  maxOpenOffers?: number | null;
  weightTier: number;
  weightConversion: number;
  weightSla: number;
  weightCapacity: number;
}

export const RULE_FORM_FIELDS: readonly (keyof RuleFormValues)[] = [
  'name',
  'active',
  'leadCountries',
  'leadPersonaIds',
  'leadPriority',
  'sameCountry',
  'partnerRegions',
  'partnerTierIds',
  'requireSpecialisation',
  'maxOpenOffers',
  'weightTier',
  'weightConversion',
  'weightSla',
  'weightCapacity',
];

export const WEIGHT_FIELDS = [
  { field: 'weightTier', label: 'Tier', description: 'Tier rank ÷ highest rank' },
  {
    field: 'weightConversion',
    label: 'Conversion',
    description: 'Leads that became opportunities',
  },
  { field: 'weightSla', label: 'SLA record', description: 'Offers answered in time' },
  { field: 'weightCapacity', label: 'Free capacity', description: '1 ÷ (1 + open offers)' },
] as const;

const weight = z
  .number({ message: 'Enter a weight from 0 to 10.' })
  .min(0, 'Use 0 to 10.')
  .max(10, 'Use 0 to 10.');

export const ruleFormSchema = z.object({
  name: z.string().trim().min(1, 'Name the rule.').max(100, 'Use at most 100 characters.'),
  active: z.boolean(),
  leadCountries: z.array(z.string().regex(/^[A-Z]{2}$/, 'Use two-letter country codes.')),
  leadPersonaIds: z.array(z.string()),
  leadPriority: z.string(),
  sameCountry: z.boolean(),
  partnerRegions: z.array(z.string()),
  partnerTierIds: z.array(z.string()),
  requireSpecialisation: z.boolean(),
  maxOpenOffers: z.union([
    z.literal(''),
    z
      .number({ message: 'Enter a whole number.' })
      .int('Enter a whole number.')
      .min(1, 'Capacity is at least one open offer.'),
  ]),
  weightTier: weight,
  weightConversion: weight,
  weightSla: weight,
  weightCapacity: weight,
});

/** A new rule weighs everything equally and applies to every lead. */
export function toRuleFormValues(rule: SavedRule | null): RuleFormValues {
  return {
    name: rule?.name ?? '',
    active: rule?.active ?? true,
    leadCountries: [...(rule?.leadCountries ?? [])],
    leadPersonaIds: [...(rule?.leadPersonaIds ?? [])],
    leadPriority: rule?.leadPriority ?? ANY,
    sameCountry: rule?.sameCountry ?? false,
    partnerRegions: [...(rule?.partnerRegions ?? [])],
    partnerTierIds: [...(rule?.partnerTierIds ?? [])],
    requireSpecialisation: rule?.requireSpecialisation ?? false,
    maxOpenOffers: rule?.maxOpenOffers ?? '',
    weightTier: rule?.weightTier ?? 1,
    weightConversion: rule?.weightConversion ?? 1,
    weightSla: rule?.weightSla ?? 1,
    weightCapacity: rule?.weightCapacity ?? 1,
  };
}

const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v || 0));

/** The API input; an edit carries the id and the version it started from. */
export function toRuleInput(
  values: RuleFormValues,
  rule: Pick<SavedRule, 'id' | 'version'> | null,
) {
  return {
    id: rule?.id,
    version: rule?.version,
    name: values.name.trim(),
    active: values.active,
    leadCountries: values.leadCountries.map((c) => c.trim().toUpperCase()),
    leadPersonaIds: values.leadPersonaIds,
    leadPriority: priorityFromOption(values.leadPriority),
    sameCountry: values.sameCountry,
    partnerRegions: values.partnerRegions,
    partnerTierIds: values.partnerTierIds,
    requireSpecialisation: values.requireSpecialisation,
    maxOpenOffers: values.maxOpenOffers === '' ? null : num(values.maxOpenOffers),
    weightTier: num(values.weightTier),
    weightConversion: num(values.weightConversion),
    weightSla: num(values.weightSla),
    weightCapacity: num(values.weightCapacity),
  };
}
