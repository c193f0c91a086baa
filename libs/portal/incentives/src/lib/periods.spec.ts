import { PeriodKind } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { choosePeriod, periodOptions, runningCodes, type PeriodLike } from './periods';

const period = (kind: PeriodKind, code: string, start: string, end: string): PeriodLike => ({
  code,
  label: code,
  kind,
  start,
  end,
});
const Q4 = period(PeriodKind.QUARTER, 'FY2026-Q4', '2026-10-01T00:00:00Z', '2027-01-01T00:00:00Z');
const Q1 = period(PeriodKind.QUARTER, 'FY2027-Q1', '2027-01-01T00:00:00Z', '2027-04-01T00:00:00Z');
const NOV = period(PeriodKind.MONTH, '2026-11', '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z');
const NOW = Date.parse('2026-11-23T18:00:00Z');

describe('periods', () => {
  it('defaults to the running period and keeps a requested one of the kind', () => {
    expect(choosePeriod(null, PeriodKind.QUARTER, [Q1, Q4], NOW)).toBe('FY2026-Q4');
    expect(choosePeriod('FY2025-Q1', PeriodKind.QUARTER, [Q1, Q4], NOW)).toBe('FY2025-Q1');
    expect(choosePeriod('2026-11', PeriodKind.QUARTER, [Q1, Q4], NOW)).toBe('FY2026-Q4');
  });

  it('marks running and upcoming periods', () => {
    expect(periodOptions([Q1, Q4], NOW)).toEqual([
      { value: 'FY2027-Q1', label: 'FY2027-Q1 · upcoming' },
      { value: 'FY2026-Q4', label: 'FY2026-Q4 · running' },
    ]);
  });

  it('collects the running codes of every kind', () => {
    expect([...runningCodes([[Q1, Q4], [NOV], undefined], NOW)]).toEqual(['FY2026-Q4', '2026-11']);
  });
});
