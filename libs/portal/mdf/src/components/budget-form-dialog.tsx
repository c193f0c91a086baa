import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { MdfBudgetViewFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError, mapFormErrors, useNow } from '@tandem/portal-ui';
import { PeriodKind, periodKindOfCode } from '@tandem/shared-domain';
import { useId, useState, type ReactNode } from 'react';
import { BUDGETS_REFETCH, MdfPeriodsDocument, SaveMdfBudgetDocument } from '../graphql/mdf.graphql';
import {
  BUDGET_FORM_FIELDS,
  budgetValuesFrom,
  emptyBudgetValues,
  toBudgetInput,
  validateBudgetForm,
  type BudgetFormValues,
} from '../lib/budget-form';
import { formatMoney } from '../lib/money';
import { PERIOD_KIND_OPTIONS, periodOptions } from '../lib/periods';

/** Create a budget for a period, or change one (never below what is allocated). */
export function BudgetFormDialog({
  opened,
  onClose,
  view,
  defaultPeriodCode,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  /** null: a new budget. */
  view: MdfBudgetViewFieldsFragment | null;
  defaultPeriodCode: string | null;
  onSaved?: (budget: { periodCode: string }) => void;
}) {
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={view ? `Edit ${view.budget.name}` : 'New budget'}
      fullScreen={fullScreen}
    >
      {opened && (
        <BudgetForm
          view={view}
          defaultPeriodCode={defaultPeriodCode}
          onDone={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

function BudgetForm({
  view,
  defaultPeriodCode,
  onDone,
  onSaved,
}: {
  view: MdfBudgetViewFieldsFragment | null;
  defaultPeriodCode: string | null;
  onDone: () => void;
  onSaved?: (budget: { periodCode: string }) => void;
}) {
  const client = useApolloClient();
  const [save, { loading }] = useMutation(SaveMdfBudgetDocument, {
    refetchQueries: BUDGETS_REFETCH,
    awaitRefetchQueries: true,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const budget = view?.budget ?? null;
  const form = useForm<BudgetFormValues>({
    mode: 'controlled',
    initialValues: budget ? budgetValuesFrom(budget) : emptyBudgetValues(defaultPeriodCode),
    validate: (values) => validateBudgetForm(values, view?.allocated ?? null),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await save({ variables: { input: toBudgetInput(values, budget) } });
      notifications.show({ color: 'teal', message: `Budget “${values.name.trim()}” saved.` });
      if (result.data) onSaved?.(result.data.saveMdfBudget);
      onDone();
    } catch (error) {
      const info = describeApiError(error);
      const mapped = mapFormErrors(error, BUDGET_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      setFormError(info.code === 'CONFLICT' ? info.message : mapped.formError);
      if (info.code === 'CONFLICT') void client.refetchQueries({ include: BUDGETS_REFETCH });
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="budget-form">
      <Stack>
        <ErrorAlert message={formError} title="Could not save the budget" />
        <TextInput
          label="Name"
          placeholder="Q4 market development funds"
          required
          maxLength={120}
          data-autofocus
          {...form.getInputProps('name')}
        />
        <PeriodField
          value={form.values.periodCode}
          onChange={(code) => form.setFieldValue('periodCode', code)}
          error={form.errors.periodCode}
        />
        <TextInput
          label="Total"
          description={
            view && view.allocated !== '0.00'
              ? `${formatMoney(view.allocated)} is allocated; the total cannot be less.`
              : 'What partners can be allocated in this period.'
          }
          placeholder="250000"
          inputMode="decimal"
          leftSection="$"
          required
          {...form.getInputProps('total')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} data-testid="budget-submit">
            {budget ? 'Save budget' : 'Create budget'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Period type, then the period (running and upcoming first, as the API lists them). */
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
  const periods = useQuery(MdfPeriodsDocument, { variables: { kind } });
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
        placeholder={periods.loading && !periods.data ? 'Loading periods…' : 'Choose a period'}
        data={options}
        value={value}
        onChange={onChange}
        allowDeselect={false}
        required
        error={error ?? (periods.error ? 'Could not load the periods.' : undefined)}
        data-testid="budget-period"
      />
    </SimpleGrid>
  );
}
