/**
 * Money travels as exact decimal strings ("12500.50"). Arithmetic happens in integer cents
 * (bigint) so the portal's figures match the API's to the cent.
 */

const MONEY = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** "12500.5" → 1250050n; throws on anything that is not an amount with at most two decimals. */
export function toCents(amount: string): bigint {
  const m = MONEY.exec(amount.trim());
  if (!m) throw new Error(`Not an amount: ${amount}`);
  const cents = BigInt(m[2] ?? '0') * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -cents : cents;
}

/** 1250050n → "12500.50". */
export function centsToString(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/**
 * What a person typed as an amount ("$1,250.50", "2500") in the API's form ("1250.50", "2500"),
 * or null when it is not a non-negative amount with at most two decimals (the API's limit).
 */
export function moneyFromInput(input: string): string | null {
  const cleaned = input.replace(/[$,\s]/g, '');
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(cleaned)) return null;
  return cleaned;
}

/** Like moneyFromInput, but also null for zero: an amount someone asks for, approves or claims. */
export function positiveMoneyFromInput(input: string): string | null {
  const amount = moneyFromInput(input);
  return amount !== null && toCents(amount) > 0n ? amount : null;
}

/** "5000.00" → "5000", "5000.50" → "5000.50": an API amount as a form field shows it. */
export function moneyToInput(amount: string | null | undefined): string {
  if (!amount) return '';
  try {
    const cents = toCents(amount);
    return cents % 100n === 0n ? String(cents / 100n) : centsToString(cents);
  } catch {
    return amount;
  }
}

const wholeDollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const withCents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "3200.00" → "$3,200"; "3200.5" → "$3,200.50" (cents only when there are some). */
export function formatMoney(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '–';
  let cents: bigint;
  try {
    cents = toCents(amount);
  } catch {
    return amount;
  }
  const value = Number(cents) / 100;
  return cents % 100n === 0n ? wholeDollars.format(value) : withCents.format(value);
}
