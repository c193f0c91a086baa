import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useSession } from '@tandem/portal-data-access';
import { EmptyState, ErrorAlert, mapFormErrors } from '@tandem/portal-ui';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ResetPasswordDocument } from '../graphql/auth.graphql';
import { withConfirmation } from '../lib/password';
import { AuthCard } from './auth-card';
import { NewPasswordFields } from './new-password-fields';

const schema = withConfirmation({});

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [resetPassword] = useMutation(ResetPasswordDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '', confirmPassword: '' },
    validate: schemaResolver(schema, { sync: true }),
  });

  if (!token) {
    return (
      <AuthCard title="Reset your password">
        <EmptyState
          title="This link is incomplete"
          description="Open the link from the email again, or ask for a new one."
          action={
            <Anchor component={Link} to="/forgot-password">
              Ask for a new link
            </Anchor>
          }
        />
      </AuthCard>
    );
  }

  const submit = form.onSubmit(async ({ password }) => {
    setBusy(true);
    setFormError(null);
    try {
      const { data } = await resetPassword({ variables: { token, password } });
      if (!data) throw new Error('No answer from the server.');
      await signIn(data.resetPassword, password);
      navigate('/', { replace: true });
    } catch (error) {
      const mapped = mapFormErrors(error, ['password'], { newPassword: 'password' });
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
      setBusy(false);
    }
  });

  return (
    <AuthCard title="Choose a new password">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert message={formError} title="Could not reset the password" />
          <NewPasswordFields
            password={{ key: form.key('password'), ...form.getInputProps('password') }}
            confirm={{ key: form.key('confirmPassword'), ...form.getInputProps('confirmPassword') }}
          />
          <Button type="submit" loading={busy}>
            Save and sign in
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm">
            Ask for a new link
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
