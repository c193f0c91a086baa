import { PeriodKind } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { choosePeriod, periodOptions, periodTiming, type PeriodLike } from './periods';

const quarter = (code: string, start: string, end: string, label = code): PeriodLike => ({
  code,
  label,
  kind: PeriodKind.QUARTER,
  start,
  end,
});

// Newest first, as the API lists them.
const QUARTERS = [
  quarter('FY2027-Q1', '2027-01-01T00:00:00Z', '2027-04-01T00:00:00Z', 'FY2027 Q1'),
  quarter('FY2026-Q4', '2026-10-01T00:00:00Z', '2027-01-01T00:00:00Z', 'FY2026 Q4'),
  quarter('FY2026-Q3', '2026-07-01T00:00:00Z', '2026-10-01T00:00:00Z', 'FY2026 Q3'),
];
const NOW = Date.parse('2026-11-23T18:00:00Z');

describe('periodTiming and periodOptions', () => {
  it('marks running and upcoming periods', () => {
    expect(periodTiming(QUARTERS[0], NOW)).toBe('upcoming');
    expect(periodTiming(QUARTERS[1], NOW)).toBe('running');
    expect(periodTiming(QUARTERS[2], NOW)).toBe('past');
    expect(periodOptions(QUARTERS, NOW)).toEqual([
      { value: 'FY2027-Q1', label: 'FY2027 Q1 · upcoming' },
      { value: 'FY2026-Q4', label: 'FY2026 Q4 · running' },
      { value: 'FY2026-Q3', label: 'FY2026 Q3' },
    ]);
  });
});

describe('choosePeriod', () => {
  it('defaults to the running period', () => {
    expect(choosePeriod(null, PeriodKind.QUARTER, QUARTERS, NOW)).toBe('FY2026-Q4');
  });

  it('keeps a requested period of the right kind, even one older than the list', () => {
    expect(choosePeriod('FY2026-Q3', PeriodKind.QUARTER, QUARTERS, NOW)).toBe('FY2026-Q3');
    expect(choosePeriod('FY2024-Q1', PeriodKind.QUARTER, QUARTERS, NOW)).toBe('FY2024-Q1');
  });

  it('ignores a requested period of another kind', () => {
    expect(choosePeriod('2026-11', PeriodKind.QUARTER, QUARTERS, NOW)).toBe('FY2026-Q4');
  });

  it('falls back to the newest period, then to nothing', () => {
    expect(choosePeriod(null, PeriodKind.QUARTER, QUARTERS, Date.parse('2030-01-01'))).toBe(
      'FY2027-Q1',
    );
    expect(choosePeriod(null, PeriodKind.QUARTER, [], NOW)).toBeNull();
  });
});
