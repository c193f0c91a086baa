import { describe, expect, it } from 'vitest';
import { periodSelectData, runningOrLatestPeriod, shortPeriodLabel } from './periods';

const q = (code: string, label: string, start: string, end: string) => ({
  code,
  label,
  start,
  end,
});
// Newest first, as the API lists them: two upcoming quarters, the running one, two past ones.
const QUARTERS = [
  q('FY2027-Q2', 'FY2027 Q2 (Apr–Jun 2027)', '2027-04-01T00:00:00Z', '2027-07-01T00:00:00Z'),
  q('FY2027-Q1', 'FY2027 Q1 (Jan–Mar 2027)', '2027-01-01T00:00:00Z', '2027-04-01T00:00:00Z'),
  q('FY2026-Q4', 'FY2026 Q4 (Oct–Dec 2026)', '2026-10-01T00:00:00Z', '2027-01-01T00:00:00Z'),
  q('FY2026-Q3', 'FY2026 Q3 (Jul–Sep 2026)', '2026-07-01T00:00:00Z', '2026-10-01T00:00:00Z'),
  q('FY2026-Q2', 'FY2026 Q2 (Apr–Jun 2026)', '2026-04-01T00:00:00Z', '2026-07-01T00:00:00Z'),
];
const NOW = Date.parse('2026-11-23T18:00:00Z');

describe('runningOrLatestPeriod', () => {
  it('finds the period with start ≤ now < end', () => {
    expect(runningOrLatestPeriod(QUARTERS, NOW)?.code).toBe('FY2026-Q4');
    expect(runningOrLatestPeriod(QUARTERS, Date.parse('2026-10-01T00:00:00Z'))?.code).toBe(
      'FY2026-Q4',
    );
    expect(runningOrLatestPeriod(QUARTERS, Date.parse('2026-09-30T23:59:59Z'))?.code).toBe(
      'FY2026-Q3',
    );
  });

  it('falls back to the newest period that has started', () => {
    expect(runningOrLatestPeriod(QUARTERS.slice(0, 2).concat(QUARTERS.slice(3)), NOW)?.code).toBe(
      'FY2026-Q3',
    );
    expect(runningOrLatestPeriod([], NOW)).toBeNull();
  });
});

describe('shortPeriodLabel', () => {
  it('drops the date range', () => {
    expect(shortPeriodLabel('FY2026 Q4 (Oct–Dec 2026)')).toBe('FY2026 Q4');
    expect(shortPeriodLabel('November 2026')).toBe('November 2026');
  });
});

describe('periodSelectData', () => {
  it('sets the running period apart from upcoming and earlier ones', () => {
    const groups = periodSelectData(QUARTERS, NOW, 'FY2026-Q4');
    expect(groups.map((g) => g.group)).toEqual(['Upcoming', 'Running', 'Earlier']);
    expect(groups[0].items.map((i) => i.value)).toEqual(['FY2027-Q2', 'FY2027-Q1']);
    expect(groups[1].items).toEqual([{ value: 'FY2026-Q4', label: 'FY2026 Q4 (Oct–Dec 2026)' }]);
    expect(groups[2].items.map((i) => i.value)).toEqual(['FY2026-Q3', 'FY2026-Q2']);
  });

  it('keeps an older period from the address selectable', () => {
    const groups = periodSelectData(QUARTERS, NOW, 'FY2024-Q1');
    expect(groups[2].items.at(-1)).toEqual({ value: 'FY2024-Q1', label: 'FY2024-Q1' });
  });

  it('leaves out empty groups', () => {
    expect(periodSelectData([], NOW, null)).toEqual([]);
  });
});
