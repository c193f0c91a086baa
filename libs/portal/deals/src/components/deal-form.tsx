import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Button,
  Divider,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  type ComboboxItem,
  type OptionsFilter,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconInfoCircle,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import type { DealDetailFieldsFragment } from '@tandem/portal-data-access';
import {
  countryOptions,
  describeApiError,
  ErrorAlert,
  mapFormErrors,
  rankCountries,
} from '@tandem/portal-ui';
import { DEAL_CURRENCIES } from '@tandem/shared-domain';
import { useMemo, useState } from 'react';
import {
  DealFormOptionsDocument,
  RegisterDealDocument,
  SaveDealDraftDocument,
} from '../graphql/deals.graphql';
import { useAccountEngaged, type EngagedState } from '../hooks/use-account-engaged';
import {
  dealFormFields,
  dealTotal,
  emptyLine,
  lineFieldAliases,
  repriceLine,
  toDealInput,
  validateDealForm,
  type DealFormMode,
  type DealFormValues,
  type DealLineValues,
} from '../lib/deal-form';
import { newIdempotencyKey } from '../lib/idempotency-key';
import { formatMoney, groupAmount } from '../lib/money';

type Deal = DealDetailFieldsFragment;

const CURRENCY_OPTIONS = DEAL_CURRENCIES.map((c) => ({ value: c, label: c }));

// Typing a country code and Tab/Enter picks that country, not the first name containing it.
const countryFilter: OptionsFilter = ({ options, search, limit }) =>
  rankCountries(options as ComboboxItem[], search).slice(0, limit);

