import { describe, expect, it } from '@jest/globals';
import { PeriodKind, parsePeriodKind, periodKindOfCode, runningPeriod } from './analytics';

const QUARTERS = [
  { code: 'FY2027-Q1', start: '2027-01-01T00:00:00Z', end: '2027-04-01T00:00:00Z' },
  { code: 'FY2026-Q4', start: '2026-10-01T00:00:00Z', end: '2027-01-01T00:00:00Z' },
  { code: 'FY2026-Q3', start: '2026-07-01T00:00:00Z', end: '2026-10-01T00:00:00Z' },
];

describe('period codes', () => {
  it('tells quarters, years and months apart and rejects anything else', () => {
    expect(periodKindOfCode('FY2026-Q4')).toBe(PeriodKind.QUARTER);
    expect(periodKindOfCode('FY2026')).toBe(PeriodKind.YEAR);
    expect(periodKindOfCode('2026-11')).toBe(PeriodKind.MONTH);
    for (const bad of ['2026-13', 'FY2026-Q5', 'FY26', '', null, undefined])
      expect(periodKindOfCode(bad)).toBeNull();
  });

  it('reads period kinds from the address, enum values only', () => {
    expect(parsePeriodKind('MONTH')).toBe(PeriodKind.MONTH);
    expect(parsePeriodKind('month')).toBeNull();
    expect(parsePeriodKind(null)).toBeNull();
  });

  it('finds the running period, start inside and end outside', () => {
    expect(runningPeriod(QUARTERS, Date.parse('2026-11-23T18:00:00Z'))?.code).toBe('FY2026-Q4');
    expect(runningPeriod(QUARTERS, Date.parse('2026-10-01T00:00:00Z'))?.code).toBe('FY2026-Q4');
    expect(runningPeriod(QUARTERS, Date.parse('2026-09-30T23:59:59Z'))?.code).toBe('FY2026-Q3');
    expect(runningPeriod(QUARTERS, Date.parse('2030-01-01T00:00:00Z'))).toBeNull();
  });
});
