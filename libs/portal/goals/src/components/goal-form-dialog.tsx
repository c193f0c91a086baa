import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { GoalCardFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError, mapFormErrors } from '@tandem/portal-ui';
import { METRICS, type Metric } from '@tandem/shared-domain';
import { useState } from 'react';
import { GOALS_REFETCH, SetGoalDocument } from '../graphql/goals.graphql';
import {
  emptyGoalValues,
  GOAL_FORM_FIELDS,
  goalValuesFrom,
  metricOptions,
  toSetGoalInput,
  validateGoalForm,
  type GoalFormValues,
} from '../lib/goal-form';
import { targetAffix, targetExample, targetHint } from '../lib/targets';
import { SIDE_OPTIONS } from './target-rows-field';

/** Add a goal, or change one's target, owner or note (the metric is what the goal is). */
export function GoalFormDialog({
  opened,
  onClose,
  goal,
  partnerId,
  partnerName,
  periodCode,
  periodLabel,
  takenMetrics,
}: {
  opened: boolean;
  onClose: () => void;
  /** null: a new goal. */
  goal: GoalCardFieldsFragment | null;
  partnerId: string;
  partnerName: string | null;
  periodCode: string;
  periodLabel: string;
  /** Metrics that already have a goal this period. */
  takenMetrics: readonly Metric[];
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={goal ? `Edit goal: ${METRICS[goal.metric].label}` : 'Add a goal'}
      size="lg"
    >
      {opened && (
        <GoalForm
          goal={goal}
          partnerId={partnerId}
          partnerName={partnerName}
          periodCode={periodCode}
          periodLabel={periodLabel}
          takenMetrics={takenMetrics}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function GoalForm({
  goal,
  partnerId,
  partnerName,
  periodCode,
  periodLabel,
  takenMetrics,
  onDone,
}: {
  goal: GoalCardFieldsFragment | null;
  partnerId: string;
  partnerName: string | null;
  periodCode: string;
  periodLabel: string;
  takenMetrics: readonly Metric[];
  onDone: () => void;
}) {
  const [save, { loading }] = useMutation(SetGoalDocument, {
    refetchQueries: GOALS_REFETCH,
    awaitRefetchQueries: true,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const client = useApolloClient();
  const form = useForm<GoalFormValues>({
    mode: 'controlled',
    initialValues: goal ? goalValuesFrom(goal) : emptyGoalValues(),
    validate: validateGoalForm,
  });
  const metric = form.values.metric;
  const affix = targetAffix(metric);

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await save({
        variables: {
          input: toSetGoalInput(values, {
            partnerId,
            periodCode,
            expectedVersion: goal?.version ?? null,
          }),
        },
      });
      notifications.show({
        color: 'teal',
        message: `${METRICS[values.metric as Metric].label} goal saved.`,
      });
      onDone();
    } catch (error) {
      const info = describeApiError(error);
      const mapped = mapFormErrors(error, GOAL_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      // A stale edit says so in words: someone else changed or removed the goal meanwhile.
      setFormError(info.code === 'CONFLICT' ? info.message : mapped.formError);
      // Fetch the current version, so reopening the form starts from it.
      if (info.code === 'CONFLICT') void client.refetchQueries({ include: GOALS_REFETCH });
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="goal-form">
      <Stack>
        <Text size="sm" c="dimmed">
          {partnerName ? `${partnerName} · ` : ''}
          {periodLabel}
        </Text>
        <ErrorAlert message={formError} title="Could not save the goal" />
        <Select
          label="Metric"
          placeholder="Choose a metric"
          data={metricOptions(goal ? [] : takenMetrics, goal?.metric ?? null)}
          searchable
          required
          disabled={goal !== null}
          allowDeselect={false}
          description={
            metric ? METRICS[metric].description : 'Metrics with a goal already are greyed out.'
          }
          {...form.getInputProps('metric')}
          onChange={(value) => {
            const next = value as Metric | null;
            form.setFieldValue('metric', next);
            if (next && !goal) form.setFieldValue('side', METRICS[next].defaultSide);
          }}
        />
        <TextInput
          label="Target"
          required
          inputMode="decimal"
          description={targetHint(metric)}
          placeholder={targetExample(metric)}
          leftSection={affix.left}
          rightSection={affix.right}
          rightSectionWidth={affix.right && affix.right.length > 1 ? 44 : undefined}
          disabled={!metric}
          {...form.getInputProps('target')}
        />
        <Select
          label="Owner"
          description="Which side of the partner answers for it; both sides see every goal."
          data={SIDE_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('side')}
        />
        <Textarea
          label="Note"
          description="Why this target, or what it assumes (optional)."
          autosize
          minRows={2}
          maxLength={500}
          {...form.getInputProps('note')}
        />
        {goal?.templateId && !goal.adjusted && (
          <Text size="xs" c="dimmed">
            A tier template set this goal. Once you change it, applying the template again keeps
            your value unless “also replace goals adjusted by hand” is ticked.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} data-testid="goal-submit">
            {goal ? 'Save goal' : 'Add goal'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
