import { useApolloClient } from '@apollo/client/react';
import { schemaResolver, useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { PartnerDetailQuery } from '@tandem/portal-data-access';
import { errorCode, mapFormErrors } from '@tandem/portal-ui';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { PartnerDetailDocument } from '../graphql/partners.graphql';
import { partnerFieldAliases } from '../lib/partner-form';

type Partner = PartnerDetailQuery['partner'];

/**
 * The edit flow both partner forms share: optimistic-lock `version`, a CONFLICT answer turned
 * into "reload" (which fetches the partner and resets the form), field errors from the API mapped
 * onto the inputs, and a success toast.
 */
export function useVersionedPartnerForm<Values extends Record<string, unknown>>(options: {
  partner: Partner;
  toValues: (partner: Partner) => Values;
  schema: z.ZodType<Values>;
  fields: readonly string[];
  save: (values: Values, version: number) => Promise<unknown>;
  successMessage: string;
  onDone: () => void;
}): {
  form: UseFormReturnType<Values>;
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  conflict: boolean;
  reload: () => Promise<void>;
  formError: string | null;
} {
  const { partner, toValues, schema, fields, save, successMessage, onDone } = options;
  const client = useApolloClient();
  const [version, setVersion] = useState(partner.version);
  const [conflict, setConflict] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: toValues(partner),
    validate: schemaResolver(schema, { sync: true }),
  });

  const reload = async () => {
    const { data } = await client.query({
      query: PartnerDetailDocument,
      variables: { id: partner.id },
      fetchPolicy: 'network-only',
    });
    if (!data) return;
    form.setValues(toValues(data.partner));
    form.resetDirty();
    setVersion(data.partner.version);
    setConflict(false);
  };

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await save(values, version);
      notifications.show({ color: 'teal', message: successMessage });
      onDone();
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        setConflict(true);
        return;
      }
      const mapped = mapFormErrors(error, fields, partnerFieldAliases());
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  });

  return { form, submit, conflict, reload, formError };
}
