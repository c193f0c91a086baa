import { GoalSide, Metric } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  objectiveFormFields,
  objectiveValuesFrom,
  toObjectiveInput,
  validateObjectiveForm,
} from './objective-form';
import { emptyTargetRow } from './target-rows';

const row = (metric: Metric | null, target: string, side = GoalSide.JOINT) => ({
  ...emptyTargetRow(),
  metric,
  target,
  side,
});

describe('objectiveValuesFrom', () => {
  it('starts a new objective with one empty key result', () => {
    const values = objectiveValuesFrom(null);
    expect(values.title).toBe('');
    expect(values.keyResults).toHaveLength(1);
    expect(values.keyResults[0].metric).toBeNull();
  });

  it('loads key results with rates as percentages', () => {
    const values = objectiveValuesFrom({
      id: 'o1',
      title: 'Pipeline',
      side: GoalSide.JOINT,
      version: 1,
      keyResults: [{ metric: Metric.MQL_TO_SQL_RATE, target: '0.6', side: GoalSide.JOINT }],
    });
    expect(values.keyResults.map((k) => [k.metric, k.target])).toEqual([
      [Metric.MQL_TO_SQL_RATE, '60'],
    ]);
  });
});

describe('validateObjectiveForm', () => {
  it('needs a title and one to four key results', () => {
    expect(validateObjectiveForm({ title: ' ', side: GoalSide.JOINT, keyResults: [] })).toEqual({
      title: 'Give the objective a title.',
      keyResults: 'Add between one and 4 key results.',
    });
    const five = [
      Metric.MQLS,
      Metric.SQLS,
      Metric.DEALS_WON,
      Metric.OPPORTUNITIES,
      Metric.REVENUE_WON,
    ];
    const errors = validateObjectiveForm({
      title: 'Too much',
      side: GoalSide.JOINT,
      keyResults: five.map((m) => row(m, '1')),
    });
    expect(errors).toEqual({ keyResults: 'Add between one and 4 key results.' });
  });

  it('flags each row: metric missing, repeated, target wrong', () => {
    const errors = validateObjectiveForm({
      title: 'Pipeline',
      side: GoalSide.JOINT,
      keyResults: [
        row(Metric.WIN_RATE, '30%'),
        row(Metric.WIN_RATE, '40%'),
        row(null, ''),
        row(Metric.SQLS, 'x'),
      ],
    });
    expect(errors).toEqual({
      'keyResults.1.metric': 'Win rate is already in the list.',
      'keyResults.2.metric': 'Choose a metric.',
      'keyResults.3.target': 'Enter a number: a whole number, e.g. 20.',
    });
  });
});

describe('toObjectiveInput and objectiveFormFields', () => {
  it('builds the API input with exact targets', () => {
    const values = {
      title: ' Pipeline = quota ',
      side: GoalSide.JOINT,
      keyResults: [row(Metric.MQL_TO_SQL_RATE, '60%'), row(Metric.SQLS, '12', GoalSide.SALES)],
    };
    expect(
      toObjectiveInput(values, {
        partnerId: 'p1',
        periodCode: 'FY2026-Q4',
        id: 'o1',
        expectedVersion: 4,
      }),
    ).toEqual({
      id: 'o1',
      expectedVersion: 4,
      partnerId: 'p1',
      periodCode: 'FY2026-Q4',
      title: 'Pipeline = quota',
      side: GoalSide.JOINT,
      keyResults: [
        { metric: Metric.MQL_TO_SQL_RATE, target: '0.6', side: GoalSide.JOINT },
        { metric: Metric.SQLS, target: '12', side: GoalSide.SALES },
      ],
    });
    expect(objectiveFormFields(values)).toEqual([
      'title',
      'side',
      'periodCode',
      'keyResults',
      'keyResults.0.metric',
      'keyResults.0.target',
      'keyResults.1.metric',
      'keyResults.1.target',
    ]);
  });
});
