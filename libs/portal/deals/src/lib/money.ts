/**
 * Money as the API sends it: exact decimal strings ("12500.00"). Arithmetic runs on integer cents
 * held in a bigint, so totals never pick up floating-point errors.
 */

/** What the API accepts: up to 12 digits and at most two decimals, no sign. */
export const AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

/** "12,500.5" or " 12500.50 " → "12500.5"/"12500.50"; thousands separators are dropped. */
export function cleanAmount(text: string): string {
  return text.trim().replace(/[,\s]/g, '');
}

export function isAmount(text: string): boolean {
  return AMOUNT_PATTERN.test(cleanAmount(text));
}

/** "12500.5" → 1250050n; null when the text is not an amount. */
export function toCents(text: string): bigint | null {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(cleanAmount(text));
  if (!m) return null;
  const cents = BigInt(m[2] ?? '0') * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -cents : cents;
}

/** 1250050n → "12500.50". */
export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** Quantity × unit price, exactly: (3, "4000.00") → "12000.00"; null for a bad price. */
export function lineAmount(quantity: number, unitPrice: string): string | null {
  const cents = toCents(unitPrice);
  if (cents === null || !Number.isInteger(quantity) || quantity < 0) return null;
  return fromCents(cents * BigInt(quantity));
}

/** The exact sum of amounts; lines that are not amounts (yet) count as nothing. */
export function sumAmounts(amounts: readonly string[]): string {
  return fromCents(amounts.reduce((sum, a) => sum + (toCents(a) ?? 0n), 0n));
}

/** "1234567.5" → "1,234,567.50": thousands separators and always two decimals. */
export function groupAmount(amount: string): string {
  const cents = toCents(amount);
  if (cents === null) return amount;
  const [whole = '0', fraction = '00'] = fromCents(cents).split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${fraction}`;
}

/** "12500" + "USD" → "12,500.00 USD". The currency code keeps every currency unambiguous. */
export function formatMoney(amount: string | null | undefined, currency: string): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  return `${groupAmount(amount)} ${currency}`;
}
