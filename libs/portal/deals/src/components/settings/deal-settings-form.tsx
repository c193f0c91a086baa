import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Slider,
  Stack,
  Text,
  Title,
  Input,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { DealSettingsFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError, mapFormErrors } from '@tandem/portal-ui';
import { DealEngagementRule, ExtensionPolicy } from '@tandem/shared-domain';
import { useState, type ReactNode } from 'react';
import {
  DealSettingsTiersDocument,
  SaveDealSettingsDocument,
} from '../../graphql/deal-settings.graphql';
import {
  SETTINGS_FORM_FIELDS,
  dealSettingsSchema,
  decisionHoursLabel,
  similarityExplanation,
  toSettingsInput,
  toSettingsValues,
  type DealSettingsValues,
} from '../../lib/settings-form';

const POLICY_OPTIONS = [
  { value: ExtensionPolicy.NONE, label: 'No extensions' },
  { value: ExtensionPolicy.ONCE, label: 'Once' },
  { value: ExtensionPolicy.UNLIMITED, label: 'Unlimited' },
];

let zones: string[] | null = null;
function timeZoneOptions(current: string): string[] {
  if (!zones) {
    const known =
      typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    zones = ['UTC', ...known.filter((zone) => zone !== 'UTC')];
  }
  return zones.includes(current) ? zones : [current, ...zones];
}

