import { EngagementKind, FitRuleKind, LeadStage } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { explainFitRule, explainMql, listOr, sortStages } from './mql-explain';

const names = { p1: 'IT Director Irene', p2: 'CFO Carlos' };

describe('explainMql', () => {
  it('explains every part of the criteria in plain words', () => {
    const text = explainMql(
      {
        requiredFields: ['email', 'companySize'],
        threshold: 50,
        fitRules: [
          { kind: FitRuleKind.PERSONA, values: ['p1', 'p2'], points: 20 },
          { kind: FitRuleKind.COMPANY_SIZE, values: [], min: 200, max: 10000, points: 15 },
        ],
        engagementRules: [{ kind: EngagementKind.CAMPAIGN_RESPONSE, points: 10, maxPoints: 30 }],
      },
      names,
    );
    expect(text.requiredFields).toBe(
      'A lead needs Email, Company size before it can become an MQL.',
    );
    expect(text.threshold).toBe('A lead becomes an MQL at 50 points or more.');
    expect(text.fitRules).toEqual([
      '+20 if persona is IT Director Irene / CFO Carlos',
      '+15 if company size 200–10,000',
    ]);
    expect(text.engagementRules).toEqual(['+10 per campaign response, at most 30']);
  });

  it('says when no fields are required', () => {
    const text = explainMql({
      requiredFields: [],
      threshold: 0,
      fitRules: [],
      engagementRules: [],
    });
    expect(text.requiredFields).toBe('No lead fields are required.');
  });
});

describe('explainFitRule', () => {
  it('handles open-ended company sizes', () => {
    const base = { kind: FitRuleKind.COMPANY_SIZE, values: [], points: 5 };
    expect(explainFitRule({ ...base, min: 1000, max: null })).toBe(
      '+5 if company size 1,000 or more',
    );
    expect(explainFitRule({ ...base, min: null, max: 50 })).toBe('+5 if company size up to 50');
  });

  it('names countries and quotes keywords', () => {
    expect(explainFitRule({ kind: FitRuleKind.COUNTRY, values: ['de', 'AT'], points: 10 })).toBe(
      '+10 if country is Germany (DE) / Austria (AT)',
    );
    expect(
      explainFitRule({ kind: FitRuleKind.TITLE_KEYWORD, values: ['head', 'director'], points: 5 }),
    ).toBe('+5 if job title contains “head” or “director”');
  });

  it('does not invent names for personas it cannot see', () => {
    expect(explainFitRule({ kind: FitRuleKind.PERSONA, values: ['zzz'], points: 3 })).toBe(
      '+3 if persona is an unknown persona',
    );
  });
});

describe('helpers', () => {
  it('joins with "or"', () => {
    expect(listOr(['a'])).toBe('a');
    expect(listOr(['a', 'b', 'c'])).toBe('a, b or c');
  });

  it('sorts stages in funnel order', () => {
    const sorted = sortStages([
      { stage: LeadStage.WON },
      { stage: LeadStage.LEAD },
      { stage: LeadStage.MQL },
    ]);
    expect(sorted.map((s) => s.stage)).toEqual([LeadStage.LEAD, LeadStage.MQL, LeadStage.WON]);
  });
});
