import { PARTNER_CSV_COLUMNS, REGIONS } from '@tandem/shared-domain';

type Column = (typeof PARTNER_CSV_COLUMNS)[number];

/** What each partner import column holds, for the help next to the upload. */
export const PARTNER_CSV_HELP: Record<Column, string> = {
  name: 'Required. Also how a row finds an existing partner (case does not matter).',
  legal_name: 'Optional registered company name.',
  website_domains:
    'Domains separated by “;”, e.g. acme.com; acme.de. A partner with one of them is updated when no name matches.',
  country: 'Two-letter code such as US, DE or JP.',
  region: `One of ${REGIONS.join(', ')}.`,
  time_zone: 'IANA time zone such as Europe/Berlin; SLA clocks run in it.',
  tier: 'Tier name, as in program settings.',
  partner_type: 'Partner type name, as in program settings.',
  channel_manager_email: 'Sign-in email of the channel manager who owns the partner.',
  status: 'ONBOARDING (default for new partners) or ACTIVE; suspend on the partner page.',
  logo_url: 'https:// link to the logo for co-branded content.',
};

const EXAMPLE: Record<Column, string> = {
  name: 'Example Resellers',
  legal_name: 'Example Resellers GmbH',
  website_domains: 'example-resellers.com',
  country: 'DE',
  region: 'EMEA',
  time_zone: 'Europe/Berlin',
  tier: 'Gold',
  partner_type: 'Reseller',
  channel_manager_email: '',
  status: 'ONBOARDING',
  logo_url: '',
};

/** A CSV with the header row and one example row, for people to fill in. */
export function partnerCsvTemplate(): string {
  const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${PARTNER_CSV_COLUMNS.join(',')}\n${PARTNER_CSV_COLUMNS.map((c) => cell(EXAMPLE[c])).join(',')}\n`;
}
