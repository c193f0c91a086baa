import { describe, expect, it } from 'vitest';
import {
  centsToString,
  formatMoney,
  moneyFromInput,
  moneyToInput,
  positiveMoneyFromInput,
  toCents,
} from './money';

describe('cents', () => {
  it('reads and writes exact amounts', () => {
    expect(toCents('12500.5')).toBe(1250050n);
    expect(toCents('0.07')).toBe(7n);
    expect(toCents('-3')).toBe(-300n);
    expect(centsToString(1250050n)).toBe('12500.50');
    expect(centsToString(-7n)).toBe('-0.07');
    expect(() => toCents('1.005')).toThrow();
  });
});

describe('amounts as people type them', () => {
  it('accepts dollar signs, separators and spaces', () => {
    expect(moneyFromInput('$1,250.50')).toBe('1250.50');
    expect(moneyFromInput(' 2500 ')).toBe('2500');
    expect(moneyFromInput('0')).toBe('0');
  });

  it('refuses what the API would refuse', () => {
    expect(moneyFromInput('')).toBeNull();
    expect(moneyFromInput('-5')).toBeNull();
    expect(moneyFromInput('1.005')).toBeNull();
    expect(moneyFromInput('12k')).toBeNull();
    expect(moneyFromInput('1234567890123')).toBeNull();
  });

  it('asks for more than nothing where funds change hands', () => {
    expect(positiveMoneyFromInput('0.00')).toBeNull();
    expect(positiveMoneyFromInput('0.01')).toBe('0.01');
  });

  it('shows API amounts in a field without needless cents', () => {
    expect(moneyToInput('5000.00')).toBe('5000');
    expect(moneyToInput('5000.50')).toBe('5000.50');
    expect(moneyToInput(null)).toBe('');
  });
});

describe('formatMoney', () => {
  it('shows whole dollars, cents only when there are some', () => {
    expect(formatMoney('12500.00')).toBe('$12,500');
    expect(formatMoney('3200.5')).toBe('$3,200.50');
    expect(formatMoney('0.00')).toBe('$0');
    expect(formatMoney(null)).toBe('–');
  });
});
