import { moneyFromInput, moneyToInput } from './money';

export type AllocationTarget = 'partner' | 'tier';

export interface AllocationRowValues {
  /** Stable React key for the row (not sent). */
  key: string;
  target: AllocationTarget;
  partnerId: string | null;
  tierId: string | null;
  /** As typed. */
  amount: string;
}

export interface AllocationFormValues {
  rows: AllocationRowValues[];
}

let rowSeq = 0;
export function allocationRow(
  values: Partial<Omit<AllocationRowValues, 'key'>> = {},
): AllocationRowValues {
  rowSeq += 1;
  return {
    key: `allocation-${rowSeq}`,
    target: 'partner',
    partnerId: null,
    tierId: null,
    amount: '',
    ...values,
  };
}

/** A new allocation starts with one empty partner row. */
export function emptyAllocationValues(): AllocationFormValues {
  return { rows: [allocationRow()] };
}

/** Changing a partner's existing allocation starts from what it has. */
export function allocationValuesFor(partnerId: string, allocated: string): AllocationFormValues {
  return { rows: [allocationRow({ partnerId, amount: moneyToInput(allocated) })] };
}

export function validateAllocationForm(values: AllocationFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.rows.length === 0) errors.rows = 'Add a partner or a tier.';
  const partners = new Set<string>();
  values.rows.forEach((row, i) => {
    if (row.target === 'partner') {
      if (!row.partnerId) errors[`rows.${i}.partnerId`] = 'Choose a partner.';
      else if (partners.has(row.partnerId))
        errors[`rows.${i}.partnerId`] = 'This partner is on another row already.';
      else partners.add(row.partnerId);
    } else if (!row.tierId) errors[`rows.${i}.tierId`] = 'Choose a tier.';
    if (moneyFromInput(row.amount) === null)
      errors[`rows.${i}.amount`] = 'Enter an amount, e.g. 10000.';
  });
  return errors;
}

/** The allocateMdf input; only call after validateAllocationForm found nothing. */
export function toAllocationsInput(budgetId: string, values: AllocationFormValues) {
  return {
    budgetId,
    entries: values.rows.map((row) => {
      const amount = moneyFromInput(row.amount);
      if (amount === null) throw new Error('Validate the allocation first');
      return row.target === 'partner'
        ? { partnerId: row.partnerId, amount }
        : { tierId: row.tierId, amount };
    }),
  };
}

/** API field paths of an allocation (`entries.1.amount`) onto the form's (`rows.1.amount`). */
export function allocationErrorAliases(rowCount: number): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (let i = 0; i < rowCount; i++) {
    aliases[`entries.${i}.amount`] = `rows.${i}.amount`;
  }
  return aliases;
}

export function allocationFormFields(rowCount: number): string[] {
  const fields: string[] = [];
  for (let i = 0; i < rowCount; i++) fields.push(`rows.${i}.amount`);
  return fields;
}
