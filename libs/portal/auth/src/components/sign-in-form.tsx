import {
  Alert,
  Anchor,
  Button,
  Divider,
  Group,
  PasswordInput,
  Stack,
  TextInput,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { looksLikeEmail, ssoStartUrl } from '../lib/sso';

const schema = z.object({
  email: z.string().trim().email('Enter a valid email address.'),
  password: z.string().min(1, 'Enter your password.'),
});

export type SignInValues = z.infer<typeof schema>;

export interface SignInFormProps {
  /** Resolves on success; rejects with an Error whose message is shown to the user. */
  onSubmit: (values: SignInValues) => Promise<void>;
  notice?: string | null;
  /**
   * Looks up the single sign-on connection for a typed email (its button label, or null). When
   * one exists the form offers "Continue with <name>" beside the password.
   */
  discoverSso?: (email: string, signal: AbortSignal) => Promise<string | null>;
}

export function SignInForm({ onSubmit, notice, discoverSso }: SignInFormProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [email, setEmail] = useState('');
  const [debouncedEmail] = useDebouncedValue(email.trim(), 300);
  const [sso, setSso] = useState<{ email: string; name: string } | null>(null);
  const form = useForm<SignInValues>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: schemaResolver(schema, { sync: true }),
  });
  form.watch('email', ({ value }) => setEmail(value));

  useEffect(() => {
    if (!discoverSso || !looksLikeEmail(debouncedEmail)) return;
    const abort = new AbortController();
    discoverSso(debouncedEmail, abort.signal)
      .then((name) => {
        if (!abort.signal.aborted) setSso(name ? { email: debouncedEmail, name } : null);
      })
      // Without an answer the password form simply stays the way to sign in.
      .catch(() => undefined);
    return () => abort.abort();
  }, [debouncedEmail, discoverSso]);
  const ssoFor = sso && sso.email === email.trim() ? sso : null;

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ ...values, email: values.email.trim() });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Sign-in failed. Try again.');
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {notice && !error && (
          <Alert color="blue" variant="light">
            {notice}
          </Alert>
        )}
        {error && (
          <Alert color="red" variant="light" role="alert" data-testid="sign-in-error">
            {error}
          </Alert>
        )}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        {ssoFor && (
          <>
            <Button
              component="a"
              href={ssoStartUrl(ssoFor.email)}
              variant="filled"
              data-testid="sso-sign-in"
            >
              Continue with {ssoFor.name}
            </Button>
            <Divider label="or use your password" labelPosition="center" />
          </>
        )}
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Group justify="space-between">
          <Anchor component={Link} to="/forgot-password" size="sm">
            Forgot password?
          </Anchor>
          <Button type="submit" loading={busy}>
            Sign in
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
