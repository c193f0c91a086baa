import { LeadPriority } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { moveId, summarizeRule, summarizeWeights, type RuleLike } from './rule-summary';

const lookup = {
  tiers: [
    { id: 'plat', name: 'Platinum', rank: 3 },
    { id: 'gold', name: 'Gold', rank: 2 },
    { id: 'silver', name: 'Silver', rank: 1 },
  ],
  personas: [
    { id: 'cfo', name: 'CFO' },
    { id: 'it', name: 'IT Director' },
  ],
};

const anyRule: RuleLike = {
  leadCountries: [],
  leadPersonaIds: [],
  leadPriority: null,
  sameCountry: false,
  partnerRegions: [],
  partnerTierIds: [],
  requireSpecialisation: false,
  maxOpenOffers: null,
};

describe('summarizeRule', () => {
  it('reads lead conditions, then partner filters, tiers lowest rank first', () => {
    expect(
      summarizeRule(
        {
          ...anyRule,
          leadCountries: ['US', 'DE'],
          sameCountry: true,
          partnerTierIds: ['plat', 'gold'],
        },
        lookup,
      ),
    ).toBe('Leads from US, DE → partners in the same country, Gold or Platinum');
  });

  it('says when a rule takes every lead and any partner', () => {
    expect(summarizeRule(anyRule, lookup)).toBe('All leads → any partner');
  });

  it('names priority, personas, regions, specialisation and capacity', () => {
    expect(
      summarizeRule(
        {
          ...anyRule,
          leadPriority: LeadPriority.HOT,
          leadPersonaIds: ['cfo', 'it'],
          partnerRegions: ['EMEA', 'APAC', 'NA'],
          requireSpecialisation: true,
          maxOpenOffers: 1,
        },
        lookup,
      ),
    ).toBe(
      'Hot leads for CFO or IT Director → partners in EMEA, APAC or NA, ' +
        'specialised in the lead’s persona, with fewer than 1 unanswered offer',
    );
    expect(summarizeRule({ ...anyRule, leadPriority: LeadPriority.NORMAL }, lookup)).toBe(
      'Normal-priority leads → any partner',
    );
  });

  it('mentions ids that no longer resolve instead of hiding them', () => {
    expect(
      summarizeRule(
        { ...anyRule, leadPersonaIds: ['gone'], partnerTierIds: ['gold', 'x'] },
        lookup,
      ),
    ).toBe('Leads for a removed persona → partners Gold or a removed tier');
  });
});

describe('summarizeWeights', () => {
  it('lists the weights that count', () => {
    expect(
      summarizeWeights({ weightTier: 2, weightConversion: 1, weightSla: 0, weightCapacity: 0.5 }),
    ).toBe('Scored by tier ×2, conversion ×1, free capacity ×0.5');
  });

  it('explains what happens when nothing is weighed', () => {
    expect(
      summarizeWeights({ weightTier: 0, weightConversion: 0, weightSla: 0, weightCapacity: 0 }),
    ).toMatch(/fewest open offers/);
  });
});

describe('moveId', () => {
  it('swaps a rule with its neighbour', () => {
    expect(moveId(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
  });

  it('refuses to move past either end or an unknown id', () => {
    expect(moveId(['a', 'b'], 'a', -1)).toBeNull();
    expect(moveId(['a', 'b'], 'b', 1)).toBeNull();
    expect(moveId(['a', 'b'], 'z', 1)).toBeNull();
  });
});
