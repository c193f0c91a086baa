import { PersonaStatus } from '@tandem/shared-domain';

export interface PersonaOption {
  id: string;
  name: string;
  status: PersonaStatus;
}

/**
 * Published personas to choose from; ones a rule already names stay listed (marked) even when
 * they were retired since, so editing the rule does not drop them unnoticed.
 */
export function personaOptions(
  personas: readonly PersonaOption[],
  selected: readonly string[],
): { value: string; label: string }[] {
  return personas
    .filter((p) => p.status === PersonaStatus.PUBLISHED || selected.includes(p.id))
    .map((p) => ({
      value: p.id,
      label:
        p.status === PersonaStatus.PUBLISHED ? p.name : `${p.name} (${p.status.toLowerCase()})`,
    }));
}
