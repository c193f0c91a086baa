import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Skeleton, Stack, Table, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { ROLE_LABELS } from '@tandem/shared-domain';
import { useSession } from '@tandem/portal-data-access';
import { EmptyState, ErrorAlert, describeApiError, mapFormErrors } from '@tandem/portal-ui';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { AcceptInvitationDocument, InvitationDocument } from '../graphql/auth.graphql';
import { withConfirmation } from '../lib/password';
import { AuthCard } from './auth-card';
import { NewPasswordFields } from './new-password-fields';

const schema = withConfirmation({
  name: z.string().trim().min(2, 'Enter your name (at least 2 characters).').max(120),
});

function InvalidInvitation({ message }: { message: string }) {
  return (
    <AuthCard title="Invitation">
      <EmptyState
        title="This invitation cannot be used"
        description={message}
        action={
          <Anchor component={Link} to="/sign-in">
            Go to sign in
          </Anchor>
        }
      />
    </AuthCard>
  );
}

export function AcceptInvitePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  if (!token)
    return <InvalidInvitation message="The link is incomplete. Open it from the email again." />;
  return <AcceptInvitation token={token} />;
}

function AcceptInvitation({ token }: { token: string }) {
  const navigate = useNavigate();
  const { signIn, signOut, user } = useSession();
  const { data, loading, error, refetch } = useQuery(InvitationDocument, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  const [accept] = useMutation(AcceptInvitationDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', password: '', confirmPassword: '' },
    validate: schemaResolver(schema, { sync: true }),
  });

  const invitedName = data?.invitation.name;
  useEffect(() => {
    if (invitedName) form.setFieldValue('name', invitedName);
    // `form` is stable for the lifetime of the component.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [invitedName]);

  if (loading && !data) {
    return (
      <AuthCard title="Join Tandem">
        <Stack aria-busy="true">
          <Skeleton height={80} />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      </AuthCard>
    );
  }
  if (error || !data) {
    const info = describeApiError(error);
    if (info.code === 'BAD_USER_INPUT' || info.code === 'NOT_FOUND') {
      return <InvalidInvitation message={info.message} />;
    }
    return (
      <AuthCard title="Join Tandem">
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </AuthCard>
    );
  }

  const invitation = data.invitation;
  const submit = form.onSubmit(async ({ name, password }) => {
    setBusy(true);
    setFormError(null);
    try {
      const result = await accept({ variables: { input: { token, name: name.trim(), password } } });
      const email = result.data?.acceptInvitation;
      if (!email) throw new Error('No answer from the server.');
      if (user) await signOut();
      await signIn(email, password);
      navigate('/', { replace: true });
    } catch (e) {
      const mapped = mapFormErrors(e, ['name', 'password']);
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
      setBusy(false);
    }
  });

  return (
    <AuthCard
      title={`Join ${invitation.organisationName}`}
      subtitle="Choose your password to finish setting up your account."
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Table variant="vertical" withTableBorder layout="fixed">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={120}>Organisation</Table.Th>
                <Table.Td data-testid="invite-organisation">{invitation.organisationName}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Email</Table.Th>
                <Table.Td style={{ wordBreak: 'break-all' }}>{invitation.email}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Role</Table.Th>
                <Table.Td>{ROLE_LABELS[invitation.role]}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <ErrorAlert message={formError} title="Could not accept the invitation" />
          <TextInput
            label="Your name"
            autoComplete="name"
            required
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <NewPasswordFields
            label="Password"
            password={{ key: form.key('password'), ...form.getInputProps('password') }}
            confirm={{ key: form.key('confirmPassword'), ...form.getInputProps('confirmPassword') }}
          />
          <Button type="submit" loading={busy}>
            Accept and sign in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
