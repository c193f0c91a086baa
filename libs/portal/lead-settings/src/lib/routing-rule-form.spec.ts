import { LeadPriority } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { ANY } from './labels';
import { ruleFormSchema, toRuleFormValues, toRuleInput } from './routing-rule-form';

describe('routing rule form', () => {
  it('starts a new rule active, for every lead, with equal weights', () => {
    const values = toRuleFormValues(null);
    expect(values).toMatchObject({
      active: true,
      leadPriority: ANY,
      leadCountries: [],
      maxOpenOffers: '',
      weightTier: 1,
      weightCapacity: 1,
    });
    expect(toRuleInput(values, null)).toMatchObject({
      id: undefined,
      version: undefined,
      leadPriority: null,
      maxOpenOffers: null,
    });
  });

  it('sends the version it edited and normalises the values', () => {
    const values = toRuleFormValues({
      id: 'r1',
      version: 4,
      name: 'DACH',
      active: false,
      leadCountries: ['DE'],
      leadPersonaIds: ['p'],
      leadPriority: LeadPriority.HOT,
      sameCountry: true,
      partnerRegions: ['EMEA'],
      partnerTierIds: ['t'],
      requireSpecialisation: true,
      maxOpenOffers: 3,
      weightTier: 2,
      weightConversion: 1,
      weightSla: 0,
      weightCapacity: 0.5,
    });
    values.name = '  DACH hot  ';
    values.leadCountries = ['de', 'AT'];
    values.weightSla = '';
    expect(toRuleInput(values, { id: 'r1', version: 4 })).toEqual({
      id: 'r1',
      version: 4,
      name: 'DACH hot',
      active: false,
      leadCountries: ['DE', 'AT'],
      leadPersonaIds: ['p'],
      leadPriority: LeadPriority.HOT,
      sameCountry: true,
      partnerRegions: ['EMEA'],
      partnerTierIds: ['t'],
      requireSpecialisation: true,
      maxOpenOffers: 3,
      weightTier: 2,
      weightConversion: 1,
      weightSla: 0,
      weightCapacity: 0.5,
    });
  });

  it('checks weights and capacity like the API does', () => {
    const values = { ...toRuleFormValues(null), name: 'x', weightTier: 11, maxOpenOffers: 0 };
    const result = ruleFormSchema.safeParse(values);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['weightTier', 'maxOpenOffers']));
    expect(ruleFormSchema.safeParse({ ...values, weightTier: 10, maxOpenOffers: '' }).success).toBe(
      true,
    );
  });
});
