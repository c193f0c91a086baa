import { schemaResolver, useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { describeApiError, mapFormErrors } from '@tandem/portal-ui';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';

/**
 * The edit flow of rules and policies: the form starts from the saved row and sends its
 * `version`; a CONFLICT without field messages means someone saved in between, so the form offers
 * to reload the latest row instead of overwriting it. A CONFLICT with field messages is a clash
 * with another row (two policies for the same tier and priority) and shows next to the field.
 */
export function useVersionedSettingsForm<
  Values extends Record<string, unknown>,
  Saved extends { id: string; version: number },
>(options: {
  saved: Saved | null;
  toValues: (saved: Saved | null) => Values;
  schema: z.ZodType<Values>;
  fields: readonly string[];
  save: (values: Values, saved: Saved | null) => Promise<unknown>;
  /** Fetches the row again from the API; null when it no longer exists. */
  fetchLatest: (id: string) => Promise<Saved | null>;
  successMessage: string;
  onDone: () => void;
}): {
  form: UseFormReturnType<Values>;
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  stale: boolean;
  reload: () => Promise<void>;
  formError: string | null;
} {
  const { toValues, schema, fields, save, fetchLatest, successMessage, onDone } = options;
  const [saved, setSaved] = useState(options.saved);
  const [stale, setStale] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: toValues(saved),
    validate: schemaResolver(schema, { sync: true }),
  });

  const reload = async () => {
    if (!saved) return;
    setFormError(null);
    try {
      const latest = await fetchLatest(saved.id);
      if (!latest) {
        setFormError('This was deleted in the meantime. Close the dialog to see the current list.');
        return;
      }
      form.setValues(toValues(latest));
      form.resetDirty();
      setSaved(latest);
      setStale(false);
    } catch (error) {
      setFormError(describeApiError(error).message);
    }
  };

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await save(values, saved);
      notifications.show({ color: 'teal', message: successMessage });
      onDone();
    } catch (error) {
      const info = describeApiError(error);
      if (info.code === 'CONFLICT' && info.fields.length === 0 && saved) {
        setStale(true);
        return;
      }
      const mapped = mapFormErrors(error, fields);
      form.setErrors(mapped.fieldErrors);
      // A clash names the other row in its message; the field note alone would not.
      setFormError(info.code === 'CONFLICT' ? info.message : mapped.formError);
    }
  });

  return { form, submit, stale, reload, formError };
}
