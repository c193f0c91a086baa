import { REGIONS } from '@tandem/shared-domain';
import { z } from 'zod';
import {
  BUSINESS_HOURS_FIELDS,
  DEFAULT_BUSINESS_HOURS,
  ENDS_AFTER_START,
  businessHoursShape,
  endsAfterStart,
  type BusinessHoursValues,
} from './business-hours';

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'Use bare domains such as example.com.');

/** Every partner field, before the cross-field check; forms pick from it. */
export const partnerFieldsSchema = z.object({
  name: z.string().trim().min(2, 'Enter a name (at least 2 characters).').max(120),
  legalName: z.string().trim().max(200),
  logoUrl: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .url('Use a full https:// link to the logo.')
      .startsWith('https://', 'Use an https:// link.'),
  ]),
  websiteDomains: z.array(domain).max(20, 'At most 20 domains.'),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'Use the two-letter ISO code, e.g. DE.'),
  region: z.enum(REGIONS, { message: 'Choose a region.' }),
  timeZone: z.string().min(1, 'Choose a time zone.'),
  typeId: z.string().min(1, 'Choose a partner type.'),
  tierId: z.string().min(1, 'Choose a tier.'),
  channelManagerId: z.string().nullable(),
  ...businessHoursShape,
});

export const partnerFormSchema = partnerFieldsSchema.refine(endsAfterStart, ENDS_AFTER_START);

export type PartnerFormValues = {
  name: string;
  legalName: string;
  logoUrl: string;
  websiteDomains: string[];
  country: string;
  region: string;
  timeZone: string;
  typeId: string;
  tierId: string;
  channelManagerId: string | null;
} & BusinessHoursValues;

export const PARTNER_FORM_FIELDS: readonly (keyof PartnerFormValues)[] = [
  'name',
  'legalName',
  'logoUrl',
  'websiteDomains',
  'country',
  'region',
  'timeZone',
  'typeId',
  'tierId',
  'channelManagerId',
  ...BUSINESS_HOURS_FIELDS,
];

export const EMPTY_PARTNER_FORM: PartnerFormValues = {
  name: '',
  legalName: '',
  logoUrl: '',
  websiteDomains: [],
  country: '',
  region: '',
  timeZone: '',
  typeId: '',
  tierId: '',
  channelManagerId: null,
  ...DEFAULT_BUSINESS_HOURS,
};

/** API field paths such as `websiteDomains.0` point at the whole field in the form. */
export function partnerFieldAliases(): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (let i = 0; i < 20; i++) {
    aliases[`websiteDomains.${i}`] = 'websiteDomains';
    aliases[`workingDays.${i}`] = 'workingDays';
    aliases[`focusPersonaIds.${i}`] = 'focusPersonaIds';
  }
  return aliases;
}
