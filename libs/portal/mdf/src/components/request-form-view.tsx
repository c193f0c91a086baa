import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import type { MdfRequestFieldsFragment } from '@tandem/portal-data-access';
import {
  DetailSkeleton,
  EmptyState,
  ErrorAlert,
  describeApiError,
  mapFormErrors,
} from '@tandem/portal-ui';
import { MdfRequestStatus } from '@tandem/shared-domain';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  MdfBudgetOptionsDocument,
  MdfRequestDocument,
  MdfRequestOptionsDocument,
  REQUESTS_REFETCH,
  SaveMdfRequestDocument,
} from '../graphql/mdf.graphql';
import { requestHref, requestsHref } from '../lib/links';
import { formatMoney, moneyFromInput, toCents } from '../lib/money';
import {
  ACTIVITY_OPTIONS,
  REQUEST_FORM_FIELDS,
  emptyRequestValues,
  requestValuesFrom,
  toRequestInput,
  validateRequestForm,
  type RequestFormValues,
} from '../lib/request-form';

/** /funds/requests/new, or …/:requestId/edit for a request returned for changes. */
export function RequestFormView() {
  const { requestId } = useParams();
  return requestId ? <EditRequest requestId={requestId} /> : <RequestForm request={null} />;
}

function EditRequest({ requestId }: { requestId: string }) {
  const existing = useQuery(MdfRequestDocument, { variables: { id: requestId } });
  if (existing.error && !existing.data)
    return (
      <ErrorAlert
        error={existing.error}
        title="Could not load the request"
        onRetry={() => void existing.refetch()}
      />
    );
  if (!existing.data) return <DetailSkeleton />;
  const request = existing.data.mdfRequest.request;
  if (request.status !== MdfRequestStatus.RETURNED)
    return (
      <EmptyState
        title="This request cannot be edited"
        description="Only a request returned for changes can be edited and sent again."
        action={
          <Button component={Link} to={requestHref(request.id)} variant="default">
            Back to the request
          </Button>
        }
      />
    );
  return <RequestForm request={request} />;
}

