import { PeriodKind } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  choosePeriod,
  parsePeriodKind,
  periodKindOfCode,
  periodOptions,
  periodTiming,
  runningPeriod,
  type PeriodLike,
} from './periods';

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

describe('periodKindOfCode', () => {
  it('tells quarters, years and months apart', () => {
    expect(periodKindOfCode('FY2026-Q4')).toBe(PeriodKind.QUARTER);
    expect(periodKindOfCode('FY2026')).toBe(PeriodKind.YEAR);
    expect(periodKindOfCode('2026-11')).toBe(PeriodKind.MONTH);
  });

  it('rejects anything else', () => {
    expect(periodKindOfCode('FY2026-Q5')).toBeNull();
    expect(periodKindOfCode('2026-13')).toBeNull();
    expect(periodKindOfCode('')).toBeNull();
    expect(periodKindOfCode(null)).toBeNull();
  });
});

describe('parsePeriodKind', () => {
  it('accepts the enum values only', () => {
    expect(parsePeriodKind('MONTH')).toBe(PeriodKind.MONTH);
    expect(parsePeriodKind('month')).toBeNull();
    expect(parsePeriodKind(null)).toBeNull();
  });
});

describe('runningPeriod', () => {
  it('finds the period with start ≤ now < end', () => {
    expect(runningPeriod(QUARTERS, NOW)?.code).toBe('FY2026-Q4');
  });

  it('counts the start as inside and the end as outside', () => {
    expect(runningPeriod(QUARTERS, Date.parse('2027-01-01T00:00:00Z'))?.code).toBe('FY2027-Q1');
  });

  it('is null when no period is running', () => {
    expect(runningPeriod(QUARTERS, Date.parse('2030-01-01T00:00:00Z'))).toBeNull();
  });
});

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
