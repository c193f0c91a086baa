import { DealEngagementRule, ExtensionPolicy } from '@tandem/shared-domain';
import { z } from 'zod';
import { cleanAmount, isAmount } from './money';

export interface DealSettingsValues {
  protectionDays: number | string;
  extensionPolicy: ExtensionPolicy;
  extensionDays: number | string;
  decisionHours: number | string;
  vendorTimeZone: string;
  engagementRule: DealEngagementRule;
  nameSimilarity: number;
  /** Tier id → days; empty means the tier uses the program's protection. */
  tierDays: Record<string, number | string>;
}

export interface SavedDealSettings {
  id: string;
  version: number;
  protectionDays: number;
  extensionPolicy: ExtensionPolicy;
  extensionDays: number;
  decisionHours: number;
  vendorTimeZone: string;
  engagementRule: DealEngagementRule;
  nameSimilarity: number;
  tierProtection: readonly { tierId: string; days: number }[];
}

export const SETTINGS_FORM_FIELDS: readonly (keyof DealSettingsValues)[] = [
  'protectionDays',
  'extensionPolicy',
  'extensionDays',
  'decisionHours',
  'vendorTimeZone',
  'engagementRule',
  'nameSimilarity',
];

export const dealSettingsSchema = z.object({
  protectionDays: z
    .number({ message: 'Enter a number of days.' })
    .int('Use whole days.')
    .min(1, 'Protection lasts 1 to 730 days.')
    .max(730, 'Protection lasts 1 to 730 days.'),
  extensionPolicy: z.enum(ExtensionPolicy),
  extensionDays: z
    .number({ message: 'Enter a number of days.' })
    .int('Use whole days.')
    .min(1, 'An extension adds 1 to 365 days.')
    .max(365, 'An extension adds 1 to 365 days.'),
  decisionHours: z
    .number({ message: 'Enter a number of business hours.' })
    .min(1, 'Allow 1 to 200 business hours to decide.')
    .max(200, 'Allow 1 to 200 business hours to decide.'),
  vendorTimeZone: z.string().min(1, 'Choose a time zone.'),
  engagementRule: z.enum(DealEngagementRule),
  nameSimilarity: z
    .number()
    .min(0.2, 'Similarity runs from 0.2 (loose) to 0.95 (strict).')
    .max(0.95, 'Similarity runs from 0.2 (loose) to 0.95 (strict).'),
  tierDays: z.record(
    z.string(),
    z.union([
      z.literal(''),
      z
        .number({ message: 'Enter a number of days.' })
        .int('Use whole days.')
        .min(1, 'Protection lasts 1 to 730 days.')
        .max(730, 'Protection lasts 1 to 730 days.'),
    ]),
  ),
});

export function toSettingsValues(saved: SavedDealSettings): DealSettingsValues {
  return {
    protectionDays: saved.protectionDays,
    extensionPolicy: saved.extensionPolicy,
    extensionDays: saved.extensionDays,
    decisionHours: saved.decisionHours,
    vendorTimeZone: saved.vendorTimeZone,
    engagementRule: saved.engagementRule,
    nameSimilarity: saved.nameSimilarity,
    tierDays: Object.fromEntries(saved.tierProtection.map((t) => [t.tierId, t.days])),
  };
}

const num = (v: number | string) => (typeof v === 'number' ? v : Number(v || 0));

export function toSettingsInput(values: DealSettingsValues, version: number) {
  return {
    protectionDays: num(values.protectionDays),
    extensionPolicy: values.extensionPolicy,
    extensionDays: num(values.extensionDays),
    decisionHours: num(values.decisionHours),
    vendorTimeZone: values.vendorTimeZone,
    engagementRule: values.engagementRule,
    nameSimilarity: Math.round(values.nameSimilarity * 100) / 100,
    tierProtection: Object.entries(values.tierDays)
      .filter(([, days]) => days !== '' && days !== null && days !== undefined)
      .map(([tierId, days]) => ({ tierId, days: num(days) })),
    version,
  };
}

/** The similarity threshold in plain words, with examples of what it catches. */
export function similarityExplanation(threshold: number): string {
  if (threshold < 0.4)
    return 'Loose: names that share only part of their words are flagged, e.g. “Acme Robotics” and “Acme Logistics”. Expect more false alarms to dismiss.';
  if (threshold < 0.7)
    return 'Balanced: spelling variants and extra words are flagged, e.g. “ACME Inc.” and “Acme Corporation” or “Acme Intl”, while different companies rarely are.';
  return 'Strict: only near-identical names are flagged, e.g. “Acme Corp” and “ACME Corp.”. Fewer false alarms, but partners can slip past with a variant.';
}

/** Decision time in words: 8 business hours is one business day. */
export function decisionHoursLabel(hours: number): string {
  if (hours % 8 === 0) {
    const days = hours / 8;
    return `${days} business day${days === 1 ? '' : 's'}`;
  }
  return `${hours} business hour${hours === 1 ? '' : 's'}`;
}

export interface ProductValues {
  sku: string;
  name: string;
  listPrice: string;
  active: boolean;
}

export const PRODUCT_FORM_FIELDS = ['sku', 'name', 'listPrice', 'active'] as const;

export function validateProduct(values: ProductValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const sku = values.sku.trim();
  if (!sku || sku.length > 60) errors.sku = 'SKU is 1 to 60 characters.';
  const name = values.name.trim();
  if (!name || name.length > 200) errors.name = 'Name is 1 to 200 characters.';
  if (!isAmount(values.listPrice))
    errors.listPrice = 'List price is a number with at most two decimals.';
  return errors;
}

export function toProductInput(values: ProductValues, id?: string) {
  return {
    ...(id ? { id } : {}),
    sku: values.sku.trim(),
    name: values.name.trim(),
    listPrice: cleanAmount(values.listPrice),
    active: values.active,
  };
}

export interface AccountValues {
  companyName: string;
  website: string;
  country: string | null;
}

export const ACCOUNT_FORM_FIELDS = ['companyName', 'website', 'country'] as const;

export function validateAccount(values: AccountValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = values.companyName.trim();
  if (name.length < 2 || name.length > 200)
    errors.companyName = 'Company name is 2 to 200 characters.';
  if (!values.website.trim() && !values.country)
    errors.country = 'Give a website, or a country to match the name in.';
  return errors;
}
