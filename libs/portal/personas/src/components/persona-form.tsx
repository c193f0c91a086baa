import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { PERSONA_FIELDS } from '@tandem/shared-domain';
import type { PersonaContentInput } from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError, errorCode, mapFormErrors } from '@tandem/portal-ui';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  PERSONA_FORM_FIELDS,
  personaFieldAliases,
  toContentInput,
  validatePersonaForm,
  type PersonaFormValues,
} from '../lib/persona-form';

const LIST_HELP: Record<string, string> = {
  jobTitles: 'Titles and roles this persona holds, e.g. “Head of IT”.',
  industries: 'Industries where this persona is common.',
  regions: 'Regions or countries to target.',
  goals: 'What they want to achieve at work.',
  painPoints: 'What gets in their way today.',
  buyingTriggers: 'Events that make them start looking for a solution.',
  preferredChannels: 'Where they look for information and how they like to be contacted.',
  interests: 'Topics they follow.',
  qualificationQuestions: 'Questions that tell a sales rep whether a lead fits.',
  keyMessages: 'What to say to them, in their words.',
};

export interface PersonaFormProps {
  initialValues: PersonaFormValues;
  submitLabel: string;
  /** Saves the content; throws the API error on failure. */
  onSave: (content: PersonaContentInput) => Promise<void>;
  onCancel: () => void;
  /** Loads the latest saved draft after a version conflict; the form is remounted with it. */
  onReload?: () => void;
  extraActions?: ReactNode;
}

/** Every field of a persona, in the order the persona page shows them. */
export function PersonaForm({
  initialValues,
  submitLabel,
  onSave,
  onCancel,
  onReload,
  extraActions,
}: PersonaFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = usePersonaForm(initialValues);
  const alerts = useRef<HTMLDivElement>(null);
  // The save button sits at the end of a long form: bring problems into view.
  useEffect(() => {
    if (conflict || formError) alerts.current?.scrollIntoView({ block: 'center' });
  }, [conflict, formError]);

  const focusFirstError = (errors: Record<string, unknown>) => {
    const first = PERSONA_FORM_FIELDS.find((name) =>
      Object.keys(errors).some((key) => key === name || key.startsWith(`${name}.`)),
    );
    const target = first === 'objections' ? 'objections.0.objection' : first;
    if (target) document.querySelector<HTMLElement>(`[data-path="${target}"]`)?.focus();
  };

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setConflict(null);
    setSaving(true);
    try {
      await onSave(toContentInput(values));
      form.resetDirty(values);
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        setConflict(describeApiError(error).message);
      } else {
        const paths = describeApiError(error).fields.map((f) => f.field);
        const mapped = mapFormErrors(error, PERSONA_FORM_FIELDS, personaFieldAliases(paths));
        form.setErrors(mapped.fieldErrors);
        setFormError(mapped.formError);
        focusFirstError(mapped.fieldErrors);
      }
    } finally {
      setSaving(false);
    }
  }, focusFirstError);

  const listInput = (key: keyof PersonaFormValues, label: string) => (
    <Textarea
      key={key}
      label={label}
      description={`${LIST_HELP[key] ?? ''} One entry per line.`}
      autosize
      minRows={2}
      maxRows={10}
      {...form.getInputProps(key)}
    />
  );

  const fields: ReactNode[] = [];
  for (const { key, label, kind } of PERSONA_FIELDS) {
    if (key === 'name') {
      fields.push(
        <TextInput key={key} label={label} required maxLength={120} {...form.getInputProps(key)} />,
      );
    } else if (key === 'summary') {
      fields.push(
        <Textarea
          key={key}
          label={label}
          description="Two or three sentences: who they are and what they care about."
          autosize
          minRows={3}
          maxLength={2000}
          {...form.getInputProps(key)}
        />,
      );
    } else if (key === 'companySizeMin') {
      fields.push(
        <SimpleGrid key="companySize" cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput
            label={label}
            min={1}
            max={10_000_000}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            {...form.getInputProps('companySizeMin')}
          />
          <NumberInput
            label={PERSONA_FIELDS.find((f) => f.key === 'companySizeMax')?.label}
            min={1}
            max={10_000_000}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            {...form.getInputProps('companySizeMax')}
          />
        </SimpleGrid>,
      );
    } else if (key === 'objections') {
      fields.push(<ObjectionsEditor key={key} form={form} label={label} />);
    } else if (key === 'imageUrl') {
      fields.push(
        <TextInput
          key={key}
          label="Image URL"
          description="Optional: an https:// link to a picture of the persona."
          placeholder="https://"
          {...form.getInputProps(key)}
        />,
      );
    } else if (kind === 'list') {
      fields.push(listInput(key, label));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <div ref={alerts} />
        {conflict && (
          <Alert
            color="orange"
            variant="light"
            title="This persona changed while you were editing"
            icon={<IconAlertTriangle size={18} />}
            role="alert"
          >
            <Text size="sm">{conflict}</Text>
            <Text size="sm" mt={4}>
              Your edits are still in the form. Copy anything you want to keep, then reload the
              latest draft.
            </Text>
            {onReload && (
              <Button size="xs" mt="sm" variant="default" onClick={onReload}>
                Reload latest draft
              </Button>
            )}
          </Alert>
        )}
        <ErrorAlert message={formError} title="Could not save the persona" />
        {fields}
        <Group justify="flex-end" gap="xs">
          {extraActions}
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function usePersonaForm(initialValues: PersonaFormValues) {
  return useForm<PersonaFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) => validatePersonaForm(values),
  });
}

type PersonaFormApi = ReturnType<typeof usePersonaForm>;

function ObjectionsEditor({ form, label }: { form: PersonaFormApi; label: string }) {
  const rows = form.values.objections;
  const error = form.errors.objections;
  return (
    <Stack gap="xs">
      <div>
        <Title order={6} component="p">
          {label}
        </Title>
        <Text size="xs" c="dimmed">
          What buyers push back with, and how to answer.
        </Text>
      </div>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No objections yet.
        </Text>
      )}
      {rows.map((_, index) => (
        <Paper key={index} withBorder p="sm" radius="sm" data-testid="objection-row">
          <Group align="flex-start" wrap="nowrap" gap="xs">
            <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
              <TextInput
                label={`Objection ${index + 1}`}
                maxLength={500}
                {...form.getInputProps(`objections.${index}.objection`)}
              />
              <Textarea
                label={`Answer ${index + 1}`}
                autosize
                minRows={2}
                maxLength={2000}
                {...form.getInputProps(`objections.${index}.answer`)}
              />
            </Stack>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={24}
              aria-label={`Remove objection ${index + 1}`}
              onClick={() => form.removeListItem('objections', index)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('objections', { objection: '', answer: '' })}
          disabled={rows.length >= 30}
        >
          Add objection
        </Button>
      </Group>
    </Stack>
  );
}
