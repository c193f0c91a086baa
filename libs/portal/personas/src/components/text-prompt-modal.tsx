import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorAlert, mapFormErrors } from '@tandem/portal-ui';
import { useState, type ReactNode } from 'react';
import { useFullScreenModal } from '../hooks/use-full-screen-modal';

export interface TextPromptModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  intro?: ReactNode;
  label: string;
  description?: string;
  /** The API's name for the text, so its field errors land next to the input. */
  apiField: string;
  required?: string | false;
  submitLabel: string;
  color?: string;
  errorTitle: string;
  /** Runs the mutation; throws the API error on failure. */
  onSubmit: (text: string) => Promise<void>;
}

/** A small dialog asking for one piece of text: a change note, a reason, a decision note. */
export function TextPromptModal(props: TextPromptModalProps) {
  const fullScreen = useFullScreenModal();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      fullScreen={fullScreen}
    >
      {props.opened && <PromptForm {...props} />}
    </Modal>
  );
}

function PromptForm({
  onClose,
  intro,
  label,
  description,
  apiField,
  required,
  submitLabel,
  color,
  errorTitle,
  onSubmit,
}: TextPromptModalProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { text: '' },
    validate: { text: (v) => (required && !v.trim() ? required : null) },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async ({ text }) => {
        setFormError(null);
        setSaving(true);
        try {
          await onSubmit(text.trim());
          onClose();
        } catch (error) {
          const mapped = mapFormErrors(error, ['text'], { [apiField]: 'text' });
          form.setErrors(mapped.fieldErrors);
          setFormError(mapped.formError);
        } finally {
          setSaving(false);
        }
      })}
    >
      <Stack>
        <ErrorAlert message={formError} title={errorTitle} />
        {intro && (
          <Text size="sm" component="div">
            {intro}
          </Text>
        )}
        <Textarea
          label={label}
          description={description}
          required={!!required}
          autosize
          minRows={3}
          maxLength={2000}
          data-autofocus
          {...form.getInputProps('text')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving} color={color}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
