import { GoalSide, Metric, PeriodKind } from '@tandem/shared-domain';
import {
  emptyTargetRow,
  targetRowFields,
  targetRowFrom,
  toTargetInputs,
  validateTargetRows,
  type TargetRowValues,
} from './target-rows';

/** The API takes at most this many goals per template. */
export const MAX_TEMPLATE_ITEMS = 30;

export interface TemplateFormValues {
  name: string;
  tierId: string | null;
  periodKind: PeriodKind;
  items: TargetRowValues[];
}

export interface EditableTemplate {
  id: string;
  name: string;
  tierId: string;
  periodKind: PeriodKind;
  version: number;
  items: readonly { metric: Metric; target: string; side: GoalSide }[];
}

export function templateValuesFrom(template: EditableTemplate | null): TemplateFormValues {
  if (!template)
    return { name: '', tierId: null, periodKind: PeriodKind.QUARTER, items: [emptyTargetRow()] };
  return {
    name: template.name,
    tierId: template.tierId,
    periodKind: template.periodKind,
    items: template.items.map(targetRowFrom),
  };
}

export function templateFormFields(values: TemplateFormValues): string[] {
  return ['name', 'tierId', 'periodKind', ...targetRowFields('items', values.items.length)];
}

export function validateTemplateForm(values: TemplateFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Give the template a name.';
  else if (name.length > 100) errors.name = 'Keep the name under 100 characters.';
  if (!values.tierId) errors.tierId = 'Choose a tier.';
  return {
    ...errors,
    ...validateTargetRows(values.items, 'items', {
      min: 1,
      max: MAX_TEMPLATE_ITEMS,
      noun: 'goals',
    }),
  };
}

export function toTemplateInput(
  values: TemplateFormValues,
  existing?: { id: string; version: number } | null,
) {
  if (!values.tierId) throw new Error('Validate the template first');
  return {
    id: existing?.id ?? null,
    expectedVersion: existing?.version ?? null,
    name: values.name.trim(),
    tierId: values.tierId,
    periodKind: values.periodKind,
    items: toTargetInputs(values.items),
  };
}

export interface TemplateApplicationResult {
  partners: number;
  created: number;
  updated: number;
  skipped: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Set goals for 3 partners: 12 created, 3 updated, 1 kept because adjusted by hand." */
export function describeApplication(result: TemplateApplicationResult): string {
  if (result.partners === 0)
    return 'No partners of this tier to set goals for (suspended partners are left out).';
  const parts = [`${result.created} created`, `${result.updated} updated`];
  if (result.skipped > 0) parts.push(`${result.skipped} kept because adjusted by hand`);
  return `Set goals for ${plural(result.partners, 'partner', 'partners')}: ${parts.join(', ')}.`;
}
