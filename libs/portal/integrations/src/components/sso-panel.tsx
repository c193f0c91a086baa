import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconPlus } from '@tabler/icons-react';
import type { SsoConnectionFieldsFragment } from '@tandem/portal-data-access';
import { DeleteConfirm, ErrorAlert, describeApiError } from '@tandem/portal-ui';
import { ROLE_LABELS } from '@tandem/shared-domain';
import { useState } from 'react';
import {
  DeleteSsoConnectionDocument,
  SSO_REFETCH,
  SsoConnectionsDocument,
  TestSsoConnectionDocument,
} from '../graphql/sso.graphql';
import { SsoConnectionDialog } from './sso-connection-dialog';

/**
 * Single sign-on (vendor admins): OpenID Connect identity providers that sign in vendor staff, or
 * one partner's users, chosen by the email's domain on the sign-in page.
 */
export function SsoPanel() {
  const { data, loading, error } = useQuery(SsoConnectionsDocument);
  const [editing, setEditing] = useState<SsoConnectionFieldsFragment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<SsoConnectionFieldsFragment | null>(null);
  const [remove] = useMutation(DeleteSsoConnectionDocument, { refetchQueries: SSO_REFETCH });
  const [test] = useMutation(TestSsoConnectionDocument);
  const [testing, setTesting] = useState<string | null>(null);

  if (loading && !data) return <Loader size="sm" />;
  if (error && !data) return <ErrorAlert error={error} title="Could not load single sign-on" />;
  const connections = data?.ssoConnections ?? [];
  const redirectUri = data?.ssoRedirectUri ?? '';

  const runTest = async (c: SsoConnectionFieldsFragment) => {
    setTesting(c.id);
    try {
      const result = (await test({ variables: { id: c.id } })).data?.testSsoConnection;
      notifications.show({
        color: result?.ok ? 'teal' : 'red',
        title: result?.ok ? `${c.name} answered` : `${c.name} did not answer`,
        message: result?.ok
          ? `Issuer ${result.issuer ?? ''}; sign-in page ${result.authorizationEndpoint ?? ''}`
          : (result?.message ?? 'No answer.'),
      });
    } catch (e) {
      notifications.show({ color: 'red', message: describeApiError(e).message });
    } finally {
      setTesting(null);
    }
  };

  return (
    <Stack data-testid="sso-panel">
      <Text size="sm" c="dimmed">
        People whose email domain belongs to a connection see “Continue with …” on the sign-in page.
        On their first sign-in Tandem creates their account with the connection’s role, or links the
        existing account with the same email (only within the same organisation).
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" fw={500}>
          Redirect URI to register at the identity provider:
        </Text>
        <Code data-testid="sso-redirect-uri">{redirectUri}</Code>
        <CopyButton value={redirectUri}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy'}>
              <ActionIcon variant="subtle" onClick={copy} aria-label="Copy the redirect URI">
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Group justify="flex-end">
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing('new')}
          data-testid="sso-new"
        >
          New connection
        </Button>
      </Group>
      {connections.length === 0 ? (
        <Alert color="gray" variant="light">
          No single sign-on connection yet. Everyone signs in with a password.
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" data-testid="sso-connections">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Signs in</Table.Th>
                <Table.Th>Email domains</Table.Th>
                <Table.Th>New users become</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {connections.map((c) => (
                <Table.Tr key={c.id} data-testid="sso-connection-row" data-name={c.name}>
                  <Table.Td>
                    <Text fw={500}>{c.name}</Text>
                    <Text size="xs" c="dimmed">
                      {c.issuer}
                    </Text>
                  </Table.Td>
                  <Table.Td>{c.partner ? c.partner.name : 'Vendor staff'}</Table.Td>
                  <Table.Td>{c.emailDomains.join(', ')}</Table.Td>
                  <Table.Td>{ROLE_LABELS[c.defaultRole]}</Table.Td>
                  <Table.Td>
                    <Badge color={c.enabled ? 'teal' : 'gray'} variant="light">
                      {c.enabled ? 'Enabled' : 'Disabled'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        loading={testing === c.id}
                        onClick={() => void runTest(c)}
                      >
                        Test
                      </Button>
                      <Button size="xs" variant="default" onClick={() => setEditing(c)}>
                        Edit
                      </Button>
                      <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(c)}>
                        Delete
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <SsoConnectionDialog
        opened={editing !== null}
        connection={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
      <DeleteConfirm
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${deleting?.name ?? 'connection'}?`}
        confirmLabel="Delete connection"
        onConfirm={async () => {
          if (!deleting) return;
          await remove({ variables: { id: deleting.id } });
          notifications.show({ color: 'teal', message: `${deleting.name} deleted.` });
        }}
      >
        Its users keep their accounts, but sign in with a password (or a password reset) until you
        connect their identity provider again. To pause single sign-on instead, edit the connection
        and turn it off.
      </DeleteConfirm>
    </Stack>
  );
}
