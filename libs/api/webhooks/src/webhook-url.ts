import { isIP } from 'node:net';

/**
 * Checks an endpoint URL and returns what is wrong with it (or null). Outside development and
 * tests only https URLs on public addresses are accepted; the check looks at the URL as written
 * (IP literals and localhost), it does not resolve host names.
 */
export function webhookUrlProblem(raw: string, allowInsecure: boolean): string | null {
  if (raw.length > 2000) return 'Keep the URL under 2,000 characters.';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Enter a full URL, for example https://crm.example.com/hooks/tandem.';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowInsecure))
    return allowInsecure ? 'Use an http:// or https:// URL.' : 'Use an https:// URL.';
  if (url.username || url.password)
    return 'Leave the user name and password out of the URL; receivers verify the signature instead.';
  if (url.hash) return 'Leave the #fragment out of the URL.';
  if (!allowInsecure && isPrivateHost(url.hostname))
    return 'Private, loopback and link-local addresses cannot receive webhooks.';
  return null;
}

function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal'))
    return true;
  const version = isIP(host);
  if (version === 4) {
    const [a, b] = host.split('.').map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (version === 6) {
    return (
      host === '::' ||
      host === '::1' ||
      host.startsWith('fc') ||
      host.startsWith('fd') ||
      host.startsWith('fe80') ||
      host.startsWith('::ffff:')
    );
  }
  return false;
}
