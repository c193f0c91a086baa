import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalculator } from '@tabler/icons-react';
import type { IncentivePlanFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError, mapFormErrors, useNow } from '@tandem/portal-ui';
import {
  IncentiveEligibility,
  IncentivePoolKind,
  PeriodKind,
  periodKindOfCode,
} from '@tandem/shared-domain';
import { useId, useState, type ReactNode } from 'react';
import {
  IncentivePeriodsDocument,
  IncentiveTiersDocument,
  PLANS_REFETCH,
  SaveIncentivePlanDocument,
} from '../graphql/incentives.graphql';
import { workedExample } from '../lib/payout-rule';
import { ELIGIBILITY_OPTIONS, POOL_KIND_OPTIONS } from '../lib/plan-display';
import {
  emptyPlanValues,
  planFormFields,
  planValuesFrom,
  revenueMetricOptions,
  ruleFromValues,
  salesShareHint,
  toPlanInput,
  validatePlanForm,
  type PlanFormValues,
} from '../lib/plan-form';
import { PERIOD_KIND_OPTIONS, periodOptions } from '../lib/periods';
import { MeasureRowsField } from './measure-rows-field';
import { PartnerMultiSelect } from './partner-multi-select';

/** Define a new plan, or change a draft (active and closed plans are fixed). */
export function PlanFormDialog({
  opened,
  onClose,
  plan,
  defaultPeriodCode,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  /** null: a new plan. */
  plan: IncentivePlanFieldsFragment | null;
  /** The period a new plan starts on (the list's). */
  defaultPeriodCode: string | null;
  onSaved?: (plan: IncentivePlanFieldsFragment) => void;
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={plan ? `Edit ${plan.name}` : 'New incentive plan'}
      size="xl"
    >
      {opened && (
        <PlanForm
          plan={plan}
          defaultPeriodCode={defaultPeriodCode}
          onDone={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

function PlanForm({
  plan,
  defaultPeriodCode,
  onDone,
  onSaved,
}: {
  plan: IncentivePlanFieldsFragment | null;
  defaultPeriodCode: string | null;
  onDone: () => void;
  onSaved?: (plan: IncentivePlanFieldsFragment) => void;
}) {
  const [save, { loading }] = useMutation(SaveIncentivePlanDocument, {
    refetchQueries: PLANS_REFETCH,
    awaitRefetchQueries: true,
  });
  const client = useApolloClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PlanFormValues>({
    mode: 'controlled',
    initialValues: plan ? planValuesFrom(plan) : emptyPlanValues(defaultPeriodCode),
    validate: validatePlanForm,
  });
  const values = form.values;
  const rule = ruleFromValues(values);
  const shareHint = salesShareHint(values.marketingSharePercent);
  const eligibilityLabel = useId();
  const poolKindLabel = useId();

  const submit = form.onSubmit(async (submitted) => {
    setFormError(null);
    try {
      const result = await save({ variables: { input: toPlanInput(submitted, plan) } });
      notifications.show({ color: 'teal', message: `Plan “${submitted.name.trim()}” saved.` });
      if (result.data) onSaved?.(result.data.saveIncentivePlan);
      onDone();
    } catch (error) {
      const info = describeApiError(error);
      const mapped = mapFormErrors(error, planFormFields(submitted));
      form.setErrors(mapped.fieldErrors);
      setFormError(info.code === 'CONFLICT' ? info.message : mapped.formError);
      // Fetch the current version, so reopening the form starts from it.
      if (info.code === 'CONFLICT') void client.refetchQueries({ include: PLANS_REFETCH });
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="plan-form">
      <Stack>
        <ErrorAlert message={formError} title="Could not save the plan" />
        <TextInput
          label="Name"
          placeholder="Q4 shared pipeline bonus"
          required
          maxLength={120}
          {...form.getInputProps('name')}
        />
        <PeriodField
          value={values.periodCode}
          onChange={(code) => form.setFieldValue('periodCode', code)}
          error={form.errors.periodCode}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={eligibilityLabel}>
            Who it pays
          </Text>
          <SegmentedControl
            aria-labelledby={eligibilityLabel}
            data={ELIGIBILITY_OPTIONS}
            value={values.eligibility}
            onChange={(next) => form.setFieldValue('eligibility', next as IncentiveEligibility)}
            data-testid="plan-eligibility"
          />
          <Text size="xs" c="dimmed">
            Suspended partners are left out. Channel managers see and review their own partners.
          </Text>
        </Stack>
        {values.eligibility === IncentiveEligibility.TIERS && (
          <TierField
            value={values.tierIds}
            onChange={(ids) => form.setFieldValue('tierIds', ids)}
            error={form.errors.tierIds}
          />
        )}
        {values.eligibility === IncentiveEligibility.PARTNERS && (
          <PartnerMultiSelect
            value={values.partnerIds}
            onChange={(ids) => form.setFieldValue('partnerIds', ids)}
            error={typeof form.errors.partnerIds === 'string' ? form.errors.partnerIds : undefined}
          />
        )}
        <MeasureRowsField form={form} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={poolKindLabel}>
            Pool per partner
          </Text>
          <SegmentedControl
            aria-labelledby={poolKindLabel}
            data={POOL_KIND_OPTIONS}
            value={values.poolKind}
            onChange={(next) => form.setFieldValue('poolKind', next as IncentivePoolKind)}
            data-testid="plan-pool-kind"
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {values.poolKind === IncentivePoolKind.PERCENT_OF_REVENUE ? (
            <TextInput
              label="Pool, % of revenue"
              description="Of each partner’s own revenue in the period."
              placeholder="5"
              inputMode="decimal"
              required
              rightSection="%"
              {...form.getInputProps('poolPercent')}
            />
          ) : (
            <TextInput
              label="Pool amount"
              description="What 100% attainment pays each partner."
              placeholder="2500"
              inputMode="decimal"
              required
              leftSection="$"
              {...form.getInputProps('poolAmount')}
            />
          )}
          <Select
            label="Revenue metric"
            description={
              values.poolKind === IncentivePoolKind.PERCENT_OF_REVENUE
                ? 'The revenue the pool is a share of.'
                : 'The revenue shown next to the earnings.'
            }
            data={revenueMetricOptions()}
            allowDeselect={false}
            {...form.getInputProps('revenueMetric')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput
            label="Threshold"
            description="Nothing is paid below this attainment."
            min={0}
            max={100}
            allowDecimal={false}
            suffix="%"
            {...form.getInputProps('thresholdPercent')}
          />
          <NumberInput
            label="Cap"
            description="Attainment above this pays no more."
            min={100}
            max={500}
            allowDecimal={false}
            suffix="%"
            {...form.getInputProps('capPercent')}
          />
          <NumberInput
            label="Marketing share"
            description={shareHint ?? 'Sales gets the rest.'}
            min={0}
            max={100}
            allowDecimal={false}
            suffix="%"
            data-testid="plan-marketing-share"
            {...form.getInputProps('marketingSharePercent')}
          />
        </SimpleGrid>
        <Alert
          variant="light"
          color={rule ? 'blue' : 'gray'}
          icon={<IconCalculator size={18} />}
          title="Worked example"
          data-testid="plan-example"
        >
          <Text size="sm">
            {rule
              ? workedExample(rule)
              : 'Fill in the pool, threshold, cap and marketing share to see what the plan pays.'}
          </Text>
        </Alert>
        <Text size="xs" c="dimmed">
          Saved plans are drafts: only vendor staff see them until you activate them.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} data-testid="plan-submit">
            {plan ? 'Save draft' : 'Create draft'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Period type, then the period: running and upcoming ones first as the API lists them. */
function PeriodField({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (code: string | null) => void;
  error?: ReactNode;
}) {
  const [kind, setKind] = useState<PeriodKind>(periodKindOfCode(value) ?? PeriodKind.QUARTER);
  const now = useNow(60_000);
  const periods = useQuery(IncentivePeriodsDocument, { variables: { kind } });
  const options = periodOptions(periods.data?.periods ?? [], now);
  if (value && !options.some((o) => o.value === value) && periodKindOfCode(value) === kind)
    options.push({ value, label: value });
  const kindLabel = useId();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Stack gap={4}>
        <Text size="sm" fw={500} id={kindLabel}>
          Period type
        </Text>
        <SegmentedControl
          aria-labelledby={kindLabel}
          data={PERIOD_KIND_OPTIONS}
          value={kind}
          onChange={(next) => {
            setKind(next as PeriodKind);
            if (periodKindOfCode(value) !== next) onChange(null);
          }}
        />
      </Stack>
      <Select
        label="Period"
        description="The plan pays on goals and revenue of this period."
        placeholder={periods.loading && !periods.data ? 'Loading periods…' : 'Choose a period'}
        data={options}
        value={value}
        onChange={onChange}
        allowDeselect={false}
        required
        error={error ?? (periods.error ? 'Could not load the periods.' : undefined)}
        data-testid="plan-period"
      />
    </SimpleGrid>
  );
}

function TierField({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  error?: ReactNode;
}) {
  const tiers = useQuery(IncentiveTiersDocument);
  // Highest tier first, as people think of the ladder.
  const options = [...(tiers.data?.tiers ?? [])]
    .sort((a, b) => b.rank - a.rank)
    .map((t) => ({ value: t.id, label: t.name }));
  return (
    <MultiSelect
      label="Tiers"
      description="Partners of these tiers when the plan runs."
      placeholder={tiers.loading && !tiers.data ? 'Loading tiers…' : 'Choose tiers'}
      data={options}
      value={value}
      onChange={onChange}
      required
      error={error ?? (tiers.error ? 'Could not load the tiers.' : undefined)}
      data-testid="plan-tiers"
    />
  );
}
