import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import type { LeadRoutingSettingsQuery } from '@tandem/portal-data-access';
import { countryOptions, ErrorAlert } from '@tandem/portal-ui';
import {
  LeadRoutingSettingsDocument,
  SaveRoutingRuleDocument,
} from '../graphql/lead-settings.graphql';
import { useVersionedSettingsForm } from '../hooks/use-versioned-settings-form';
import { PRIORITY_OPTIONS, REGION_OPTIONS, priorityFromOption } from '../lib/labels';
import { personaOptions, type PersonaOption } from '../lib/options';
import {
  RULE_FORM_FIELDS,
  WEIGHT_FIELDS,
  ruleFormSchema,
  toRuleFormValues,
  toRuleInput,
  type RuleFormValues,
} from '../lib/routing-rule-form';
import { summarizeRule, summarizeWeights } from '../lib/rule-summary';
import { StaleAlert } from './stale-alert';

export type RoutingRuleRow = LeadRoutingSettingsQuery['routingRules'][number];

export interface RoutingLookup {
  tiers: readonly { id: string; name: string; rank: number }[];
  personas: readonly PersonaOption[];
}

const num = (v: number | string) => (typeof v === 'number' ? v : Number(v || 0));

/** Create or edit one routing rule; a live sentence shows what the rule will do. */
export function RoutingRuleForm({
  rule,
  lookup,
  onDone,
}: {
  rule: RoutingRuleRow | null;
  lookup: RoutingLookup;
  onDone: () => void;
}) {
  const client = useApolloClient();
  const [save, { loading }] = useMutation(SaveRoutingRuleDocument, {
    refetchQueries: rule ? [] : ['LeadRoutingSettings'],
    awaitRefetchQueries: true,
  });
  const { form, submit, stale, reload, formError } = useVersionedSettingsForm<
    RuleFormValues,
    RoutingRuleRow
  >({
    saved: rule,
    toValues: toRuleFormValues,
    schema: ruleFormSchema,
    fields: RULE_FORM_FIELDS,
    successMessage: 'Routing rule saved.',
    onDone,
    save: (values, saved) => save({ variables: { input: toRuleInput(values, saved) } }),
    fetchLatest: async (id) => {
      const { data } = await client.query({
        query: LeadRoutingSettingsDocument,
        fetchPolicy: 'network-only',
      });
      return data?.routingRules.find((r) => r.id === id) ?? null;
    },
  });
  const values = form.getValues();
  const tierOptions = [...lookup.tiers]
    .sort((a, b) => b.rank - a.rank)
    .map((t) => ({ value: t.id, label: t.name }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {stale && <StaleAlert noun="rule" onReload={() => void reload()} />}
        <ErrorAlert message={formError} title="Could not save the rule" />
        <Group align="flex-end" gap="md">
          <TextInput
            label="Name"
            required
            style={{ flex: 1, minWidth: 200 }}
            {...form.getInputProps('name')}
          />
          <Switch label="Active" mb={8} {...form.getInputProps('active', { type: 'checkbox' })} />
        </Group>

        <Fieldset legend="Which leads" variant="filled">
          <Stack gap="sm">
            <MultiSelect
              label="Lead countries"
              description="Empty: leads from any country."
              placeholder="Any country"
              data={countryOptions(values.leadCountries)}
              searchable
              clearable
              limit={60}
              {...form.getInputProps('leadCountries')}
            />
            <MultiSelect
              label="Lead personas"
              description="Empty: any persona, or none."
              placeholder="Any persona"
              data={personaOptions(lookup.personas, values.leadPersonaIds)}
              searchable
              clearable
              {...form.getInputProps('leadPersonaIds')}
            />
            <Select
              label="Lead priority"
              data={PRIORITY_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('leadPriority')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="Which partners" variant="filled">
          <Stack gap="sm">
            <Checkbox
              label="Same country as the lead"
              {...form.getInputProps('sameCountry', { type: 'checkbox' })}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <MultiSelect
                label="Partner regions"
                description="Empty: any region."
                placeholder="Any region"
                data={REGION_OPTIONS}
                clearable
                {...form.getInputProps('partnerRegions')}
              />
              <MultiSelect
                label="Partner tiers"
                description="Empty: any tier."
                placeholder="Any tier"
                data={tierOptions}
                clearable
                {...form.getInputProps('partnerTierIds')}
              />
            </SimpleGrid>
            <Checkbox
              label="Requires specialisation"
              description="Only partners whose specialisations include the lead’s persona."
              {...form.getInputProps('requireSpecialisation', { type: 'checkbox' })}
            />
            <NumberInput
              label="Max open offers"
              description="Skip partners with this many unanswered offers. Empty: no limit."
              min={1}
              allowDecimal={false}
              allowNegative={false}
              maw={260}
              {...form.getInputProps('maxOpenOffers')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="Scoring weights (0–10)" variant="filled">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            {WEIGHT_FIELDS.map((w) => (
              <NumberInput
                key={w.field}
                label={`${w.label} weight`}
                description={w.description}
                min={0}
                max={10}
                step={0.5}
                decimalScale={2}
                allowNegative={false}
                {...form.getInputProps(w.field)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>

        <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-gray-0)">
          <Text size="sm" fw={600} data-testid="rule-preview">
            {summarizeRule(
              {
                ...values,
                leadPriority: priorityFromOption(values.leadPriority),
                maxOpenOffers: values.maxOpenOffers === '' ? null : num(values.maxOpenOffers),
              },
              lookup,
            )}
          </Text>
          <Text size="xs" c="dimmed">
            {summarizeWeights({
              weightTier: num(values.weightTier),
              weightConversion: num(values.weightConversion),
              weightSla: num(values.weightSla),
              weightCapacity: num(values.weightCapacity),
            })}
          </Text>
        </Paper>

        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} disabled={stale}>
            Save rule
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