/** Protection, extensions, decision time and how conflicts are settled: one versioned row. */
export function DealSettingsForm({
  settings,
  onReload,
}: {
  settings: DealSettingsFieldsFragment;
  onReload: () => void;
}) {
  const [save, { loading }] = useMutation(SaveDealSettingsDocument, {
    refetchQueries: ['DealProgram'],
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const form = useForm<DealSettingsValues>({
    mode: 'controlled',
    initialValues: toSettingsValues(settings),
    validate: schemaResolver(dealSettingsSchema, { sync: true }),
  });
  const values = form.values;
  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      const { data } = await save({ variables: { input: toSettingsInput(v, settings.version) } });
      if (data) {
        form.setValues(toSettingsValues(data.saveDealSettings));
        form.resetDirty(toSettingsValues(data.saveDealSettings));
      }
      notifications.show({ color: 'teal', message: 'Registration settings saved.' });
    } catch (error) {
      const info = describeApiError(error);
      if (info.code === 'CONFLICT' && info.fields.length === 0) {
        setStale(true);
        return;
      }
      const mapped = mapFormErrors(error, SETTINGS_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  });
  const hours = Number(values.decisionHours);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="deal-rules-title">
      <form onSubmit={submit} noValidate data-testid="deal-settings-form">
        <Stack gap="md">
          <div>
            <Title order={4} id="deal-rules-title">
              Registration rules
            </Title>
            <Text size="sm" c="dimmed">
              Changes apply to registrations submitted or approved from now on.
            </Text>
          </div>
          {stale && (
            <Alert
              color="orange"
              variant="light"
              title="Someone else changed the settings"
              role="alert"
            >
              <Text size="sm">
                Your changes were not saved. Reload to see the latest settings, then make your
                changes again.
              </Text>
              <Group mt="sm">
                <Button
                  size="xs"
                  color="orange"
                  onClick={() => {
                    setStale(false);
                    onReload();
                  }}
                >
                  Reload latest settings
                </Button>
              </Group>
            </Alert>
          )}
          <ErrorAlert message={formError} title="Could not save the settings" />
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            <NumberInput
              label="Protection"
              description="Days an approved registration protects the customer"
              suffix=" days"
              min={1}
              max={730}
              allowDecimal={false}
              allowNegative={false}
              required
              {...form.getInputProps('protectionDays')}
            />
            <NumberInput
              label="Decision time"
              description={
                Number.isFinite(hours) && hours > 0
                  ? `Business hours to decide (${decisionHoursLabel(hours)})`
                  : 'Business hours to decide (8 = one day)'
              }
              suffix=" h"
              min={1}
              max={200}
              decimalScale={2}
              allowNegative={false}
              required
              {...form.getInputProps('decisionHours')}
            />
            <Select
              label="Vendor time zone"
              description="Business hours count Monday to Friday, 9:00–17:00 here"
              data={timeZoneOptions(values.vendorTimeZone)}
              searchable
              allowDeselect={false}
              {...form.getInputProps('vendorTimeZone')}
            />
          </SimpleGrid>
          <TierProtectionFields
            programDays={Number(values.protectionDays) || 0}
            values={values.tierDays}
            errors={form.errors}
            onChange={(tierId, days) => form.setFieldValue(`tierDays.${tierId}`, days)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Input.Wrapper
              label="Extensions"
              description="How often a partner may ask for more protection"
              error={form.errors.extensionPolicy}
            >
              <div>
                <SegmentedControl
                  mt={4}
                  data={POLICY_OPTIONS}
                  value={values.extensionPolicy}
                  onChange={(v) => form.setFieldValue('extensionPolicy', v as ExtensionPolicy)}
                  aria-label="Extensions"
                />
              </div>
            </Input.Wrapper>
            <NumberInput
              label="Extension length"
              description="Days each approved extension adds"
              suffix=" days"
              min={1}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              disabled={values.extensionPolicy === ExtensionPolicy.NONE}
              {...form.getInputProps('extensionDays')}
            />
          </SimpleGrid>
          <Radio.Group
            label="When registrations clash"
            description="Two partners registering the same customer, or a partner registering one of your accounts."
            {...form.getInputProps('engagementRule')}
          >
            <Stack gap="xs" mt="xs">
              <Radio
                value={DealEngagementRule.FIRST_TO_REGISTER}
                label="First to register"
                description="The earliest active registration has the claim: a later one cannot be approved while it lasts."
              />
              <Radio
                value={DealEngagementRule.MANAGER_DECIDES}
                label="Channel manager decides"
                description="Clashes are flagged; the channel manager weighs the evidence of each case and decides."
              />
            </Stack>
          </Radio.Group>
          <Input.Wrapper
            label={`Name similarity: ${Math.round(values.nameSimilarity * 100)}%`}
            description="How alike two company names in the same country must be to count as the same customer. Websites with the same domain always match."
            error={form.errors.nameSimilarity}
          >
            <Slider
              mt="sm"
              mb="lg"
              min={0.2}
              max={0.95}
              step={0.05}
              label={(v) => `${Math.round(v * 100)}%`}
              marks={[
                { value: 0.2, label: 'Loose' },
                { value: 0.5, label: 'Balanced' },
                { value: 0.95, label: 'Strict' },
              ]}
              value={values.nameSimilarity}
              onChange={(v) => form.setFieldValue('nameSimilarity', v)}
              aria-label="Name similarity"
            />
          </Input.Wrapper>
          <Text size="sm" c="dimmed" data-testid="similarity-explanation">
            {similarityExplanation(values.nameSimilarity)}
          </Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              disabled={!form.isDirty()}
              onClick={() => form.setValues(toSettingsValues(settings))}
            >
              Undo changes
            </Button>
            <Button type="submit" loading={loading} disabled={stale}>
              Save rules
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Tiers whose protection differs from the program's: empty means "use the program default". */
function TierProtectionFields({
  programDays,
  values,
  errors,
  onChange,
}: {
  programDays: number;
  values: Record<string, number | string>;
  errors: Record<string, ReactNode>;
  onChange: (tierId: string, days: number | string) => void;
}) {
  const tiers = useQuery(DealSettingsTiersDocument);
  const list = [...(tiers.data?.tiers ?? [])].sort((a, b) => b.rank - a.rank);
  if (!list.length) return null;
  return (
    <Stack gap={4} data-testid="tier-protection">
      <Text size="sm" fw={500}>
        Protection by tier
      </Text>
      <Text size="xs" c="dimmed">
        Leave a tier empty to use the program’s {programDays} days.
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {list.map((tier) => (
          <NumberInput
            key={tier.id}
            label={tier.name}
            placeholder={`${programDays} (program)`}
            suffix=" days"
            min={1}
            max={730}
            allowDecimal={false}
            allowNegative={false}
            value={values[tier.id] ?? ''}
            error={errors[`tierDays.${tier.id}`]}
            onChange={(v) => onChange(tier.id, v)}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
