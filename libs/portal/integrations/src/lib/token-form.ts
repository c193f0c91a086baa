import { DEFAULT_TOKEN_RATE_LIMIT, MAX_TOKEN_RATE_LIMIT } from '@tandem/shared-domain';

export interface TokenFormValues {
  name: string;
  permissions: string[];
  rateLimitPerMinute: number | string;
  /** yyyy-mm-dd or empty for a token that never expires. */
  expiresOn: string;
}

export const TOKEN_FORM_FIELDS = ['name', 'permissions', 'rateLimitPerMinute', 'expiresAt'];

export function emptyTokenValues(): TokenFormValues {
  return { name: '', permissions: [], rateLimitPerMinute: DEFAULT_TOKEN_RATE_LIMIT, expiresOn: '' };
}

/** The same rules the API applies, so most mistakes are caught before sending. */
export function validateTokenForm(
  values: TokenFormValues,
  today: string,
): Partial<Record<keyof TokenFormValues, string>> {
  const errors: Partial<Record<keyof TokenFormValues, string>> = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Name the token after what will use it.';
  else if (name.length > 80) errors.name = 'Keep the name to 80 characters or fewer.';
  if (values.permissions.length === 0) errors.permissions = 'Choose at least one permission.';
  const rate = Number(values.rateLimitPerMinute);
  if (!Number.isInteger(rate) || rate < 1 || rate > MAX_TOKEN_RATE_LIMIT)
    errors.rateLimitPerMinute = `A whole number from 1 to ${MAX_TOKEN_RATE_LIMIT}.`;
  if (values.expiresOn && values.expiresOn <= today)
    errors.expiresOn = 'Choose a date after today, or leave it empty.';
  return errors;
}

export function toTokenInput(values: TokenFormValues) {
  return {
    name: values.name.trim(),
    permissions: values.permissions,
    rateLimitPerMinute: Number(values.rateLimitPerMinute),
    // The end of the chosen day, in UTC, so "expires on the 31st" includes the 31st.
    expiresAt: values.expiresOn ? `${values.expiresOn}T23:59:59.999Z` : null,
  };
}

export type TokenState = 'active' | 'revoked' | 'expired';

export function tokenState(
  token: { revokedAt?: string | null; expiresAt?: string | null },
  now: Date,
): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt) <= now) return 'expired';
  return 'active';
}

/** A first call to try with a new token, shown with the secret. */
export function curlExample(origin: string, secret: string): string {
  return [
    `curl -s ${origin}/graphql \\`,
    `  -H 'Authorization: Bearer ${secret}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '{"query":"{ leads(page: { limit: 5 }) { totalCount items { id contactName stage } } }"}'`,
  ].join('\n');
}
