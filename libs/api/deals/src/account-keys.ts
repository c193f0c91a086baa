import { getDomain } from 'tldts';

/** Legal-form words dropped before comparing company names (many languages, lower case). */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'kgaa',
  'ug',
  'se',
  'sa',
  'sas',
  'sarl',
  'sl',
  'sau',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'kk',
  'pty',
  'pte',
  'bhd',
  'sdn',
  'ltda',
  'eireli',
  'me',
  'cv',
  'de',
  'the',
  'and',
  'group',
  'holding',
  'holdings',
]);

/**
 * "ACME, Inc." → "acme"; "Société Générale S.A." → "societe generale". Case, accents,
 * punctuation and legal forms do not make two companies different.
 */
export function normalizeCompanyName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // Dotted initials are one word: "s.a." → "sa", "s.a.r.l" → "sarl".
    .replace(/(?:(?<![\p{L}\p{N}])\p{L}\.){1,}\p{L}(?![\p{L}\p{N}])\.?/gu, (m) =>
      m.replace(/\./g, ''),
    )
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const kept = words.filter((w) => !LEGAL_SUFFIXES.has(w));
  return (kept.length ? kept : words).join(' ');
}

/**
 * The registrable domain of a website or email: "https://www.shop.Acme.co.uk/x" → "acme.co.uk"
 * (public-suffix aware). Null when the text holds no domain.
 */
export function registrableDomain(input: string | null | undefined): string | null {
  const text = (input ?? '').trim().toLowerCase();
  if (!text) return null;
  const host = text.includes('@') && !text.includes('://') ? (text.split('@').pop() ?? '') : text;
  const domain = getDomain(host.includes('://') ? host : `http://${host}`);
  return domain && domain.includes('.') ? domain : null;
}
