export interface KitFormValues {
  name: string;
  description: string;
  /** One talking point per line. */
  talkingPoints: string;
  /** '' = none. */
  personaId: string;
  campaignId: string;
  assetIds: string[];
}

export const KIT_FORM_FIELDS = [
  'name',
  'description',
  'talkingPoints',
  'personaId',
  'campaignId',
  'assetIds',
] as const;

export function emptyKitValues(): KitFormValues {
  return {
    name: '',
    description: '',
    talkingPoints: '',
    personaId: '',
    campaignId: '',
    assetIds: [],
  };
}

export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function toKitInput(
  values: KitFormValues,
  existing?: { id: string; version: number } | null,
) {
  return {
    ...(existing ? { id: existing.id, version: existing.version } : {}),
    name: values.name.trim(),
    description: values.description.trim(),
    talkingPoints: linesOf(values.talkingPoints),
    personaId: values.personaId || null,
    campaignId: values.campaignId || null,
    assetIds: values.assetIds,
  };
}

/** Moves the item at `index` by `delta` places (kits keep their assets in order). */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item);
  return next;
}

export function validateKitForm(values: KitFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.name.trim().length < 2) errors.name = 'Give the kit a name (at least 2 characters).';
  if (values.assetIds.length === 0) errors.assetIds = 'Choose at least one asset.';
  return errors;
}
