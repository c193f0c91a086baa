import { describe, expect, it } from '@jest/globals';
import { EngagementKind, FitRuleKind } from '@tandem/shared-domain';
import { MqlCriteria } from './definition.types';
import { scoreLead } from './mql-score';

const criteria: MqlCriteria = {
  requiredFields: ['email', 'consent'],
  threshold: 40,
  fitRules: [
    { kind: FitRuleKind.PERSONA, values: ['p1'], points: 20 },
    { kind: FitRuleKind.COMPANY_SIZE, values: [], min: 200, max: 5000, points: 15 },
    { kind: FitRuleKind.TITLE_KEYWORD, values: ['Director'], points: 10 },
    { kind: FitRuleKind.COUNTRY, values: ['de'], points: -5 },
  ],
  engagementRules: [{ kind: EngagementKind.CONTENT_DOWNLOAD, points: 5, maxPoints: 10 }],
};

describe('MQL scoring', () => {
  it('adds fit and capped engagement points and explains itself', () => {
    const v = scoreLead(criteria, {
      fields: { email: 'a@b.c', consent: true },
      personaId: 'p1',
      companySize: 300,
      title: 'IT director',
      country: 'DE',
      contentDownloads: 5,
    });
    expect(v).toEqual({
      isMql: true,
      score: 50,
      missingFields: [],
      reasons: [
        'persona matches (+20)',
        'company size matches (+15)',
        'title keyword matches (+10)',
        'country matches (-5)',
        '5 content download(s) (+10)',
        'score 50 ≥ threshold 40',
      ],
    });
  });

  it('never makes an MQL of a lead that lacks a required field, whatever its score', () => {
    const v = scoreLead(criteria, {
      fields: { email: 'a@b.c', consent: false },
      personaId: 'p1',
      companySize: 300,
      title: 'Director',
    });
    expect(v.isMql).toBe(false);
    expect(v.missingFields).toEqual(['consent']);
    expect(v.reasons.at(-1)).toBe('missing required fields: consent');
  });
});
