import { FieldError } from '@tandem/api-core';
import { normalizeCountry, normalizeDomain } from '@tandem/api-directory';
import { LeadPriority } from '@tandem/shared-domain';

/** A lead's own fields as a person or a CSV row gives them (before checks). */
export interface LeadFieldsRaw {
  contactName?: string | null;
  email?: string | null;
  phone?: string | null;
  title?: string | null;
  company?: string | null;
  domain?: string | null;
  country?: string | null;
  companySize?: number | null;
  personaId?: string | null;
  campaignId?: string | null;
  consent?: boolean | null;
  priority?: LeadPriority | null;
  notes?: string | null;
  campaignResponses?: number | null;
  contentDownloads?: number | null;
}

export interface LeadFields {
  contactName: string;
  email: string;
  phone: string;
  title: string;
  company: string;
  domain: string;
  country: string | null;
  companySize: number | null;
  personaId: string | null;
  campaignId: string | null;
  consent: boolean;
  priority: LeadPriority;
  notes: string;
  campaignResponses: number;
  contentDownloads: number;
}

// Pragmatic address check: something@something.tld, no spaces; the same rule for form and CSV.
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

type TextField = 'contactName' | 'email' | 'phone' | 'title' | 'company' | 'notes';

const LIMITS: Record<TextField, number> = {
  contactName: 200,
  email: 254,
  phone: 50,
  title: 200,
  company: 200,
  notes: 5000,
};

const LABELS: Record<TextField, string> = {
  contactName: 'Contact name',
  email: 'Email',
  phone: 'Phone',
  title: 'Title',
  company: 'Company',
  notes: 'Notes',
};

function text(raw: LeadFieldsRaw, key: TextField, errors: FieldError[]): string {
  const value = String(raw[key] ?? '').trim();
  if (value.length > LIMITS[key])
    errors.push({
      field: key,
      message: `${LABELS[key]} can be at most ${LIMITS[key]} characters (it has ${value.length}).`,
    });
  return value;
}

function count(value: number | null | undefined, field: string, errors: FieldError[]): number {
  if (value === null || value === undefined) return 0;
  if (!Number.isInteger(value) || value < 0 || value > 10_000) {
    errors.push({ field, message: 'Use a whole number from 0 to 10,000.' });
    return 0;
  }
  return value;
}

/** Checks and normalizes a lead's fields; every problem becomes a message a person can act on. */
export function checkLeadFields(raw: LeadFieldsRaw, errors: FieldError[]): LeadFields {
  const contactName = text(raw, 'contactName', errors);
  if (!contactName) errors.push({ field: 'contactName', message: 'Enter the contact’s name.' });
  const email = text(raw, 'email', errors).toLowerCase();
  if (!email) errors.push({ field: 'email', message: 'Enter the contact’s email address.' });
  else if (!EMAIL_RE.test(email))
    errors.push({ field: 'email', message: `“${email}” is not an email address.` });
  const domainRaw = String(raw.domain ?? '').trim();
  let domain = '';
  if (domainRaw) {
    const d = normalizeDomain(domainRaw);
    if (!d) errors.push({ field: 'domain', message: `“${domainRaw}” is not a website domain.` });
    else domain = d;
  } else if (email.includes('@')) {
    domain = normalizeDomain(email.split('@')[1] ?? '') ?? '';
  }
  const countryRaw = String(raw.country ?? '').trim();
  const country = countryRaw ? normalizeCountry(countryRaw, errors) : null;
  let companySize: number | null = null;
  if (raw.companySize !== null && raw.companySize !== undefined) {
    if (!Number.isInteger(raw.companySize) || raw.companySize < 1 || raw.companySize > 10_000_000)
      errors.push({
        field: 'companySize',
        message: 'Company size is a number of employees (1 or more).',
      });
    else companySize = raw.companySize;
  }
  const priority = raw.priority ?? LeadPriority.NORMAL;
  if (!Object.values(LeadPriority).includes(priority))
    errors.push({ field: 'priority', message: 'Priority is NORMAL or HOT.' });
  return {
    contactName,
    email,
    phone: text(raw, 'phone', errors),
    title: text(raw, 'title', errors),
    company: text(raw, 'company', errors),
    domain,
    country,
    companySize,
    personaId: raw.personaId ?? null,
    campaignId: raw.campaignId ?? null,
    consent: raw.consent ?? false,
    priority,
    notes: text(raw, 'notes', errors),
    campaignResponses: count(raw.campaignResponses, 'campaignResponses', errors),
    contentDownloads: count(raw.contentDownloads, 'contentDownloads', errors),
  };
}
