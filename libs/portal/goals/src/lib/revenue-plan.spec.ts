import { describe, expect, it } from 'vitest';
import {
  checkRevenueTarget,
  formatAssumption,
  formatLagDays,
  formatWeight,
  isPastDue,
} from './revenue-plan';

describe('checkRevenueTarget', () => {
  it('reads amounts typed with separators and a dollar sign', () => {
    expect(checkRevenueTarget('$150,000')).toEqual({ ok: true, revenue: '150000' });
    expect(checkRevenueTarget('250000.50')).toEqual({ ok: true, revenue: '250000.50' });
    expect(checkRevenueTarget('0150')).toEqual({ ok: true, revenue: '150' });
  });

  it('refuses empty, zero, non-numbers and fractions of cents', () => {
    expect(checkRevenueTarget('')).toMatchObject({ ok: false });
    expect(checkRevenueTarget('0')).toEqual({
      ok: false,
      error: 'Enter a revenue target above zero.',
    });
    expect(checkRevenueTarget('a lot')).toMatchObject({ ok: false });
    expect(checkRevenueTarget('1.005')).toMatchObject({ ok: false });
  });
});

describe('formatAssumption', () => {
  it('shows the deal size as money and rates as percentages', () => {
    expect(formatAssumption('averageDealSize', 35857.1429)).toBe('$35,857.14');
    expect(formatAssumption('winRate', 0.5231)).toBe('52.3%');
    expect(formatAssumption('mqlToSql', null)).toBe('–');
  });
});

describe('formatWeight and formatLagDays', () => {
  it('reads naturally', () => {
    expect(formatWeight(0.7436)).toBe('74%');
    expect(formatWeight(0)).toBe('0%');
    expect(formatLagDays(1)).toBe('1 day');
    expect(formatLagDays(42.6)).toBe('42.6 days');
    expect(formatLagDays(0)).toBe('0 days');
  });
});

describe('isPastDue', () => {
  it('is true once the date is behind us', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(isPastDue('2026-11-14T04:48:00Z', now)).toBe(true);
    expect(isPastDue('2027-01-01T00:00:00Z', now)).toBe(false);
  });
});
