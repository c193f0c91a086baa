import { LeadPriority } from '@tandem/shared-domain';

export interface LeadFormValues {
  contactName: string;
  email: string;
  phone: string;
  title: string;
  company: string;
  domain: string;
  /** ISO 3166-1 alpha-2, e.g. US. */
  country: string;
  companySize: number | string;
  personaId: string | null;
  campaignId: string | null;
  consent: boolean;
  priority: LeadPriority;
  campaignResponses: number | string;
  contentDownloads: number | string;
  notes: string;
  /** Partner staff: offer the new MQL to this rep instead of round-robin. */
  offerToUserId: string | null;
}

export const LEAD_FORM_FIELDS = [
  'contactName',
  'email',
  'phone',
  'title',
  'company',
  'domain',
  'country',
  'companySize',
  'personaId',
  'campaignId',
  'consent',
  'priority',
  'campaignResponses',
  'contentDownloads',
  'notes',
  'offerToUserId',
] as const;

/** API field paths that name a form field differently. */
export const LEAD_FIELD_ALIASES: Record<string, string> = { userId: 'offerToUserId' };

/** The lead fields the form edits, as the API returns them. */
export interface LeadFormSource {
  contactName: string;
  email: string;
  phone: string;
  title: string;
  company: string;
  domain: string;
  country?: string | null;
  companySize?: number | null;
  personaId?: string | null;
  campaignId?: string | null;
  consent: boolean;
  priority: LeadPriority;
  campaignResponses: number;
  contentDownloads: number;
  notes: string;
}

export function emptyLeadValues(): LeadFormValues {
  return {
    contactName: '',
    email: '',
    phone: '',
    title: '',
    company: '',
    domain: '',
    country: '',
    companySize: '',
    personaId: null,
    campaignId: null,
    consent: false,
    priority: LeadPriority.NORMAL,
    campaignResponses: '',
    contentDownloads: '',
    notes: '',
    offerToUserId: null,
  };
}

export function leadValuesFrom(lead: LeadFormSource): LeadFormValues {
  return {
    contactName: lead.contactName,
    email: lead.email,
    phone: lead.phone,
    title: lead.title,
    company: lead.company,
    domain: lead.domain,
    country: lead.country ?? '',
    companySize: lead.companySize ?? '',
    personaId: lead.personaId ?? null,
    campaignId: lead.campaignId ?? null,
    consent: lead.consent,
    priority: lead.priority,
    campaignResponses: lead.campaignResponses || '',
    contentDownloads: lead.contentDownloads || '',
    notes: lead.notes,
    offerToUserId: null,
  };
}

// The same pragmatic rule the API applies: something@something.tld, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

const blank = (v: number | string) => v === '' || v === null || v === undefined;

function isCount(v: number | string): boolean {
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 && n <= 10_000;
}

/** Checks what the browser can check; the API has the last word (and maps its own messages). */
export function validateLeadForm(values: LeadFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.contactName.trim()) errors.contactName = 'Enter the contact’s name.';
  const email = values.email.trim();
  if (!email) errors.email = 'Enter the contact’s email address.';
  else if (!EMAIL.test(email)) errors.email = `“${email}” is not an email address.`;
  const country = values.country.trim();
  if (country && !/^[A-Za-z]{2}$/.test(country))
    errors.country = 'Use a two-letter country code such as US, DE or JP.';
  if (!blank(values.companySize)) {
    const n = Number(values.companySize);
    if (!Number.isInteger(n) || n < 1)
      errors.companySize = 'Company size is a number of employees (1 or more).';
  }
  for (const key of ['campaignResponses', 'contentDownloads'] as const) {
    if (!blank(values[key]) && !isCount(values[key]))
      errors[key] = 'Use a whole number from 0 to 10,000.';
  }
  return errors;
}

function fields(values: LeadFormValues) {
  const country = values.country.trim().toUpperCase();
  return {
    contactName: values.contactName.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    title: values.title.trim(),
    company: values.company.trim(),
    domain: values.domain.trim(),
    country: country || null,
    companySize: blank(values.companySize) ? null : Number(values.companySize),
    personaId: values.personaId || null,
    campaignId: values.campaignId || null,
    consent: values.consent,
    priority: values.priority,
    campaignResponses: blank(values.campaignResponses) ? 0 : Number(values.campaignResponses),
    contentDownloads: blank(values.contentDownloads) ? 0 : Number(values.contentDownloads),
    notes: values.notes.trim(),
  };
}

/** Input for `createLead`; the rep is only sent by partner staff who may choose one. */
export function toCreateLeadInput(values: LeadFormValues, mayPickRep: boolean) {
  return {
    ...fields(values),
    ...(mayPickRep && values.offerToUserId ? { offerToUserId: values.offerToUserId } : {}),
  };
}

/** Input for `updateLead`: every field, with the version the form was loaded from. */
export function toUpdateLeadInput(values: LeadFormValues, id: string, version: number) {
  return { ...fields(values), id, version };
}
