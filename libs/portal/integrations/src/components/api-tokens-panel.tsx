import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconKey, IconPlus } from '@tabler/icons-react';
import { useCurrentUser, type ApiTokensQuery } from '@tandem/portal-data-access';
import {
  DeleteConfirm,
  EmptyState,
  ErrorAlert,
  TableSkeleton,
  describeApiError,
  formatDate,
  formatDateTime,
  mapFormErrors,
  useNow,
} from '@tandem/portal-ui';
import {
  MAX_TOKEN_RATE_LIMIT,
  Permission,
  TOKEN_PERMISSION_LABELS,
  grantableTokenPermissions,
} from '@tandem/shared-domain';
import { useState } from 'react';
import {
  ApiTokensDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
} from '../graphql/api-tokens.graphql';
import {
  TOKEN_FORM_FIELDS,
  curlExample,
  emptyTokenValues,
  toTokenInput,
  tokenState,
  validateTokenForm,
  type TokenFormValues,
  type TokenState,
} from '../lib/token-form';

type ApiTokenRow = ApiTokensQuery['apiTokens'][number];

const STATE_BADGES: Record<TokenState, { color: string; label: string }> = {
  active: { color: 'teal', label: 'Active' },
  revoked: { color: 'gray', label: 'Revoked' },
  expired: { color: 'orange', label: 'Expired' },
};

const permissionLabel = (p: string) => TOKEN_PERMISSION_LABELS[p as Permission] ?? p;

/**
 * /integrations/tokens: tokens for CRMs and marketing automation to call the API. A token acts for
 * the admin who made it, limited to the permissions chosen here; its secret is shown once.
 */
export function ApiTokensPanel() {
  const me = useCurrentUser();
  const now = useNow(60_000);
  const { data, loading, error } = useQuery(ApiTokensDocument);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenRow | null>(null);
  const [revoke] = useMutation(RevokeApiTokenDocument);
  const tokens = data?.apiTokens ?? [];

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {me.partner
            ? `Tokens let the CRM of ${me.partner.name} create and update leads and deals through the Tandem API. `
            : 'Tokens let a CRM or marketing automation call the Tandem API: create leads, move stages, register deals and record outcomes. '}
          A token acts for the admin who made it, with only the permissions you give it; the
          examples are in <Code>docs/integrations.md</Code>.
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setCreating(true)}
          data-testid="new-api-token"
        >
          New token
        </Button>
      </Group>
      <ErrorAlert error={error} title="Could not load the API tokens" />
      {loading && !data ? (
        <TableSkeleton rows={3} />
      ) : tokens.length === 0 ? (
        <EmptyState
          icon={<IconKey size={28} />}
          title="No API tokens yet"
          description="Make one for each system that should call the API, so you can revoke one without touching the others."
        />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" data-testid="api-token-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Token</Table.Th>
                {!me.partner && <Table.Th>Scope</Table.Th>}
                <Table.Th>Permissions</Table.Th>
                <Table.Th>Made by</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.map((token) => {
                const state = tokenState(token, new Date(now));
                return (
                  <Table.Tr key={token.id} data-testid="api-token-row">
                    <Table.Td>
                      <Text fw={500}>{token.name}</Text>
                      <Code>{token.secretPrefix}…</Code>
                    </Table.Td>
                    {!me.partner && <Table.Td>{token.partnerName ?? 'Vendor'}</Table.Td>}
                    <Table.Td>
                      <Group gap={4}>
                        {token.permissions.map((p) => (
                          <Badge key={p} variant="light" size="sm" title={p}>
                            {permissionLabel(p)}
                          </Badge>
                        ))}
                      </Group>
                      <Text size="xs" c="dimmed" mt={4}>
                        {token.rateLimitPerMinute.toLocaleString()} requests per minute
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{token.createdByLabel}</Text>
                      <Text size="xs" c="dimmed">
                        {formatDate(token.createdAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATE_BADGES[state].color} variant="light">
                        {STATE_BADGES[state].label}
                      </Badge>
                      <Text size="xs" c="dimmed" mt={4}>
                        {state === 'revoked'
                          ? `${formatDate(token.revokedAt)} by ${token.revokedByLabel ?? 'an admin'}`
                          : token.expiresAt
                            ? `${state === 'expired' ? 'Expired' : 'Expires'} ${formatDate(token.expiresAt)}`
                            : 'Never expires'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {state !== 'revoked' && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setRevoking(token)}
                          data-testid="revoke-api-token"
                        >
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CreateTokenDialog opened={creating} onClose={() => setCreating(false)} />
      <DeleteConfirm
        title="Revoke this token?"
        confirmLabel="Revoke token"
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          if (!revoking) return;
          await revoke({ variables: { id: revoking.id } });
          notifications.show({ color: 'teal', message: `Token “${revoking.name}” revoked.` });
          setRevoking(null);
        }}
      >
        The next request with “{revoking?.name}” will be refused. Anything still using it stops
        working at once; this cannot be undone.
      </DeleteConfirm>
    </Stack>
  );
}

function CreateTokenDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? 'Copy your new token' : 'New API token'}
      size="lg"
      fullScreen={fullScreen}
      closeOnClickOutside={!created}
    >
      {opened &&
        (created ? (
          <SecretView name={created.name} secret={created.secret} onDone={close} />
        ) : (
          <TokenForm onCancel={close} onCreated={setCreated} />
        ))}
    </Modal>
  );
}

function TokenForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (created: { name: string; secret: string }) => void;
}) {
  const me = useCurrentUser();
  const now = useNow(60_000);
  const today = new Date(now).toISOString().slice(0, 10);
  const grantable = grantableTokenPermissions(me.role);
  const [create, { loading }] = useMutation(CreateApiTokenDocument, {
    refetchQueries: ['ApiTokens'],
    awaitRefetchQueries: true,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TokenFormValues>({
    mode: 'controlled',
    initialValues: emptyTokenValues(),
    validate: (values) => validateTokenForm(values, today),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await create({ variables: { input: toTokenInput(values) } });
      const made = result.data?.createApiToken;
      if (made) onCreated({ name: made.token.name, secret: made.secret });
    } catch (error) {
      const mapped = mapFormErrors(error, TOKEN_FORM_FIELDS);
      const { expiresAt, ...rest } = mapped.fieldErrors as Record<string, string>;
      form.setErrors({ ...rest, ...(expiresAt ? { expiresOn: expiresAt } : {}) });
      setFormError(mapped.formError ?? describeApiError(error).message);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="api-token-form">
      <Stack>
        <ErrorAlert message={formError} title="Could not make the token" />
        <TextInput
          label="Name"
          description="What will use it, so you know which one to revoke."
          placeholder="Salesforce sync"
          required
          maxLength={80}
          data-autofocus
          data-testid="api-token-name"
          {...form.getInputProps('name')}
        />
        <Checkbox.Group
          label="Permissions"
          description="Give only what the integration needs."
          required
          {...form.getInputProps('permissions')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt="xs">
            {grantable.map((p) => (
              <Checkbox key={p} value={p} label={permissionLabel(p)} data-testid={`perm-${p}`} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label="Rate limit"
            description="Requests per minute"
            min={1}
            max={MAX_TOKEN_RATE_LIMIT}
            allowDecimal={false}
            {...form.getInputProps('rateLimitPerMinute')}
          />
          <TextInput
            type="date"
            label="Expires on"
            description="Leave empty for no expiry"
            min={today}
            {...form.getInputProps('expiresOn')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} data-testid="api-token-submit">
            Make token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SecretView({
  name,
  secret,
  onDone,
}: {
  name: string;
  secret: string;
  onDone: () => void;
}) {
  const example = curlExample(window.location.origin, secret);
  return (
    <Stack>
      <Alert color="yellow" title="Copy it now">
        This is the only time “{name}” is shown. Tandem keeps only a fingerprint of it; if it is
        lost, revoke it and make a new one.
      </Alert>
      <TextInput
        label="Token"
        value={secret}
        readOnly
        data-testid="api-token-secret"
        onFocus={(e) => e.currentTarget.select()}
        styles={{ input: { fontFamily: 'monospace' } }}
        rightSection={
          <CopyButton value={secret} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? 'Copied' : 'Copy token'} withArrow>
                <ActionIcon
                  variant="subtle"
                  color={copied ? 'teal' : 'gray'}
                  onClick={copy}
                  aria-label="Copy token"
                >
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        }
      />
      <Text size="sm" fw={500}>
        Try it
      </Text>
      <Code block>{example}</Code>
      <Group justify="flex-end">
        <Button onClick={onDone} data-testid="api-token-done">
          I have copied it
        </Button>
      </Group>
    </Stack>
  );
}
