/** What a CSV import does (or, in a preview, would do) with one row of the file. */
export enum CsvRowOutcome {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  INVALID = 'INVALID',
  DUPLICATE_IN_FILE = 'DUPLICATE_IN_FILE',
}

/**
 * Partner import columns (header names are case-insensitive; spaces and hyphens read as "_").
 * A row matches an existing partner by name (case-insensitive), else by one of its website domains.
 */
export const PARTNER_CSV_COLUMNS = [
  'name',
  'legal_name',
  'website_domains',
  'country',
  'region',
  'time_zone',
  'tier',
  'partner_type',
  'channel_manager_email',
  'status',
  'logo_url',
] as const;

/** Other header spellings accepted for a partner column. */
export const PARTNER_CSV_ALIASES: Record<string, (typeof PARTNER_CSV_COLUMNS)[number]> = {
  website: 'website_domains',
  websites: 'website_domains',
  domain: 'website_domains',
  domains: 'website_domains',
  timezone: 'time_zone',
  type: 'partner_type',
  channel_manager: 'channel_manager_email',
};

export const MAX_PARTNER_IMPORT_ROWS = 2000;

export const PRODUCT_CSV_COLUMNS = ['sku', 'name', 'list_price', 'active'] as const;
export const ACCOUNT_CSV_COLUMNS = ['company_name', 'website', 'country'] as const;
