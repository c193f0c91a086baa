import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { MdfBudgetViewFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, mapFormErrors } from '@tandem/portal-ui';
import { useState } from 'react';
import { AllocateMdfDocument, BUDGETS_REFETCH, MdfTiersDocument } from '../graphql/mdf.graphql';
import {
  allocationErrorAliases,
  allocationFormFields,
  allocationRow,
  allocationValuesFor,
  emptyAllocationValues,
  toAllocationsInput,
  validateAllocationForm,
  type AllocationFormValues,
  type AllocationTarget,
} from '../lib/allocation-form';
import { formatMoney } from '../lib/money';
import { PartnerSelect } from './partner-select';

const TARGET_OPTIONS = [
  { value: 'partner', label: 'Partner' },
  { value: 'tier', label: 'Tier' },
];

/**
 * Allocate a budget: rows of a partner (or every partner of a tier) and an amount. The amounts
 * set allocations (they replace what a partner had); the API refuses more than the budget.
 */
export function AllocateDialog({
  opened,
  onClose,
  view,
  existing,
}: {
  opened: boolean;
  onClose: () => void;
  view: MdfBudgetViewFieldsFragment;
  /** Change this partner's allocation; null starts with an empty row. */
  existing: { partnerId: string; allocated: string } | null;
}) {
  const fullScreen = useMediaQuery('(max-width: 48em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Allocate ${view.budget.name}`}
      size="lg"
      fullScreen={fullScreen}
    >
      {opened && <AllocateForm view={view} existing={existing} onDone={onClose} />}
    </Modal>
  );
}

function AllocateForm({
  view,
  existing,
  onDone,
}: {
  view: MdfBudgetViewFieldsFragment;
  existing: { partnerId: string; allocated: string } | null;
  onDone: () => void;
}) {
  const [allocate, { loading }] = useMutation(AllocateMdfDocument, {
    refetchQueries: BUDGETS_REFETCH,
    awaitRefetchQueries: true,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AllocationFormValues>({
    mode: 'controlled',
    initialValues: existing
      ? allocationValuesFor(existing.partnerId, existing.allocated)
      : emptyAllocationValues(),
    validate: validateAllocationForm,
  });
  const rows = form.values.rows;

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await allocate({ variables: { input: toAllocationsInput(view.budget.id, values) } });
      notifications.show({ color: 'teal', message: `${view.budget.name} allocated.` });
      onDone();
    } catch (error) {
      const count = values.rows.length;
      const mapped = mapFormErrors(
        error,
        allocationFormFields(count),
        allocationErrorAliases(count),
      );
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="allocate-form">
      <Stack>
        <ErrorAlert message={formError} title="Could not allocate the budget" />
        <Text size="sm" c="dimmed">
          Budget {formatMoney(view.total)}: {formatMoney(view.allocated)} allocated,{' '}
          {formatMoney(view.unallocated)} free. An amount sets the partner’s allocation (it replaces
          what it had, and cannot go below what the partner already used); a tier sets it for each
          of the tier’s partners.
        </Text>
        {rows.map((row, index) => (
          <AllocationRowFields
            key={row.key}
            form={form}
            index={index}
            removable={rows.length > 1}
          />
        ))}
        {typeof form.errors.rows === 'string' && (
          <Text size="sm" c="red">
            {form.errors.rows}
          </Text>
        )}
        <Group justify="space-between">
          <Button
            variant="subtle"
            leftSection={<IconPlus size={16} />}
            onClick={() => form.insertListItem('rows', allocationRow())}
            data-testid="add-allocation-row"
          >
            Add a row
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={loading} data-testid="allocate-submit">
              Allocate
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

function AllocationRowFields({
  form,
  index,
  removable,
}: {
  form: UseFormReturnType<AllocationFormValues>;
  index: number;
  removable: boolean;
}) {
  const row = form.values.rows[index];
  const n = index + 1;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="allocation-form-row">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <SegmentedControl
            size="xs"
            aria-label={`Allocate row ${n} to`}
            data={TARGET_OPTIONS}
            value={row.target}
            onChange={(next) =>
              form.setFieldValue(`rows.${index}.target`, next as AllocationTarget)
            }
          />
          {removable && (
            <Tooltip label="Remove row">
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove row ${n}`}
                onClick={() => form.removeListItem('rows', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {row.target === 'partner' ? (
            <PartnerSelect
              label={`Partner ${n}`}
              value={row.partnerId}
              onChange={(id) => form.setFieldValue(`rows.${index}.partnerId`, id)}
              error={form.errors[`rows.${index}.partnerId`] as string | undefined}
              testId="allocation-partner"
            />
          ) : (
            <TierSelect
              label={`Tier ${n}`}
              value={row.tierId}
              onChange={(id) => form.setFieldValue(`rows.${index}.tierId`, id)}
              error={form.errors[`rows.${index}.tierId`] as string | undefined}
            />
          )}
          <TextInput
            label={`Amount ${n}`}
            placeholder="20000"
            inputMode="decimal"
            leftSection="$"
            required
            data-testid="allocation-amount"
            {...form.getInputProps(`rows.${index}.amount`)}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function TierSelect({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}) {
  const tiers = useQuery(MdfTiersDocument);
  // Highest tier first, as people think of the ladder.
  const options = [...(tiers.data?.tiers ?? [])]
    .sort((a, b) => b.rank - a.rank)
    .map((t) => ({ value: t.id, label: t.name }));
  return (
    <Select
      label={label}
      description="Every partner of the tier that is not suspended."
      placeholder={tiers.loading && !tiers.data ? 'Loading tiers…' : 'Choose a tier'}
      data={options}
      value={value}
      onChange={onChange}
      required
      error={error ?? (tiers.error ? 'Could not load the tiers.' : undefined)}
      data-testid="allocation-tier"
    />
  );
}
