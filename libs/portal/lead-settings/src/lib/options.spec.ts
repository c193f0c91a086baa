import { PersonaStatus } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { personaOptions } from './options';

describe('personaOptions', () => {
  it('offers published personas and keeps chosen retired ones, marked', () => {
    const personas = [
      { id: 'a', name: 'CFO', status: PersonaStatus.PUBLISHED },
      { id: 'b', name: 'Old CIO', status: PersonaStatus.RETIRED },
      { id: 'c', name: 'Draft', status: PersonaStatus.DRAFT },
    ];
    expect(personaOptions(personas, [])).toEqual([{ value: 'a', label: 'CFO' }]);
    expect(personaOptions(personas, ['b'])).toEqual([
      { value: 'a', label: 'CFO' },
      { value: 'b', label: 'Old CIO (retired)' },
    ]);
  });
});
