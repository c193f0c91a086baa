import { Metric } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  chartNumber,
  formatShare,
  share,
  sumDecimals,
  trendPoints,
  valuesByMetric,
} from './metric-values';

describe('valuesByMetric', () => {
  it('looks values up by metric, keeping undefined ones as null', () => {
    const map = valuesByMetric([
      { metric: Metric.SQLS, value: '14' },
      { metric: Metric.WIN_RATE, value: null },
    ]);
    expect(map[Metric.SQLS]).toBe('14');
    expect(map[Metric.WIN_RATE]).toBeNull();
    expect(map[Metric.MQLS]).toBeUndefined();
  });
});

describe('chartNumber', () => {
  it('turns decimals into numbers and leaves gaps for undefined values', () => {
    expect(chartNumber('0.8571')).toBe(0.8571);
    expect(chartNumber('159000.00')).toBe(159000);
    expect(chartNumber(null)).toBeNull();
    expect(chartNumber('')).toBeNull();
    expect(chartNumber('n/a')).toBeNull();
  });
});

describe('trendPoints', () => {
  it('puts the earlier periods first and the current one last', () => {
    const points = trendPoints(
      [
        {
          period: { code: 'FY2026-Q2', label: 'FY2026 Q2 (Apr–Jun 2026)' },
          values: [
            { metric: Metric.SQLS, value: '9' },
            { metric: Metric.WIN_RATE, value: null },
          ],
        },
        {
          period: { code: 'FY2026-Q3', label: 'FY2026 Q3 (Jul–Sep 2026)' },
          values: [
            { metric: Metric.SQLS, value: '11' },
            { metric: Metric.WIN_RATE, value: '0.5' },
          ],
        },
      ],
      {
        period: { code: 'FY2026-Q4', label: 'FY2026 Q4 (Oct–Dec 2026)' },
        values: { [Metric.SQLS]: '14', [Metric.WIN_RATE]: '0.25' },
      },
      [Metric.SQLS, Metric.WIN_RATE],
    );
    expect(points).toEqual([
      { period: 'FY2026 Q2', code: 'FY2026-Q2', SQLS: 9, WIN_RATE: null },
      { period: 'FY2026 Q3', code: 'FY2026-Q3', SQLS: 11, WIN_RATE: 0.5 },
      { period: 'FY2026 Q4', code: 'FY2026-Q4', SQLS: 14, WIN_RATE: 0.25 },
    ]);
  });
});

describe('share and formatShare', () => {
  it('divides, and has no share of nothing', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(3, 0)).toBeNull();
    expect(formatShare(0.353)).toBe('35.3%');
    expect(formatShare(1.5)).toBe('150%');
    expect(formatShare(null)).toBe('–');
  });
});

describe('sumDecimals', () => {
  it('adds exactly, keeping the longest fraction', () => {
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(sumDecimals(['159000.00', '114500.50', '1'])).toBe('273501.50');
    expect(sumDecimals(['0.005', '-0.01'])).toBe('-0.005');
    expect(sumDecimals(['12'])).toBe('12');
    expect(sumDecimals([])).toBe('0');
  });

  it('refuses what is not a decimal', () => {
    expect(() => sumDecimals(['1e3'])).toThrow();
  });
});
