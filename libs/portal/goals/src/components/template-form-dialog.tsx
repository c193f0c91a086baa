import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { GoalTemplateFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError, mapFormErrors } from '@tandem/portal-ui';
import { useState } from 'react';
import { SaveGoalTemplateDocument } from '../graphql/goal-templates.graphql';
import { PERIOD_KIND_OPTIONS } from '../lib/periods';
import {
  MAX_TEMPLATE_ITEMS,
  templateFormFields,
  templateValuesFrom,
  toTemplateInput,
  validateTemplateForm,
  type TemplateFormValues,
} from '../lib/template-form';
import { TargetRowsField } from './target-rows-field';

interface TierOption {
  id: string;
  name: string;
  rank: number;
}

export function TemplateFormDialog({
  opened,
  onClose,
  template,
  tiers,
}: {
  opened: boolean;
  onClose: () => void;
  template: GoalTemplateFieldsFragment | null;
  tiers: readonly TierOption[];
}) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={template ? `Edit ${template.name}` : 'New tier template'}
      size="xl"
    >
      {opened && <TemplateForm template={template} tiers={tiers} onDone={onClose} />}
    </Modal>
  );
}

function TemplateForm({
  template,
  tiers,
  onDone,
}: {
  template: GoalTemplateFieldsFragment | null;
  tiers: readonly TierOption[];
  onDone: () => void;
}) {
  const [save, { loading }] = useMutation(SaveGoalTemplateDocument, {
    refetchQueries: ['GoalTemplates'],
    awaitRefetchQueries: true,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const client = useApolloClient();
  const form = useForm<TemplateFormValues>({
    mode: 'controlled',
    initialValues: templateValuesFrom(template),
    validate: validateTemplateForm,
  });
  // Highest tier first, as people think of the ladder.
  const tierOptions = [...tiers]
    .sort((a, b) => b.rank - a.rank)
    .map((t) => ({ value: t.id, label: t.name }));

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await save({ variables: { input: toTemplateInput(values, template) } });
      notifications.show({ color: 'teal', message: `Template “${values.name.trim()}” saved.` });
      onDone();
    } catch (error) {
      const info = describeApiError(error);
      const mapped = mapFormErrors(error, templateFormFields(values));
      form.setErrors(mapped.fieldErrors);
      setFormError(info.code === 'CONFLICT' ? info.message : mapped.formError);
      // Fetch the current version, so reopening the form starts from it.
      if (info.code === 'CONFLICT') void client.refetchQueries({ include: ['GoalTemplates'] });
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="template-form">
      <Stack>
        <ErrorAlert message={formError} title="Could not save the template" />
        <TextInput
          label="Name"
          placeholder="Gold quarterly"
          required
          maxLength={100}
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="Tier"
            description="Applying sets goals for every partner of this tier."
            placeholder="Choose a tier"
            data={tierOptions}
            required
            allowDeselect={false}
            {...form.getInputProps('tierId')}
          />
          <Select
            label="Period type"
            description="Templates apply to one period of this kind at a time."
            data={PERIOD_KIND_OPTIONS}
            allowDeselect={false}
            {...form.getInputProps('periodKind')}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Goals
          </Text>
          <Text size="xs" c="dimmed">
            Type targets the natural way: 35% for rates, 120000 for revenue, 20 for counts.
          </Text>
        </Stack>
        <TargetRowsField
          form={form}
          path="items"
          rows={form.values.items}
          max={MAX_TEMPLATE_ITEMS}
          noun="goal"
        />
        {template && (
          <Text size="xs" c="dimmed">
            Changing the template does not touch goals it already set; apply it again to update
            them.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} data-testid="template-submit">
            Save template
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
