import { EngagementKind, FitRuleKind, LEAD_STAGES, LeadStage } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { formPath, toDraftInput, toFormValues } from './draft-form';

describe('draft form', () => {
  it('lists every stage in funnel order, filling gaps', () => {
    const values = toFormValues({
      stages: [{ stage: LeadStage.MQL, description: 'Qualified', entryCriteria: 'Score' }],
      mql: { requiredFields: ['email'], threshold: 40, fitRules: [], engagementRules: [] },
    });
    expect(values.stages.map((s) => s.stage)).toEqual([...LEAD_STAGES]);
    expect(values.stages[1]).toEqual({
      stage: LeadStage.MQL,
      description: 'Qualified',
      entryCriteria: 'Score',
    });
    expect(values.stages[0].description).toBe('');
  });

  it('builds the API input, dropping values that do not apply to the rule kind', () => {
    const values = toFormValues(null);
    values.threshold = '55';
    values.fitRules = [
      { kind: FitRuleKind.COMPANY_SIZE, values: ['x'], min: 200, max: '', points: '15' },
      { kind: FitRuleKind.COUNTRY, values: [' DE ', ''], min: 5, max: 9, points: 10 },
    ];
    values.engagementRules = [
      { kind: EngagementKind.CONTENT_DOWNLOAD, points: 5, maxPoints: '20' },
    ];
    const input = toDraftInput(values, 3);
    expect(input.version).toBe(3);
    expect(input.mql.threshold).toBe(55);
    expect(input.mql.fitRules).toEqual([
      { kind: FitRuleKind.COMPANY_SIZE, values: [], min: 200, max: null, points: 15 },
      { kind: FitRuleKind.COUNTRY, values: ['DE'], min: null, max: null, points: 10 },
    ]);
    expect(input.mql.engagementRules).toEqual([
      { kind: EngagementKind.CONTENT_DOWNLOAD, points: 5, maxPoints: 20 },
    ]);
  });

  it('maps API field paths onto form paths', () => {
    expect(formPath('mql.fitRules.0.values')).toBe('fitRules.0.values');
    expect(formPath('stages.3.description')).toBe('stages.3.description');
    expect(formPath('input.mql.threshold')).toBe('threshold');
  });
});
