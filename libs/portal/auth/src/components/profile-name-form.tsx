import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useCurrentUser, useSession } from '@tandem/portal-data-access';
import { ErrorAlert, mapFormErrors } from '@tandem/portal-ui';
import { useState } from 'react';
import { z } from 'zod';
import { UpdateMyProfileDocument } from '../graphql/profile.graphql';

const schema = z.object({
  name: z.string().trim().min(2, 'Enter your name (at least 2 characters).').max(120),
});

export function ProfileNameForm() {
  const me = useCurrentUser();
  const { reload } = useSession();
  const [update, { loading }] = useMutation(UpdateMyProfileDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: me.name },
    validate: schemaResolver(schema, { sync: true }),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async ({ name }) => {
        setFormError(null);
        try {
          await update({ variables: { name: name.trim() } });
          await reload();
          notifications.show({ color: 'teal', message: 'Your name was saved.' });
        } catch (error) {
          const mapped = mapFormErrors(error, ['name']);
          form.setErrors(mapped.fieldErrors);
          setFormError(mapped.formError);
        }
      })}
    >
      <Stack>
        <ErrorAlert message={formError} title="Could not save" />
        <TextInput label="Email" value={me.email} readOnly disabled />
        <TextInput
          label="Name"
          autoComplete="name"
          required
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <Group>
          <Button type="submit" loading={loading}>
            Save name
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
