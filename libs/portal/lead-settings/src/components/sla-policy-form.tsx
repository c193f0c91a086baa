import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { LeadRoutingSettingsQuery } from '@tandem/portal-data-access';
import { ErrorAlert } from '@tandem/portal-ui';
import {
  LeadRoutingSettingsDocument,
  SaveSlaPolicyDocument,
} from '../graphql/lead-settings.graphql';
import { useVersionedSettingsForm } from '../hooks/use-versioned-settings-form';
import { ANY, PRIORITY_OPTIONS } from '../lib/labels';
import {
  POLICY_FORM_FIELDS,
  policyFormSchema,
  toPolicyFormValues,
  toPolicyInput,
  type PolicyFormValues,
} from '../lib/sla-policy-form';
import { StaleAlert } from './stale-alert';

export type SlaPolicyRow = LeadRoutingSettingsQuery['slaPolicies'][number];

export function SlaPolicyForm({
  policy,
  tiers,
  onDone,
}: {
  policy: SlaPolicyRow | null;
  tiers: readonly { id: string; name: string; rank: number }[];
  onDone: () => void;
}) {
  const client = useApolloClient();
  const [save, { loading }] = useMutation(SaveSlaPolicyDocument, {
    refetchQueries: ['LeadRoutingSettings'],
    awaitRefetchQueries: true,
  });
  const { form, submit, stale, reload, formError } = useVersionedSettingsForm<
    PolicyFormValues,
    SlaPolicyRow
  >({
    saved: policy,
    toValues: toPolicyFormValues,
    schema: policyFormSchema,
    fields: POLICY_FORM_FIELDS,
    successMessage: 'SLA policy saved.',
    onDone,
    save: (values, saved) => save({ variables: { input: toPolicyInput(values, saved) } }),
    fetchLatest: async (id) => {
      const { data } = await client.query({
        query: LeadRoutingSettingsDocument,
        fetchPolicy: 'network-only',
      });
      return data?.slaPolicies.find((p) => p.id === id) ?? null;
    },
  });
  const tierOptions = [
    { value: ANY, label: 'Any tier' },
    ...[...tiers].sort((a, b) => b.rank - a.rank).map((t) => ({ value: t.id, label: t.name })),
  ];

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {stale && <StaleAlert noun="policy" onReload={() => void reload()} />}
        <ErrorAlert message={formError} title="Could not save the policy" />
        <TextInput label="Name" required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label="Tier"
            data={tierOptions}
            allowDeselect={false}
            {...form.getInputProps('tierId')}
          />
          <Select
            label="Priority"
            data={PRIORITY_OPTIONS}
            allowDeselect={false}
            {...form.getInputProps('priority')}
          />
          <NumberInput
            label="Accept within"
            description="Business hours to accept or reject"
            suffix=" h"
            min={0.25}
            max={720}
            step={1}
            decimalScale={2}
            allowNegative={false}
            required
            {...form.getInputProps('acceptHours')}
          />
          <NumberInput
            label="First contact within"
            description="Business hours from the offer"
            suffix=" h"
            min={0.25}
            max={720}
            step={1}
            decimalScale={2}
            allowNegative={false}
            required
            {...form.getInputProps('contactHours')}
          />
          <NumberInput
            label="Reminder at"
            description="Share of the time that has passed"
            suffix="%"
            min={10}
            max={95}
            step={5}
            allowDecimal={false}
            allowNegative={false}
            required
            {...form.getInputProps('reminderPercent')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} disabled={stale}>
            Save policy
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
