import { CampaignTargetMode } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  emptyCampaignValues,
  isoDay,
  targetSummary,
  toCampaignInput,
  validateCampaignForm,
} from './campaign-form';

const base = {
  partnerId: null,
  targetMode: CampaignTargetMode.ALL,
  targetTierIds: [] as string[],
  targetRegions: [] as string[],
  targetPartnerIds: [] as string[],
};

describe('targetSummary', () => {
  const tiers = new Map([
    ['g', 'Gold'],
    ['p', 'Platinum'],
  ]);
  const partners = new Map([['n', 'Northwind Systems']]);
  it('describes every target mode in words', () => {
    expect(targetSummary(base)).toBe('All partners');
    expect(
      targetSummary(
        { ...base, targetMode: CampaignTargetMode.TIERS, targetTierIds: ['g', 'p'] },
        { tiers },
      ),
    ).toBe('Gold and Platinum partners');
    expect(
      targetSummary({
        ...base,
        targetMode: CampaignTargetMode.REGIONS,
        targetRegions: ['EMEA'],
      }),
    ).toMatch(/^Partners in /);
    expect(
      targetSummary(
        { ...base, targetMode: CampaignTargetMode.PARTNERS, targetPartnerIds: ['n'] },
        { partners },
      ),
    ).toBe('Northwind Systems');
    expect(
      targetSummary({
        ...base,
        targetMode: CampaignTargetMode.PARTNERS,
        targetPartnerIds: ['x', 'y'],
      }),
    ).toBe('2 chosen partners');
  });
  it('says when a campaign is a partner’s own', () => {
    expect(targetSummary({ ...base, partnerId: 'n' })).toMatch(/own campaign/i);
  });
});

describe('toCampaignInput', () => {
  it('sends only the targets of the chosen mode', () => {
    const input = toCampaignInput(
      {
        ...emptyCampaignValues(new Date(2026, 2, 1)),
        name: ' Spring push ',
        targetMode: CampaignTargetMode.TIERS,
        targetTierIds: ['g'],
        targetRegions: ['EMEA'],
      },
      false,
    );
    expect(input).toMatchObject({
      name: 'Spring push',
      startsOn: '2026-03-01',
      endsOn: '2026-03-31',
      targetMode: 'TIERS',
      targetTierIds: ['g'],
      targetRegions: [],
    });
  });
  it('drops targets for a partner’s own campaign', () => {
    const input = toCampaignInput(
      { ...emptyCampaignValues(), targetMode: CampaignTargetMode.TIERS, targetTierIds: ['g'] },
      true,
    );
    expect(input.targetMode).toBe('ALL');
    expect(input.targetTierIds).toEqual([]);
  });
});

describe('validateCampaignForm', () => {
  it('checks name, date order and that a target mode has targets', () => {
    const errors = validateCampaignForm(
      {
        ...emptyCampaignValues(),
        name: '',
        startsOn: '2026-03-10',
        endsOn: '2026-03-01',
        targetMode: CampaignTargetMode.TIERS,
      },
      false,
    );
    expect(Object.keys(errors).sort()).toEqual(['endsOn', 'name', 'targetTierIds']);
    expect(isoDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
