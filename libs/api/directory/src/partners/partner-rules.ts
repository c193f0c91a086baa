import { FieldError } from '@tandem/api-core';

const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const timeZones = new Set(Intl.supportedValuesOf('timeZone'));

/** "https://www.Acme.com/about" → "acme.com". Returns null when it is not a domain. */
export function normalizeDomain(input: string): string | null {
  let value = input.trim().toLowerCase();
  value = value.replace(/^[a-z]+:\/\//, '').split(/[/?#]/)[0] ?? '';
  value = value.replace(/^www\./, '').replace(/\.$/, '');
  return DOMAIN_RE.test(value) ? value : null;
}

export function normalizeDomains(values: string[], errors: FieldError[]): string[] {
  const out: string[] = [];
  for (const raw of values) {
    if (!raw.trim()) continue;
    const domain = normalizeDomain(raw);
    if (!domain) {
      errors.push({
        field: 'websiteDomains',
        message: `“${raw}” is not a website domain (e.g. acme.com).`,
      });
    } else if (!out.includes(domain)) {
      out.push(domain);
    }
  }
  return out;
}

export function normalizeCountry(input: string, errors: FieldError[]): string {
  const code = input.trim().toUpperCase();
  // ZZ is CLDR's "Unknown Region"; unassigned codes have no name at all.
  if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ' || !regionNames.of(code)) {
    errors.push({
      field: 'country',
      message: 'Use a two-letter country code such as US, DE or JP.',
    });
  }
  return code;
}

export function checkTimeZone(input: string, errors: FieldError[]): string {
  const zone = input.trim();
  if (!timeZones.has(zone) && zone !== 'UTC') {
    errors.push({
      field: 'timeZone',
      message: 'Use an IANA time zone such as Europe/Berlin or America/New_York.',
    });
  }
  return zone;
}

export function countryName(code: string): string {
  return regionNames.of(code) ?? code;
}

interface BusinessHoursInput {
  workingDays?: number[];
  workdayStartHour?: number;
  workdayEndHour?: number;
  focusPersonaIds?: string[];
}

/** Business hours and specialisations as given; checks that the working day has a positive length. */
export function businessHours(
  input: BusinessHoursInput,
  errors: FieldError[],
  current?: { workdayStartHour: number; workdayEndHour: number },
): BusinessHoursInput {
  const out: BusinessHoursInput = {};
  if (input.workingDays !== undefined)
    out.workingDays = [...new Set(input.workingDays)].sort((a, b) => a - b);
  if (input.workdayStartHour !== undefined) out.workdayStartHour = input.workdayStartHour;
  if (input.workdayEndHour !== undefined) out.workdayEndHour = input.workdayEndHour;
  if (input.focusPersonaIds !== undefined)
    out.focusPersonaIds = [...new Set(input.focusPersonaIds)];
  const start = out.workdayStartHour ?? current?.workdayStartHour ?? 9;
  const end = out.workdayEndHour ?? current?.workdayEndHour ?? 17;
  if (end <= start)
    errors.push({ field: 'workdayEndHour', message: 'Business hours must end after they start.' });
  return out;
}
