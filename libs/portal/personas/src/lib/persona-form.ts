import { PERSONA_FIELDS, type PersonaFieldKey } from '@tandem/shared-domain';
import type { PersonaContentInput } from '@tandem/portal-data-access';

type ListField = Extract<(typeof PERSONA_FIELDS)[number], { kind: 'list' }>['key'];

/** The list fields, in display order (each is edited as one entry per line). */
export const LIST_FIELDS = PERSONA_FIELDS.filter((f) => f.kind === 'list').map(
  (f) => f.key,
) as ListField[];

export interface ObjectionValue {
  objection: string;
  answer: string;
}

/** What the persona form edits: list fields as text with one entry per line. */
export type PersonaFormValues = {
  name: string;
  summary: string;
  companySizeMin: number | '';
  companySizeMax: number | '';
  objections: ObjectionValue[];
  imageUrl: string;
} & Record<ListField, string>;

export interface PersonaContentLike {
  name: string;
  summary: string;
  companySizeMin?: number | null;
  companySizeMax?: number | null;
  objections: readonly ObjectionValue[];
  imageUrl?: string | null;
  jobTitles: readonly string[];
  industries: readonly string[];
  regions: readonly string[];
  goals: readonly string[];
  painPoints: readonly string[];
  buyingTriggers: readonly string[];
  preferredChannels: readonly string[];
  interests: readonly string[];
  qualificationQuestions: readonly string[];
  keyMessages: readonly string[];
}

/** One entry per line: trims each line and drops empty ones. */
export function textToList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function listToText(list: readonly string[]): string {
  return list.join('\n');
}

export function emptyPersonaForm(): PersonaFormValues {
  return toFormValues(null);
}

export function toFormValues(content: PersonaContentLike | null | undefined): PersonaFormValues {
  const values = {
    name: content?.name ?? '',
    summary: content?.summary ?? '',
    companySizeMin: content?.companySizeMin ?? '',
    companySizeMax: content?.companySizeMax ?? '',
    objections: (content?.objections ?? []).map((o) => ({
      objection: o.objection,
      answer: o.answer,
    })),
    imageUrl: content?.imageUrl ?? '',
  } as PersonaFormValues;
  for (const key of LIST_FIELDS) values[key] = listToText(content?.[key] ?? []);
  return values;
}

const toCount = (value: number | '' | string): number | null => {
  if (value === '' || value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
};

/** The API input for the form's values; blank objection rows are left out. */
export function toContentInput(values: PersonaFormValues): PersonaContentInput {
  const input: PersonaContentInput = {
    name: values.name.trim(),
    summary: values.summary.trim(),
    companySizeMin: toCount(values.companySizeMin),
    companySizeMax: toCount(values.companySizeMax),
    objections: values.objections
      .map((o) => ({ objection: o.objection.trim(), answer: o.answer.trim() }))
      .filter((o) => o.objection || o.answer),
    imageUrl: values.imageUrl.trim() || null,
  };
  for (const key of LIST_FIELDS) input[key] = textToList(values[key]);
  return input;
}

/** Form field names that can carry an error message. */
export const PERSONA_FORM_FIELDS: readonly string[] = PERSONA_FIELDS.map((f) => f.key);

/**
 * The form field an API error path points at: `content.painPoints.2` → `painPoints`,
 * `content.objections.0.answer` → `objections`.
 */
export function formFieldForApiPath(path: string): string {
  const parts = path.replace(/^content\./, '').split('.');
  return parts[0] ?? path;
}

/** Aliases for `mapFormErrors`, built from the error paths the API returned. */
export function personaFieldAliases(paths: readonly string[]): Record<string, string> {
  return Object.fromEntries(paths.map((p) => [p, formFieldForApiPath(p)]));
}

/** Client-side checks that save a round trip; the API checks the same and more. */
export function validatePersonaForm(values: PersonaFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = values.name.trim();
  if (name.length < 2 || name.length > 120) errors.name = 'Name must be 2 to 120 characters.';
  const min = toCount(values.companySizeMin);
  const max = toCount(values.companySizeMax);
  if (min !== null && max !== null && min > max)
    errors.companySizeMax = 'The upper company size must not be below the lower one.';
  const url = values.imageUrl.trim();
  if (url && !/^https:\/\/\S+$/i.test(url)) errors.imageUrl = 'Use an https:// link to the image.';
  for (const key of LIST_FIELDS) {
    const entries = textToList(values[key]);
    if (entries.length > 30) errors[key] = 'At most 30 entries.';
    else if (entries.some((e) => e.length > 500))
      errors[key] = 'Each entry can be at most 500 characters.';
  }
  if (values.objections.some((o) => !o.objection.trim() && o.answer.trim()))
    errors.objections = 'Write the objection for every answer.';
  return errors;
}

export function fieldLabel(key: string): string {
  return PERSONA_FIELDS.find((f) => f.key === key)?.label ?? key;
}

export function fieldKind(key: string) {
  return PERSONA_FIELDS.find((f) => f.key === key)?.kind;
}

/** How a proposal's suggestion is applied, worded for the person writing it. */
export function suggestionHelp(field: PersonaFieldKey | string | null): string {
  switch (fieldKind(field ?? '')) {
    case 'list':
      return 'Each line becomes a new entry, added to the existing ones.';
    case 'objections':
      return 'First line: the objection. The following lines: the answer to it.';
    case 'text':
      return 'Your text replaces the current text of this field.';
    default:
      return 'Choose a field first.';
  }
}
