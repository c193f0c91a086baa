const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Lower-cases, trims, drops a leading "@" and duplicates; returns the entries that are not domains. */
export function normalizeEmailDomains(input: readonly string[]): {
  domains: string[];
  invalid: string[];
} {
  const domains: string[] = [];
  const invalid: string[] = [];
  for (const raw of input) {
    const domain = raw.trim().toLowerCase().replace(/^@/, '');
    if (!domain) continue;
    if (!DOMAIN.test(domain)) invalid.push(raw.trim());
    else if (!domains.includes(domain)) domains.push(domain);
  }
  return { domains, invalid };
}

/** The domain part of an email address, lower-case; null when it is not an address. */
export function emailDomainOf(email: string): string | null {
  const at = email.trim().lastIndexOf('@');
  if (at < 1) return null;
  const domain = email
    .trim()
    .slice(at + 1)
    .toLowerCase();
  return DOMAIN.test(domain) ? domain : null;
}
