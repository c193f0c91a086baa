import { GoalSide, Metric, METRIC_LIST } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  emptyGoalValues,
  goalValuesFrom,
  metricOptions,
  toSetGoalInput,
  validateGoalForm,
} from './goal-form';

describe('goalValuesFrom', () => {
  it('shows rate targets as percentages', () => {
    expect(
      goalValuesFrom({
        metric: Metric.SLA_COMPLIANCE,
        target: '0.85',
        side: GoalSide.SALES,
        note: 'Tier rule',
        version: 3,
      }),
    ).toEqual({
      metric: Metric.SLA_COMPLIANCE,
      target: '85',
      side: GoalSide.SALES,
      note: 'Tier rule',
    });
  });
});

describe('validateGoalForm', () => {
  it('needs a metric and a valid target', () => {
    expect(validateGoalForm(emptyGoalValues())).toEqual({ metric: 'Choose a metric.' });
    expect(
      validateGoalForm({ ...emptyGoalValues(), metric: Metric.DEALS_WON, target: '2.5' }),
    ).toEqual({ target: 'Deals won is counted in whole numbers.' });
  });

  it('limits the note', () => {
    const errors = validateGoalForm({
      metric: Metric.DEALS_WON,
      target: '4',
      side: GoalSide.SALES,
      note: 'x'.repeat(501),
    });
    expect(errors).toEqual({ note: 'Keep the note under 500 characters.' });
  });
});

describe('toSetGoalInput', () => {
  it('sends exact decimals, the trimmed note and the edited version', () => {
    expect(
      toSetGoalInput(
        { metric: Metric.WIN_RATE, target: '35%', side: GoalSide.SALES, note: '  Stretch  ' },
        { partnerId: 'p1', periodCode: 'FY2026-Q4', expectedVersion: 2 },
      ),
    ).toEqual({
      partnerId: 'p1',
      periodCode: 'FY2026-Q4',
      metric: Metric.WIN_RATE,
      target: '0.35',
      side: GoalSide.SALES,
      note: 'Stretch',
      expectedVersion: 2,
    });
  });

  it('sends no version for a new goal', () => {
    const input = toSetGoalInput(
      { metric: Metric.SQLS, target: '12', side: GoalSide.SALES, note: '' },
      { partnerId: 'p1', periodCode: '2026-11' },
    );
    expect(input.expectedVersion).toBeNull();
  });

  it('refuses invalid values', () => {
    expect(() =>
      toSetGoalInput(emptyGoalValues(), { partnerId: 'p1', periodCode: 'FY2026' }),
    ).toThrow();
  });
});

describe('metricOptions', () => {
  it('lists every metric and disables those already set, except the one being edited', () => {
    const options = metricOptions([Metric.SQLS, Metric.REVENUE_WON], Metric.REVENUE_WON);
    expect(options).toHaveLength(METRIC_LIST.length);
    expect(options.find((o) => o.value === Metric.SQLS)?.disabled).toBe(true);
    expect(options.find((o) => o.value === Metric.REVENUE_WON)?.disabled).toBeUndefined();
    expect(options.find((o) => o.value === Metric.MQLS)).toEqual({
      value: Metric.MQLS,
      label: 'MQLs',
    });
  });
});
