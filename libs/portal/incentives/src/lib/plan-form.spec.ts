import {
  IncentiveEligibility,
  IncentivePoolKind,
  Metric,
  METRIC_LIST,
} from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  emptyPlanValues,
  measureOptions,
  measureRow,
  percentFromInput,
  planFormFields,
  planValuesFrom,
  revenueMetricOptions,
  ruleFromValues,
  salesShareHint,
  toPlanInput,
  trimPercent,
  validatePlanForm,
  type PlanFormValues,
} from './plan-form';

function valid(overrides: Partial<PlanFormValues> = {}): PlanFormValues {
  return {
    ...emptyPlanValues('FY2026-Q4'),
    name: '  Q4 pipeline bonus ',
    eligibility: IncentiveEligibility.TIERS,
    tierIds: ['tier-platinum'],
    measures: [measureRow(Metric.REVENUE_WON, 1), measureRow(Metric.SLA_COMPLIANCE, 1)],
    poolPercent: '5',
    ...overrides,
  };
}

describe('emptyPlanValues', () => {
  it('starts with the API’s defaults', () => {
    expect(emptyPlanValues('FY2026-Q4')).toMatchObject({
      periodCode: 'FY2026-Q4',
      eligibility: IncentiveEligibility.ALL,
      revenueMetric: Metric.REVENUE_WON,
      poolKind: IncentivePoolKind.PERCENT_OF_REVENUE,
      thresholdPercent: 80,
      capPercent: 150,
      marketingSharePercent: 50,
    });
  });
});

describe('validatePlanForm', () => {
  it('accepts a complete plan', () => {
    expect(validatePlanForm(valid())).toEqual({});
  });

  it('needs a name, a period and at least one measure', () => {
    const errors = validatePlanForm({
      ...emptyPlanValues(null),
      poolPercent: '5',
    });
    expect(errors).toEqual({
      name: 'Give the plan a name.',
      periodCode: 'Choose the period the plan pays for.',
      'measures.0.metric': 'Choose a metric.',
    });
  });

  it('needs the tiers or partners the eligibility names', () => {
    expect(validatePlanForm(valid({ tierIds: [] }))).toEqual({
      tierIds: 'Choose the tiers the plan is for.',
    });
    expect(validatePlanForm(valid({ eligibility: IncentiveEligibility.PARTNERS }))).toEqual({
      partnerIds: 'Choose the partners the plan is for.',
    });
  });

  it('refuses a metric twice and weights outside (0, 100]', () => {
    const errors = validatePlanForm(
      valid({
        measures: [
          measureRow(Metric.REVENUE_WON, 0),
          measureRow(Metric.REVENUE_WON, 101),
          measureRow(Metric.SQLS, ''),
        ],
      }),
    );
    expect(errors).toEqual({
      'measures.0.weight': 'Give each metric a weight above 0 (at most 100).',
      'measures.1.metric': 'Revenue won is already in the plan.',
      'measures.1.weight': 'Give each metric a weight above 0 (at most 100).',
      'measures.2.weight': 'Give each metric a weight above 0 (at most 100).',
    });
  });

  it('limits the number of measures', () => {
    const measures = METRIC_LIST.slice(0, 11).map((m) => measureRow(m, 1));
    expect(validatePlanForm(valid({ measures })).measures).toBe('Pay on one to 10 goal metrics.');
  });

  it('checks the pool of the chosen kind', () => {
    expect(validatePlanForm(valid({ poolPercent: '101' }))).toEqual({
      poolPercent: 'Enter a percentage of revenue, e.g. 5 or 2.5.',
    });
    expect(validatePlanForm(valid({ poolPercent: '2.12345' })).poolPercent).toBeDefined();
    expect(
      validatePlanForm(valid({ poolKind: IncentivePoolKind.FIXED, poolAmount: 'a lot' })),
    ).toEqual({ poolAmount: 'Enter the pool per partner, e.g. 2500.' });
    expect(
      validatePlanForm(valid({ poolKind: IncentivePoolKind.FIXED, poolAmount: '$2,500' })),
    ).toEqual({});
  });

  it('keeps threshold, cap and share within the API’s ranges, in whole percent', () => {
    expect(
      validatePlanForm(
        valid({ thresholdPercent: 101, capPercent: 99, marketingSharePercent: 12.5 }),
      ),
    ).toEqual({
      thresholdPercent: 'The threshold is a whole percentage from 0% to 100%.',
      capPercent: 'The cap is a whole percentage from 100% to 500%.',
      marketingSharePercent: 'Marketing’s share is a whole percentage from 0% to 100%.',
    });
    expect(validatePlanForm(valid({ thresholdPercent: '' })).thresholdPercent).toBeDefined();
    expect(validatePlanForm(valid({ capPercent: 500, thresholdPercent: 0 }))).toEqual({});
  });
});

