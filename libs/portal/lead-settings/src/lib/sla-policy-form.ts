import type { LeadPriority } from '@tandem/shared-domain';
import { z } from 'zod';
import { ANY, priorityFromOption } from './labels';

export type PolicyFormValues = {
  name: string;
  /** `ANY` or a tier id. */
  tierId: string;
  /** `ANY`, NORMAL or HOT. */
  priority: string;
  acceptHours: number | string;
  contactHours: number | string;
  reminderPercent: number | string;
};

export interface SavedPolicy {
  id: string;
  version: number;
  name: string;
  tierId?: string | null;
  priority?: LeadPriority | null;
  acceptHours: number;
  contactHours: number;
  reminderPercent: number;
}

export const POLICY_FORM_FIELDS: readonly (keyof PolicyFormValues)[] = [
  'name',
  'tierId',
  'priority',
  'acceptHours',
  'contactHours',
  'reminderPercent',
];

const hours = z
  .number({ message: 'Enter a number of business hours.' })
  .min(0.25, 'Allow at least a quarter of an hour.')
  .max(720, 'At most 720 business hours.');

export const policyFormSchema = z
  .object({
    name: z.string().trim().min(1, 'Name the policy.').max(100, 'Use at most 100 characters.'),
    tierId: z.string(),
    priority: z.string(),
    acceptHours: hours,
    contactHours: hours,
    reminderPercent: z
      .number({ message: 'Enter a percentage.' })
      .int('Enter a whole percentage.')
      .min(10, 'Remind between 10% and 95% of the time.')
      .max(95, 'Remind between 10% and 95% of the time.'),
  })
  .refine((v) => v.contactHours >= v.acceptHours, {
    path: ['contactHours'],
    message: 'First contact cannot be due before the accept deadline.',
  });

export function toPolicyFormValues(policy: SavedPolicy | null): PolicyFormValues {
  return {
    name: policy?.name ?? '',
    tierId: policy?.tierId ?? ANY,
    priority: policy?.priority ?? ANY,
    acceptHours: policy?.acceptHours ?? 8,
    contactHours: policy?.contactHours ?? 24,
    reminderPercent: policy?.reminderPercent ?? 75,
  };
}

const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v || 0));

export function toPolicyInput(
  values: PolicyFormValues,
  policy: Pick<SavedPolicy, 'id' | 'version'> | null,
) {
  return {
    id: policy?.id,
    version: policy?.version,
    name: values.name.trim(),
    tierId: values.tierId === ANY ? null : values.tierId,
    priority: priorityFromOption(values.priority),
    acceptHours: num(values.acceptHours),
    contactHours: num(values.contactHours),
    reminderPercent: num(values.reminderPercent),
  };
}
