/** Which single sign-on connection (its button label) an email uses; null when none or unknown. */
export async function discoverSso(email: string, signal?: AbortSignal): Promise<string | null> {
  const res = await fetch(`/auth/sso/discover?email=${encodeURIComponent(email)}`, {
    credentials: 'include',
    signal,
  });
  if (!res.ok) return null;
  const body = (await res.json()) as { connection?: { name?: string } | null };
  return body.connection?.name ?? null;
}

/** Where the browser goes to sign in through the email's identity provider. */
export function ssoStartUrl(email: string): string {
  return `/auth/sso/start?email=${encodeURIComponent(email.trim())}`;
}

/** Only lookups for something that looks like a whole address are worth a request. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value.trim());
}
