import { describe, expect, it } from 'vitest';
import { Metric } from '@tandem/shared-domain';
import { formatMetricValue, formatProgress, targetFromInput, targetToInput } from './metric-format';

describe('metric formatting', () => {
  it('shows each unit the way people read it', () => {
    expect(formatMetricValue(Metric.LEADS_RECEIVED, '12345')).toBe('12,345');
    expect(formatMetricValue(Metric.WIN_RATE, '0.4286')).toBe('42.9%');
    expect(formatMetricValue(Metric.REVENUE_WON, '125000.50')).toBe('$125,000.5');
    expect(formatMetricValue(Metric.WIN_LOSS_RATIO, '1.5')).toBe('1.5 : 1');
    expect(formatMetricValue(Metric.AVERAGE_HOURS_TO_ACCEPT, '3.25')).toBe('3.3 h');
    expect(formatMetricValue(Metric.AVERAGE_SALES_CYCLE_DAYS, '30')).toBe('30 days');
    expect(formatMetricValue(Metric.WIN_RATE, null)).toBe('–');
    expect(formatProgress(0.456)).toBe('46%');
  });

  it('reads targets as people type them', () => {
    expect(targetFromInput(Metric.WIN_RATE, '35%')).toBe('0.35');
    expect(targetFromInput(Metric.REVENUE_WON, '$250,000')).toBe('250000');
    expect(targetFromInput(Metric.SQLS, 'ten')).toBeNull();
    expect(targetToInput(Metric.WIN_RATE, '0.35')).toBe('35');
  });
});