export interface DealFormProps {
  initialValues: DealFormValues;
  /** The draft being edited; omit to register a new deal. */
  draft?: Deal | null;
  /** The lead this registration comes from. */
  leadId?: string | null;
  /** Called with the saved registration; `submitted` is false for a saved draft. */
  onSaved: (deal: Deal, submitted: boolean) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/**
 * The registration form, built for speed: website first with a live "already engaged?" answer,
 * then the customer, the contact and the product lines with an exact total.
 */
export function DealForm({
  initialValues,
  draft,
  leadId,
  onSaved,
  onCancel,
  onReload,
}: DealFormProps) {
  const options = useQuery(DealFormOptionsDocument);
  const refetch = { refetchQueries: ['DealList'] };
  const [register, registerState] = useMutation(RegisterDealDocument, refetch);
  const [saveDraft, draftState] = useMutation(SaveDealDraftDocument, refetch);
  // One key per form session: a double click or a retry registers the deal once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const form = useForm<DealFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => validateDealForm(values, 'register'),
  });
  const values = form.values;
  const engaged = useAccountEngaged(values.website, values.companyName, values.country, true);

  const products = useMemo(() => options.data?.products ?? [], [options.data]);
  const productOptions = products.map((p) => ({ value: p.id, label: `${p.name} (${p.sku})` }));
  const personaOptions = (options.data?.personas.items ?? [])
    .filter((p) => p.publishedVersion != null || p.id === values.personaId)
    .map((p) => ({ value: p.id, label: p.name }));
  const countries = useMemo(
    () => countryOptions(values.country ? [values.country] : []),
    [values.country],
  );
  const total = dealTotal(values.lines);

  const setLine = (index: number, line: DealLineValues) => {
    form.setFieldValue(`lines.${index}`, line);
    for (const field of ['productId', 'quantity', 'amount'])
      form.clearFieldError(`lines.${index}.${field}`);
    form.clearFieldError('lines');
  };

  const send = async (mode: DealFormMode, current: DealFormValues) => {
    setFormError(null);
    setConflict(null);
    const input = toDealInput(current, { id: draft?.id, version: draft?.version, leadId });
    try {
      if (mode === 'register') {
        const { data } = await register({ variables: { input, idempotencyKey } });
        if (!data) return;
        notifications.show({
          color: 'teal',
          title: `${data.registerDeal.reference} is submitted`,
          message: data.registerDeal.hasConflicts
            ? 'The account was already engaged: the vendor weighs the evidence and decides.'
            : 'The vendor decides before the deadline; you are notified either way.',
        });
        onSaved(data.registerDeal, true);
      } else {
        const { data } = await saveDraft({ variables: { input } });
        if (!data) return;
        notifications.show({ color: 'teal', message: 'Draft saved. Submit it when it is ready.' });
        onSaved(data.saveDealDraft, false);
      }
    } catch (error) {
      const info = describeApiError(error);
      if (info.code === 'CONFLICT' && info.fields.length === 0) {
        setConflict(info.message);
        return;
      }
      const mapped = mapFormErrors(
        error,
        dealFormFields(current.lines.length),
        lineFieldAliases(current),
      );
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  };

  const submit = form.onSubmit((v) => void send('register', v));
  const saveAsDraft = () => {
    const current = form.getValues();
    const errors = validateDealForm(current, 'draft');
    form.setErrors(errors);
    if (Object.keys(errors).length === 0) void send('draft', current);
  };
  const busy = registerState.loading || draftState.loading;

  return (
    <form onSubmit={submit} noValidate data-testid="deal-form">
      <Stack gap="md">
        {conflict && (
          <Alert color="orange" variant="light" title="Not saved" role="alert">
            <Text size="sm">{conflict}</Text>
            {onReload && draft && (
              <Group mt="sm">
                <Button size="xs" color="orange" onClick={onReload}>
                  Reload latest version
                </Button>
              </Group>
            )}
          </Alert>
        )}
        <ErrorAlert message={formError} title="Could not save the registration" />
        <ErrorAlert error={options.error} title="Could not load products and personas" />

        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Divider label="Customer" labelPosition="left" />
            <TextInput
              label="Website"
              description="The customer’s website or domain, e.g. acme.com."
              placeholder="acme.com"
              required
              autoFocus={!initialValues.website}
              maxLength={300}
              autoComplete="off"
              {...form.getInputProps('website')}
            />
            <EngagedCheck state={engaged} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label="Company name"
                required
                maxLength={200}
                autoComplete="off"
                {...form.getInputProps('companyName')}
              />
              <Select
                label="Country"
                required
                placeholder="Type a name or code, e.g. US"
                data={countries}
                searchable
                selectFirstOptionOnChange
                autoSelectOnBlur
                allowDeselect={false}
                filter={countryFilter}
                {...form.getInputProps('country')}
              />
            </SimpleGrid>

            <Divider label="Contact" labelPosition="left" mt="xs" />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label="Contact name"
                maxLength={200}
                autoComplete="off"
                {...form.getInputProps('contactName')}
              />
              <TextInput
                label="Contact email"
                type="email"
                maxLength={254}
                autoComplete="off"
                {...form.getInputProps('contactEmail')}
              />
              <TextInput
                label="Contact role"
                placeholder="e.g. CIO"
                maxLength={200}
                autoComplete="off"
                {...form.getInputProps('contactRole')}
              />
            </SimpleGrid>
          </Stack>
        </Paper>

        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Divider label="Products" labelPosition="left" />
            {values.lines.map((line, i) => {
              const product = products.find((p) => p.id === line.productId);
              return (
                <Group
                  key={line.key}
                  align="flex-start"
                  gap="sm"
                  wrap="wrap"
                  data-testid="deal-line"
                >
                  <Select
                    label="Product"
                    aria-label={`Product, line ${i + 1}`}
                    // Started from a lead, the customer is known: begin with the products.
                    autoFocus={i === 0 && !!initialValues.website && !draft}
                    placeholder={options.loading ? 'Loading products…' : 'Choose a product'}
                    data={productOptions}
                    searchable
                    selectFirstOptionOnChange
                    autoSelectOnBlur
                    allowDeselect={false}
                    style={{ flex: '3 1 220px', minWidth: 0 }}
                    value={line.productId}
                    error={form.errors[`lines.${i}.productId`]}
                    onChange={(productId) =>
                      setLine(i, repriceLine({ ...line, productId }, products))
                    }
                  />
                  <NumberInput
                    label="Quantity"
                    aria-label={`Quantity, line ${i + 1}`}
                    min={1}
                    max={1_000_000}
                    allowDecimal={false}
                    allowNegative={false}
                    style={{ flex: '1 1 90px', minWidth: 0 }}
                    value={line.quantity}
                    error={form.errors[`lines.${i}.quantity`]}
                    onChange={(quantity) =>
                      setLine(i, repriceLine({ ...line, quantity }, products))
                    }
                  />
                  <TextInput
                    label="Amount"
                    aria-label={`Amount, line ${i + 1}`}
                    description={
                      product ? `List ${groupAmount(product.listPrice)} each` : undefined
                    }
                    inputMode="decimal"
                    rightSection={
                      <Text size="xs" c="dimmed">
                        {values.currency}
                      </Text>
                    }
                    rightSectionWidth={44}
                    style={{ flex: '2 1 140px', minWidth: 0 }}
                    inputWrapperOrder={['label', 'input', 'description', 'error']}
                    value={line.amount}
                    error={form.errors[`lines.${i}.amount`]}
                    onChange={(e) => {
                      const amount = e.currentTarget.value;
                      setLine(i, { ...line, amount, amountEdited: amount.trim() !== '' });
                    }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={28}
                    aria-label={`Remove line ${i + 1}`}
                    disabled={values.lines.length === 1}
                    onClick={() => form.removeListItem('lines', i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              );
            })}
            {form.errors.lines && (
              <Text size="sm" c="red" role="alert">
                {form.errors.lines}
              </Text>
            )}
            <Group justify="space-between" align="flex-end">
              <Button
                variant="subtle"
                leftSection={<IconPlus size={16} />}
                onClick={() => form.insertListItem('lines', emptyLine())}
              >
                Add product
              </Button>
              <Group gap="sm" align="flex-end">
                <Select
                  label="Currency"
                  data={CURRENCY_OPTIONS}
                  allowDeselect={false}
                  w={100}
                  {...form.getInputProps('currency')}
                />
                <Stack gap={0} align="flex-end">
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    Total
                  </Text>
                  <Text size="lg" fw={700} data-testid="deal-total">
                    {formatMoney(total, values.currency)}
                  </Text>
                </Stack>
              </Group>
            </Group>
          </Stack>
        </Paper>

        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Divider label="Timing and evidence" labelPosition="left" />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label="Expected close"
                type="date"
                {...form.getInputProps('expectedCloseOn')}
              />
              <TextInput
                label="Last meeting with the customer"
                type="date"
                {...form.getInputProps('lastMeetingOn')}
              />
              <Select
                label="Persona"
                placeholder="Optional"
                data={personaOptions}
                searchable
                clearable
                {...form.getInputProps('personaId')}
              />
            </SimpleGrid>
            <Textarea
              label="Notes and evidence"
              description="What you have done with the customer so far; the approver reads this when registrations clash."
              autosize
              minRows={2}
              maxLength={5000}
              {...form.getInputProps('notes')}
            />
          </Stack>
        </Paper>

        <Group justify="flex-end">
          <Button variant="subtle" onClick={onCancel}>
            Cancel
          </Button>
          <Button
            variant="default"
            onClick={saveAsDraft}
            loading={draftState.loading}
            disabled={busy}
          >
            Save draft
          </Button>
          <Button
            type="submit"
            loading={registerState.loading}
            disabled={busy && !registerState.loading}
          >
            Register and submit
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The yes/no answer to "is this account already engaged?" — never who engaged it. */
function EngagedCheck({ state }: { state: EngagedState }) {
  const common = { 'data-testid': 'engaged-check', 'data-state': state, role: 'status' } as const;
  switch (state) {
    case 'idle':
      return (
        <Text size="sm" c="dimmed" {...common}>
          Type the website to check whether the account is already engaged.
        </Text>
      );
    case 'checking':
      return (
        <Group gap={6} {...common}>
          <Loader size={14} />
          <Text size="sm" c="dimmed">
            Checking…
          </Text>
        </Group>
      );
    case 'free':
      return (
        <Group gap={6} wrap="nowrap" {...common}>
          <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" />
          <Text size="sm" c="teal.8" fw={500}>
            No active registration or customer found
          </Text>
        </Group>
      );
    case 'engaged':
      return (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          p="xs"
          {...common}
        >
          <Text size="sm" fw={500}>
            This account is already engaged (an active registration or an existing customer)
          </Text>
          <Text size="xs" c="dimmed">
            You can still register: the vendor weighs the evidence you give before deciding.
          </Text>
        </Alert>
      );
    case 'error':
      return (
        <Group gap={6} {...common}>
          <IconInfoCircle size={16} color="var(--mantine-color-gray-6)" />
          <Text size="sm" c="dimmed">
            Could not check right now; you can still register.
          </Text>
        </Group>
      );
  }
}
