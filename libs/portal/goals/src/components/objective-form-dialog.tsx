import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type {
  GoalCardFieldsFragment,
  ObjectiveCardFieldsFragment,
} from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError, mapFormErrors } from '@tandem/portal-ui';
import { MAX_KEY_RESULTS, METRICS, type Metric } from '@tandem/shared-domain';
import { useState } from 'react';
import { GOALS_REFETCH, SaveObjectiveDocument } from '../graphql/goals.graphql';
import {
  objectiveFormFields,
  objectiveValuesFrom,
  toObjectiveInput,
  validateObjectiveForm,
  type ObjectiveFormValues,
} from '../lib/objective-form';
import { SIDE_OPTIONS, TargetRowsField } from './target-rows-field';

/** Create or edit an objective of a quarter with one to four key results. */
export function ObjectiveFormDialog({
  opened,
  onClose,
  objective,
  partnerId,
  partnerName,
  periodCode,
  periodLabel,
  goals,
}: {
  opened: boolean;
  onClose: () => void;
  objective: ObjectiveCardFieldsFragment | null;
  partnerId: string;
  partnerName: string | null;
  periodCode: string;
  periodLabel: string;
  /** Every goal of the period, to tell which metrics are free. */
  goals: readonly GoalCardFieldsFragment[];
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={objective ? 'Edit objective' : 'Add an objective'}
      size="xl"
    >
      {opened && (
        <ObjectiveForm
          objective={objective}
          partnerId={partnerId}
          partnerName={partnerName}
          periodCode={periodCode}
          periodLabel={periodLabel}
          goals={goals}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function ObjectiveForm({
  objective,
  partnerId,
  partnerName,
  periodCode,
  periodLabel,
  goals,
  onDone,
}: {
  objective: ObjectiveCardFieldsFragment | null;
  partnerId: string;
  partnerName: string | null;
  periodCode: string;
  periodLabel: string;
  goals: readonly GoalCardFieldsFragment[];
  onDone: () => void;
}) {
  const [save, { loading }] = useMutation(SaveObjectiveDocument, {
    refetchQueries: GOALS_REFETCH,
    awaitRefetchQueries: true,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const client = useApolloClient();
  const form = useForm<ObjectiveFormValues>({
    mode: 'controlled',
    initialValues: objectiveValuesFrom(objective),
    validate: validateObjectiveForm,
  });
  // A metric can be a key result of one objective only; a plain goal on it is taken over.
  const otherObjectives = goals
    .filter((g) => g.objectiveId && g.objectiveId !== objective?.id)
    .map((g) => g.metric);
  const plainGoals = new Map(goals.filter((g) => !g.objectiveId).map((g) => [g.metric, g]));
  const takeOverNote = (metric: Metric) =>
    plainGoals.has(metric)
      ? `${METRICS[metric].label} already has a goal this period; it becomes this key result with the target above.`
      : null;

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await save({
        variables: {
          input: toObjectiveInput(values, {
            partnerId,
            periodCode,
            id: objective?.id ?? null,
            expectedVersion: objective?.version ?? null,
          }),
        },
      });
      notifications.show({ color: 'teal', message: `Objective “${values.title.trim()}” saved.` });
      onDone();
    } catch (error) {
      const info = describeApiError(error);
      const mapped = mapFormErrors(error, objectiveFormFields(values));
      form.setErrors(mapped.fieldErrors);
      setFormError(info.code === 'CONFLICT' ? info.message : mapped.formError);
      // Fetch the current version, so reopening the form starts from it.
      if (info.code === 'CONFLICT') void client.refetchQueries({ include: GOALS_REFETCH });
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="objective-form">
      <Stack>
        <Text size="sm" c="dimmed">
          {partnerName ? `${partnerName} · ` : ''}
          {periodLabel}
        </Text>
        <ErrorAlert message={formError} title="Could not save the objective" />
        {typeof form.errors.periodCode === 'string' && (
          <ErrorAlert message={form.errors.periodCode} title="Wrong period" />
        )}
        <TextInput
          label="Objective"
          description="What the partner should achieve this quarter, in words."
          placeholder="Marketing pipeline = sales quota"
          required
          maxLength={200}
          {...form.getInputProps('title')}
        />
        <Select
          label="Owner"
          data={SIDE_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('side')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Key results
          </Text>
          <Text size="xs" c="dimmed">
            One to {MAX_KEY_RESULTS} measurable results; each is a goal of its own.
          </Text>
        </Stack>
        <TargetRowsField
          form={form}
          path="keyResults"
          rows={form.values.keyResults}
          max={MAX_KEY_RESULTS}
          noun="key result"
          blockedMetrics={otherObjectives}
          metricNote={takeOverNote}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} data-testid="objective-submit">
            Save objective
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
