import { LeadPriority } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { applicablePolicy, businessHoursLabel, clockPair } from './sla-policies';
import { ANY } from './labels';
import { policyFormSchema, toPolicyFormValues, toPolicyInput } from './sla-policy-form';

const policy = (id: string, tierId: string | null, priority: LeadPriority | null) => ({
  id,
  name: id,
  tierId,
  priority,
  acceptHours: 4,
  contactHours: 8,
  reminderPercent: 75,
});

describe('applicablePolicy', () => {
  const policies = [
    policy('all', null, null),
    policy('gold', 'gold', null),
    policy('hot', null, LeadPriority.HOT),
    policy('gold-hot', 'gold', LeadPriority.HOT),
  ];

  it('prefers a priority match, then a tier match', () => {
    expect(applicablePolicy(policies, 'gold', LeadPriority.HOT)?.id).toBe('gold-hot');
    expect(applicablePolicy(policies, 'silver', LeadPriority.HOT)?.id).toBe('hot');
    expect(applicablePolicy(policies, 'gold', LeadPriority.NORMAL)?.id).toBe('gold');
    expect(applicablePolicy(policies, 'silver', LeadPriority.NORMAL)?.id).toBe('all');
  });

  it('a priority-only policy beats a tier-only one', () => {
    const two = [policy('gold', 'gold', null), policy('hot', null, LeadPriority.HOT)];
    expect(applicablePolicy(two, 'gold', LeadPriority.HOT)?.id).toBe('hot');
  });

  it('returns null when the defaults apply', () => {
    expect(applicablePolicy([policy('gold', 'gold', null)], 'silver', LeadPriority.HOT)).toBeNull();
  });
});

describe('labels', () => {
  it('words business hours', () => {
    expect(businessHoursLabel(1)).toBe('1 business hour');
    expect(businessHoursLabel(4.5)).toBe('4.5 business hours');
    expect(clockPair({ acceptHours: 24, contactHours: 48 })).toBe('24 h / 48 h');
  });
});

describe('SLA policy form', () => {
  it('maps "any" to null and keeps the edited version', () => {
    const values = toPolicyFormValues(null);
    expect(values.tierId).toBe(ANY);
    values.name = ' Gold hot ';
    values.tierId = 'gold';
    values.priority = LeadPriority.HOT;
    expect(toPolicyInput(values, { id: 'p1', version: 2 })).toEqual({
      id: 'p1',
      version: 2,
      name: 'Gold hot',
      tierId: 'gold',
      priority: LeadPriority.HOT,
      acceptHours: 8,
      contactHours: 24,
      reminderPercent: 75,
    });
    expect(toPolicyInput(toPolicyFormValues(null), null)).toMatchObject({
      tierId: null,
      priority: null,
    });
  });

  it('refuses a first-contact deadline before the accept deadline', () => {
    const result = policyFormSchema.safeParse({
      ...toPolicyFormValues(null),
      name: 'x',
      acceptHours: 8,
      contactHours: 4,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['contactHours']);
  });
});
