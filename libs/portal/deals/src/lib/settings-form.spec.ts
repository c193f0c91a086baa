import { DealEngagementRule, ExtensionPolicy } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  decisionHoursLabel,
  dealSettingsSchema,
  similarityExplanation,
  toProductInput,
  toSettingsInput,
  toSettingsValues,
  validateAccount,
  validateProduct,
} from './settings-form';

const saved = {
  id: 's1',
  version: 4,
  protectionDays: 90,
  extensionPolicy: ExtensionPolicy.ONCE,
  extensionDays: 30,
  decisionHours: 8,
  vendorTimeZone: 'Europe/Berlin',
  engagementRule: DealEngagementRule.FIRST_TO_REGISTER,
  nameSimilarity: 0.5,
  tierProtection: [{ tierId: 'gold', days: 120 }],
};

describe('deal settings form', () => {
  it('keeps per-tier protection, and leaves out tiers left on the program default', () => {
    const values = toSettingsValues(saved);
    expect(values.tierDays).toEqual({ gold: 120 });
    const input = toSettingsInput(
      { ...values, tierDays: { gold: 120, silver: '', platinum: 180 } },
      4,
    );
    expect(input.tierProtection).toEqual([
      { tierId: 'gold', days: 120 },
      { tierId: 'platinum', days: 180 },
    ]);
    expect(dealSettingsSchema.safeParse({ ...values, tierDays: { gold: 0 } }).success).toBe(false);
  });

  it('round-trips the settings with their version', () => {
    const values = toSettingsValues(saved);
    expect(dealSettingsSchema.safeParse(values).success).toBe(true);
    expect(toSettingsInput({ ...values, nameSimilarity: 0.650000001 }, 4)).toMatchObject({
      protectionDays: 90,
      nameSimilarity: 0.65,
      version: 4,
    });
  });

  it('keeps values inside the API’s ranges', () => {
    const result = dealSettingsSchema.safeParse({
      ...toSettingsValues(saved),
      protectionDays: 0,
      nameSimilarity: 0.99,
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => i.message);
    expect(messages).toContain('Protection lasts 1 to 730 days.');
    expect(messages).toContain('Similarity runs from 0.2 (loose) to 0.95 (strict).');
  });

  it('explains the similarity threshold and the decision time in words', () => {
    expect(similarityExplanation(0.3)).toMatch(/^Loose/);
    expect(similarityExplanation(0.5)).toMatch(/^Balanced/);
    expect(similarityExplanation(0.9)).toMatch(/^Strict/);
    expect(decisionHoursLabel(8)).toBe('1 business day');
    expect(decisionHoursLabel(16)).toBe('2 business days');
    expect(decisionHoursLabel(4)).toBe('4 business hours');
  });
});

describe('products and accounts', () => {
  it('checks a product and sends its price as a string', () => {
    expect(validateProduct({ sku: '', name: '', listPrice: '12.345', active: true })).toEqual({
      sku: 'SKU is 1 to 60 characters.',
      name: 'Name is 1 to 200 characters.',
      listPrice: 'List price is a number with at most two decimals.',
    });
    expect(
      toProductInput({ sku: ' TND-X ', name: 'X', listPrice: '1,500', active: false }, 'p1'),
    ).toEqual({ id: 'p1', sku: 'TND-X', name: 'X', listPrice: '1500', active: false });
  });

  it('needs a website or a country for an account', () => {
    expect(validateAccount({ companyName: 'Globex', website: '', country: null })).toEqual({
      country: 'Give a website, or a country to match the name in.',
    });
    expect(
      validateAccount({ companyName: 'Globex', website: 'globex.com', country: null }),
    ).toEqual({});
  });
});
