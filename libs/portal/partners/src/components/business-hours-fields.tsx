import { useQuery } from '@apollo/client/react';
import { Checkbox, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { PersonaStatus } from '@tandem/shared-domain';
import { PartnerPersonaOptionsDocument } from '../graphql/partners.graphql';
import {
  END_HOUR_OPTIONS,
  START_HOUR_OPTIONS,
  WEEKDAYS,
  type BusinessHoursValues,
} from '../lib/business-hours';

/**
 * Working days, hours and specialisations, shared by the vendor's partner form and the partner
 * admin's own profile form. SLA clocks run on these hours; routing can require a specialisation.
 */
export function BusinessHoursFields({
  form,
}: {
  form: Pick<UseFormReturnType<BusinessHoursValues>, 'getInputProps' | 'key' | 'getValues'>;
}) {
  const personas = useQuery(PartnerPersonaOptionsDocument);
  const selected = form.getValues().focusPersonaIds;
  const personaOptions = (personas.data?.personas.items ?? [])
    .filter((p) => p.status === PersonaStatus.PUBLISHED || selected.includes(p.id))
    .map((p) => ({ value: p.id, label: p.name }));
  return (
    <Fieldset
      legend="Business hours and specialisations"
      variant="unstyled"
      styles={{ legend: { fontWeight: 600 } }}
    >
      <Stack gap="sm">
        <Checkbox.Group
          label="Working days"
          description="Lead response deadlines only count these days, in the partner’s time zone."
          key={form.key('workingDays')}
          {...form.getInputProps('workingDays')}
        >
          <Group gap="md" mt={6}>
            {WEEKDAYS.map((d) => (
              <Checkbox key={d.day} value={String(d.day)} label={d.short} aria-label={d.long} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label="Working day starts"
            data={START_HOUR_OPTIONS}
            allowDeselect={false}
            required
            key={form.key('workdayStartHour')}
            {...form.getInputProps('workdayStartHour')}
          />
          <Select
            label="Working day ends"
            data={END_HOUR_OPTIONS}
            allowDeselect={false}
            required
            key={form.key('workdayEndHour')}
            {...form.getInputProps('workdayEndHour')}
          />
        </SimpleGrid>
        <MultiSelect
          label="Specialisations"
          description="Personas the partner focuses on; routing rules can require a match."
          placeholder={personaOptions.length ? 'Choose personas' : undefined}
          data={personaOptions}
          searchable
          clearable
          disabled={personas.loading && !personas.data}
          key={form.key('focusPersonaIds')}
          {...form.getInputProps('focusPersonaIds')}
        />
      </Stack>
    </Fieldset>
  );
}
