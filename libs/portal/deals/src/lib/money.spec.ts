import { describe, expect, it } from 'vitest';
import {
  cleanAmount,
  formatMoney,
  fromCents,
  groupAmount,
  isAmount,
  lineAmount,
  sumAmounts,
  toCents,
} from './money';

describe('money on decimal strings', () => {
  it('reads amounts into integer cents and back, exactly', () => {
    expect(toCents('12500')).toBe(1_250_000n);
    expect(toCents('12500.5')).toBe(1_250_050n);
    expect(toCents('0.07')).toBe(7n);
    expect(toCents('12,500.00')).toBe(1_250_000n);
    expect(toCents('12.345')).toBeNull();
    expect(toCents('abc')).toBeNull();
    expect(fromCents(1_250_050n)).toBe('12500.50');
    expect(fromCents(7n)).toBe('0.07');
    expect(fromCents(-150n)).toBe('-1.50');
  });

  it('adds amounts without floating-point drift', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point.
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['999999999999.99', '0.01'])).toBe('1000000000000.00');
    expect(sumAmounts(['12000.00', 'not yet', ''])).toBe('12000.00');
    expect(sumAmounts([])).toBe('0.00');
  });

  it('multiplies a list price by a quantity exactly', () => {
    expect(lineAmount(3, '4000.00')).toBe('12000.00');
    expect(lineAmount(7, '0.15')).toBe('1.05');
    expect(lineAmount(1_000_000, '999999.99')).toBe('999999990000.00');
    expect(lineAmount(2, 'x')).toBeNull();
    expect(lineAmount(1.5, '10.00')).toBeNull();
  });

  it('checks amounts the way the API does', () => {
    expect(isAmount('12500')).toBe(true);
    expect(isAmount(' 12,500.50 ')).toBe(true);
    expect(isAmount('12500.505')).toBe(false);
    expect(isAmount('-5')).toBe(false);
    expect(isAmount('1234567890123')).toBe(false);
    expect(cleanAmount(' 1,200.5 ')).toBe('1200.5');
  });

  it('formats with separators, two decimals and the currency code', () => {
    expect(groupAmount('1234567.5')).toBe('1,234,567.50');
    expect(groupAmount('999')).toBe('999.00');
    expect(formatMoney('16000', 'USD')).toBe('16,000.00 USD');
    expect(formatMoney('1500.25', 'JPY')).toBe('1,500.25 JPY');
    expect(formatMoney(null, 'EUR')).toBe('—');
  });
});