function RequestForm({ request }: { request: MdfRequestFieldsFragment | null }) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const budgets = useQuery(MdfBudgetOptionsDocument);
  const options = useQuery(MdfRequestOptionsDocument);
  const [save, { loading }] = useMutation(SaveMdfRequestDocument, {
    refetchQueries: REQUESTS_REFETCH,
    awaitRefetchQueries: true,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RequestFormValues>({
    mode: 'controlled',
    initialValues: request ? requestValuesFrom(request) : emptyRequestValues(params.get('budget')),
    validate: validateRequestForm,
  });

  const budgetOptions = useMemo(
    () =>
      (budgets.data?.mdfBudgets ?? []).map((b) => ({
        value: b.budget.id,
        label: `${b.budget.name} · ${b.budget.periodCode}`,
      })),
    [budgets.data],
  );
  const chosenBudget = budgets.data?.mdfBudgets.find((b) => b.budget.id === form.values.budgetId);
  const campaignOptions = (options.data?.campaigns.items ?? []).map((c) => ({
    value: c.id,
    label: c.name,
  }));
  const personaOptions = (options.data?.personas.items ?? []).map((p) => ({
    value: p.id,
    label: p.name,
  }));
  const requested = moneyFromInput(form.values.requestedAmount);
  const overRemaining =
    chosenBudget && requested !== null && toCents(requested) > toCents(chosenBudget.remaining);

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await save({ variables: { input: toRequestInput(values, request) } });
      notifications.show({
        color: 'teal',
        message: request
          ? 'Request sent again for approval.'
          : 'Request sent. Your channel manager decides on it.',
      });
      const saved = result.data?.saveMdfRequest;
      navigate(saved ? requestHref(saved.id) : requestsHref());
    } catch (error) {
      const info = describeApiError(error);
      const mapped = mapFormErrors(error, REQUEST_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      setFormError(
        info.code === 'NOT_FOUND'
          ? 'Your partner has no allocation in this budget; choose another.'
          : info.code === 'CONFLICT'
            ? info.message
            : mapped.formError,
      );
      if (info.code === 'CONFLICT') void client.refetchQueries({ include: REQUESTS_REFETCH });
    }
  });

  if (budgets.error && !budgets.data)
    return (
      <ErrorAlert
        error={budgets.error}
        title="Could not load your budgets"
        onRetry={() => void budgets.refetch()}
      />
    );
  if (!budgets.data) return <DetailSkeleton />;
  if (budgetOptions.length === 0)
    return (
      <EmptyState
        title="No funds to request from"
        description="Your partner has no allocation in any budget yet. Your channel manager can tell you when funds open."
      />
    );

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} radius="md" maw={860}>
      <form onSubmit={submit} noValidate data-testid="request-form">
        <Stack>
          <Group justify="space-between" gap="xs">
            <Title order={3}>{request ? `Edit ${request.title}` : 'Request funds'}</Title>
            <Anchor
              component={Link}
              to={request ? requestHref(request.id) : requestsHref()}
              size="sm"
            >
              <Group gap={4}>
                <IconArrowBackUp size={14} /> Back
              </Group>
            </Anchor>
          </Group>
          {request?.decisionReason && (
            <Alert color="orange" variant="light" title="Returned for changes">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {request.decisionReason}
              </Text>
              {request.decidedByLabel && (
                <Text size="xs" c="dimmed" mt={4}>
                  {request.decidedByLabel}
                </Text>
              )}
            </Alert>
          )}
          <ErrorAlert message={formError} title="Could not send the request" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label="Budget"
              description={
                chosenBudget
                  ? `${formatMoney(chosenBudget.remaining)} of your ${formatMoney(chosenBudget.allocated)} allocation is free.`
                  : 'Budgets your partner has an allocation in.'
              }
              data={budgetOptions}
              required
              allowDeselect={false}
              data-testid="request-budget"
              {...form.getInputProps('budgetId')}
            />
            <Select
              label="Activity type"
              data={ACTIVITY_OPTIONS}
              required
              allowDeselect={false}
              data-testid="request-activity"
              {...form.getInputProps('activityType')}
            />
          </SimpleGrid>
          <TextInput
            label="Title"
            placeholder="Security webinar for IT directors"
            required
            maxLength={200}
            {...form.getInputProps('title')}
          />
          <Textarea
            label="Description"
            description="What you plan, for whom, and how it brings leads."
            autosize
            minRows={3}
            maxLength={4000}
            {...form.getInputProps('description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label="First day" type="date" required {...form.getInputProps('startsOn')} />
            <TextInput label="Last day" type="date" required {...form.getInputProps('endsOn')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label="Planned cost"
              description="What the whole activity costs."
              placeholder="8000"
              inputMode="decimal"
              leftSection="$"
              required
              {...form.getInputProps('plannedCost')}
            />
            <TextInput
              label="Requested amount"
              description="At most the planned cost."
              placeholder="6000"
              inputMode="decimal"
              leftSection="$"
              required
              {...form.getInputProps('requestedAmount')}
            />
            <NumberInput
              label="Expected leads"
              min={0}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('expectedLeads')}
            />
          </SimpleGrid>
          {overRemaining && (
            <Text size="sm" c="orange" data-testid="request-over-remaining">
              That is more than the {formatMoney(chosenBudget.remaining)} free in your allocation;
              it can only be approved in part.
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label="Campaign"
              description="Its leads measure the activity’s return."
              placeholder={options.loading && !options.data ? 'Loading campaigns…' : 'None'}
              data={campaignOptions}
              clearable
              searchable
              nothingFoundMessage="No campaign matches"
              error={options.error && !options.data ? 'Could not load the campaigns.' : undefined}
              data-testid="request-campaign"
              {...form.getInputProps('campaignId')}
            />
            <Select
              label="Persona"
              description="Who the activity is for (optional)."
              placeholder={options.loading && !options.data ? 'Loading personas…' : 'None'}
              data={personaOptions}
              clearable
              searchable
              nothingFoundMessage="No persona matches"
              data-testid="request-persona"
              {...form.getInputProps('personaId')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button
              variant="default"
              component={Link}
              to={request ? requestHref(request.id) : requestsHref()}
            >
              Cancel
            </Button>
            <Button type="submit" loading={loading} data-testid="request-submit">
              {request ? 'Send again' : 'Send request'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
