/** Exact money arithmetic in integer cents (bigint): "12500.5" → 1250050n. Never floats. */
export function toCents(amount: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!m) throw new Error(`Not an amount: ${amount}`);
  const cents = BigInt(m[2] ?? '0') * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -cents : cents;
}

/** 1250050n → "12500.50". */
export function centsToString(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const s = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  return negative ? `-${s}` : s;
}

/** A numeric column as an exact decimal string: Postgres numeric in, a string out (never a float). */
export const moneyTransformer = {
  to: (v: string | number | null | undefined) => (v === null || v === undefined ? v : String(v)),
  from: (v: string | null) => v,
};
