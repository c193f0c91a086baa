import { useMutation } from '@apollo/client/react';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ErrorAlert, mapFormErrors } from '@tandem/portal-ui';
import { useState } from 'react';
import { z } from 'zod';
import { ChangePasswordDocument } from '../graphql/profile.graphql';
import { withConfirmation } from '../lib/password';
import { NewPasswordFields } from './new-password-fields';

const schema = withConfirmation({
  currentPassword: z.string().min(1, 'Enter your current password.'),
});

export function ChangePasswordForm() {
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', password: '', confirmPassword: '' },
    validate: schemaResolver(schema, { sync: true }),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async ({ currentPassword, password }) => {
        setFormError(null);
        try {
          await changePassword({ variables: { currentPassword, newPassword: password } });
          form.reset();
          notifications.show({
            color: 'teal',
            message: 'Password changed. Other devices have been signed out.',
          });
        } catch (error) {
          const mapped = mapFormErrors(error, ['currentPassword', 'password'], {
            newPassword: 'password',
          });
          form.setErrors(mapped.fieldErrors);
          setFormError(mapped.formError);
        }
      })}
    >
      <Stack>
        <ErrorAlert message={formError} title="Could not change the password" />
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          key={form.key('currentPassword')}
          {...form.getInputProps('currentPassword')}
        />
        <NewPasswordFields
          password={{ key: form.key('password'), ...form.getInputProps('password') }}
          confirm={{ key: form.key('confirmPassword'), ...form.getInputProps('confirmPassword') }}
        />
        <Group>
          <Button type="submit" loading={loading}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
