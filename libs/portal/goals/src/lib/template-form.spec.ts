import { GoalSide, Metric, PeriodKind } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { emptyTargetRow } from './target-rows';
import {
  describeApplication,
  templateValuesFrom,
  toTemplateInput,
  validateTemplateForm,
} from './template-form';

describe('templateValuesFrom', () => {
  it('starts a quarterly template with one empty row', () => {
    const values = templateValuesFrom(null);
    expect(values).toMatchObject({ name: '', tierId: null, periodKind: PeriodKind.QUARTER });
    expect(values.items).toHaveLength(1);
  });
});

describe('validateTemplateForm', () => {
  it('needs a name, a tier and at least one goal', () => {
    expect(
      validateTemplateForm({ name: '', tierId: null, periodKind: PeriodKind.QUARTER, items: [] }),
    ).toEqual({
      name: 'Give the template a name.',
      tierId: 'Choose a tier.',
      items: 'Add between one and 30 goals.',
    });
  });

  it('checks each row’s target against its metric', () => {
    const errors = validateTemplateForm({
      name: 'Gold quarterly',
      tierId: 't1',
      periodKind: PeriodKind.QUARTER,
      items: [{ ...emptyTargetRow(), metric: Metric.SLA_COMPLIANCE, target: '180%' }],
    });
    expect(errors).toEqual({ 'items.0.target': 'Enter a percentage between 0% and 100%.' });
  });
});

describe('toTemplateInput', () => {
  it('sends exact targets and the edited version', () => {
    const values = templateValuesFrom({
      id: 'tpl',
      name: 'Gold quarterly',
      tierId: 't1',
      periodKind: PeriodKind.QUARTER,
      version: 2,
      items: [
        { metric: Metric.SLA_COMPLIANCE, target: '0.8', side: GoalSide.SALES },
        { metric: Metric.REVENUE_WON, target: '120000', side: GoalSide.JOINT },
      ],
    });
    expect(values.items.map((i) => i.target)).toEqual(['80', '120000']);
    expect(toTemplateInput({ ...values, name: ' Gold Q ' }, { id: 'tpl', version: 2 })).toEqual({
      id: 'tpl',
      expectedVersion: 2,
      name: 'Gold Q',
      tierId: 't1',
      periodKind: PeriodKind.QUARTER,
      items: [
        { metric: Metric.SLA_COMPLIANCE, target: '0.8', side: GoalSide.SALES },
        { metric: Metric.REVENUE_WON, target: '120000', side: GoalSide.JOINT },
      ],
    });
  });

  it('creates without id or version', () => {
    const input = toTemplateInput({
      name: 'New',
      tierId: 't1',
      periodKind: PeriodKind.MONTH,
      items: [{ ...emptyTargetRow(), metric: Metric.SQLS, target: '4' }],
    });
    expect(input.id).toBeNull();
    expect(input.expectedVersion).toBeNull();
  });
});

describe('describeApplication', () => {
  it('sums up what applying did', () => {
    expect(describeApplication({ partners: 3, created: 12, updated: 3, skipped: 1 })).toBe(
      'Set goals for 3 partners: 12 created, 3 updated, 1 kept because adjusted by hand.',
    );
  });

  it('leaves out kept goals when there were none and says partner for one', () => {
    expect(describeApplication({ partners: 1, created: 5, updated: 0, skipped: 0 })).toBe(
      'Set goals for 1 partner: 5 created, 0 updated.',
    );
  });

  it('says so when the tier has no partners', () => {
    expect(describeApplication({ partners: 0, created: 0, updated: 0, skipped: 0 })).toMatch(
      /^No partners of this tier/,
    );
  });
});
