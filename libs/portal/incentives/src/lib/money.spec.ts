import { describe, expect, it } from 'vitest';
import { centsToString, divHalfUp, formatMoney, moneyFromInput, sumMoney, toCents } from './money';

describe('cents', () => {
  it('reads and writes exact amounts', () => {
    expect(toCents('12500.5')).toBe(1250050n);
    expect(toCents('0.07')).toBe(7n);
    expect(toCents('-3')).toBe(-300n);
    expect(centsToString(1250050n)).toBe('12500.50');
    expect(centsToString(-7n)).toBe('-0.07');
    expect(() => toCents('1.005')).toThrow();
  });

  it('rounds half up', () => {
    expect(divHalfUp(5n, 2n)).toBe(3n);
    expect(divHalfUp(4n, 3n)).toBe(1n);
  });

  it('adds up without floating point drift', () => {
    expect(sumMoney(['0.10', '0.20', '1200.05'])).toBe('1200.35');
    expect(sumMoney([])).toBe('0.00');
  });
});

describe('moneyFromInput', () => {
  it('accepts amounts as people type them', () => {
    expect(moneyFromInput('$1,250.50')).toBe('1250.50');
    expect(moneyFromInput(' 2500 ')).toBe('2500');
  });

  it('refuses what the API would refuse', () => {
    expect(moneyFromInput('')).toBeNull();
    expect(moneyFromInput('-5')).toBeNull();
    expect(moneyFromInput('12.345')).toBeNull();
    expect(moneyFromInput('lots')).toBeNull();
  });
});

describe('formatMoney', () => {
  it('shows cents only when there are some', () => {
    expect(formatMoney('3200.00')).toBe('$3,200');
    expect(formatMoney('3200.5')).toBe('$3,200.50');
    expect(formatMoney('0.00')).toBe('$0');
    expect(formatMoney(null)).toBe('–');
  });
});