describe('toPlanInput', () => {
  it('sends the trimmed name, the chosen audience only and exact strings', () => {
    expect(
      toPlanInput(valid({ partnerIds: ['ignored'], poolAmount: '999', poolPercent: '2.5%' })),
    ).toEqual({
      id: null,
      expectedVersion: null,
      name: 'Q4 pipeline bonus',
      periodCode: 'FY2026-Q4',
      eligibility: IncentiveEligibility.TIERS,
      tierIds: ['tier-platinum'],
      partnerIds: [],
      measures: [
        { metric: Metric.REVENUE_WON, weight: 1 },
        { metric: Metric.SLA_COMPLIANCE, weight: 1 },
      ],
      revenueMetric: Metric.REVENUE_WON,
      poolKind: IncentivePoolKind.PERCENT_OF_REVENUE,
      poolPercent: '2.5',
      poolAmount: null,
      thresholdPercent: 80,
      capPercent: 150,
      marketingSharePercent: 50,
    });
  });

  it('sends a fixed pool, string numbers as numbers, and the edited version', () => {
    const input = toPlanInput(
      valid({
        poolKind: IncentivePoolKind.FIXED,
        poolAmount: '$2,500.50',
        thresholdPercent: '70',
        measures: [measureRow(Metric.DEALS_WON, '2.5')],
      }),
      { id: 'plan-1', version: 3 },
    );
    expect(input).toMatchObject({
      id: 'plan-1',
      expectedVersion: 3,
      poolPercent: null,
      poolAmount: '2500.50',
      thresholdPercent: 70,
      measures: [{ metric: Metric.DEALS_WON, weight: 2.5 }],
    });
  });

  it('refuses invalid values', () => {
    expect(() => toPlanInput(emptyPlanValues('FY2026-Q4'))).toThrow();
  });
});

describe('planValuesFrom', () => {
  it('round-trips a saved draft', () => {
    const values = planValuesFrom({
      id: 'plan-1',
      version: 2,
      name: 'Fixed bonus',
      periodCode: 'FY2026',
      eligibility: IncentiveEligibility.PARTNERS,
      tierIds: [],
      partnerIds: ['p1', 'p2'],
      measures: [{ metric: Metric.MQLS, weight: 2 }],
      revenueMetric: Metric.REVENUE_WON_MARKETING_SOURCED,
      poolKind: IncentivePoolKind.FIXED,
      poolPercent: null,
      poolAmount: '2500.00',
      thresholdPercent: 50,
      capPercent: 200,
      marketingSharePercent: 60,
    });
    expect(values).toMatchObject({
      partnerIds: ['p1', 'p2'],
      poolPercent: '',
      poolAmount: '2500.00',
      measures: [{ metric: Metric.MQLS, weight: 2 }],
    });
    expect(toPlanInput(values, { id: 'plan-1', version: 2 })).toMatchObject({
      partnerIds: ['p1', 'p2'],
      tierIds: [],
      poolAmount: '2500.00',
      revenueMetric: Metric.REVENUE_WON_MARKETING_SOURCED,
    });
  });
});

describe('live hints', () => {
  it('says what sales gets', () => {
    expect(salesShareHint(50)).toBe('Sales gets 50%.');
    expect(salesShareHint('35')).toBe('Sales gets 65%.');
    expect(salesShareHint('')).toBeNull();
    expect(salesShareHint(120)).toBeNull();
  });

  it('builds the rule for the worked example once it is valid', () => {
    expect(ruleFromValues(valid())).toEqual({
      poolKind: IncentivePoolKind.PERCENT_OF_REVENUE,
      poolPercent: '5',
      poolAmount: null,
      thresholdPercent: 80,
      capPercent: 150,
      marketingSharePercent: 50,
    });
    expect(ruleFromValues(valid({ poolPercent: '' }))).toBeNull();
    expect(ruleFromValues(valid({ capPercent: 50 }))).toBeNull();
  });

  it('reads percentages as typed', () => {
    expect(percentFromInput('7.25 %')).toBe('7.25');
    expect(percentFromInput('100')).toBe('100');
    expect(percentFromInput('100.5')).toBeNull();
  });
});

describe('options', () => {
  it('disables metrics already in another row', () => {
    const options = measureOptions([Metric.SQLS, null], null);
    expect(options).toHaveLength(METRIC_LIST.length);
    expect(options.find((o) => o.value === Metric.SQLS)?.disabled).toBe(true);
    expect(measureOptions([Metric.SQLS], Metric.SQLS).find((o) => o.value === Metric.SQLS)).toEqual(
      { value: Metric.SQLS, label: 'SQLs (accepted)' },
    );
  });

  it('offers the two revenue metrics for the pool', () => {
    expect(revenueMetricOptions().map((o) => o.value)).toEqual([
      Metric.REVENUE_WON,
      Metric.REVENUE_WON_MARKETING_SOURCED,
    ]);
  });

  it('lists the fields API errors can land on', () => {
    expect(planFormFields(valid())).toContain('measures.1.weight');
    expect(planFormFields(valid())).toContain('poolPercent');
  });
});

describe('trimPercent', () => {
  it('drops the database’s trailing zeros', () => {
    expect(trimPercent('5.0000')).toBe('5');
    expect(trimPercent('2.5000')).toBe('2.5');
    expect(trimPercent('100')).toBe('100');
    expect(trimPercent('10')).toBe('10');
  });
});
