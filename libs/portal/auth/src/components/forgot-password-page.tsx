import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { ErrorAlert } from '@tandem/portal-ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { RequestPasswordResetDocument } from '../graphql/auth.graphql';
import { AuthCard } from './auth-card';

const schema = z.object({ email: z.string().trim().email('Enter a valid email address.') });

export function ForgotPasswordPage() {
  const [sent, setSent] = useState(false);
  const [request, { loading, error }] = useMutation(RequestPasswordResetDocument);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: schemaResolver(schema, { sync: true }),
  });
  return (
    <AuthCard title="Reset your password" subtitle="We will email you a link to choose a new one.">
      {sent ? (
        <Stack>
          <Alert color="teal" variant="light" data-testid="reset-requested">
            If an account exists, we emailed a link. It works for a limited time.
          </Alert>
          <Anchor component={Link} to="/sign-in" size="sm">
            Back to sign in
          </Anchor>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit(async ({ email }) => {
            await request({ variables: { email: email.trim() } });
            setSent(true);
          })}
        >
          <Stack>
            <ErrorAlert error={error} />
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              required
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={loading}>
              Email me a link
            </Button>
            <Anchor component={Link} to="/sign-in" size="sm">
              Back to sign in
            </Anchor>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
