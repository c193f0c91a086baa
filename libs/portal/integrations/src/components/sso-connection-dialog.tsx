import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Modal,
  PasswordInput,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { SsoConnectionFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, mapFormErrors } from '@tandem/portal-ui';
import { ROLE_LABELS, Role } from '@tandem/shared-domain';
import { useId, useMemo, useState } from 'react';
import {
  SSO_REFETCH,
  SaveSsoConnectionDocument,
  SsoPartnerOptionsDocument,
} from '../graphql/sso.graphql';
import {
  SSO_FORM_FIELDS,
  emptySsoValues,
  rolesForScope,
  ssoValuesFrom,
  toSsoInput,
  validateSsoForm,
  type SsoFormValues,
  type SsoScope,
} from '../lib/sso-form';

/** Create a single sign-on connection, or change one (the secret is write-only). */
export function SsoConnectionDialog({
  opened,
  onClose,
  connection,
}: {
  opened: boolean;
  onClose: () => void;
  /** null: a new connection. */
  connection: SsoConnectionFieldsFragment | null;
}) {
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={connection ? `Edit ${connection.name}` : 'New single sign-on connection'}
      fullScreen={fullScreen}
      size="lg"
    >
      {opened && <SsoConnectionForm connection={connection} onDone={onClose} />}
    </Modal>
  );
}

function SsoConnectionForm({
  connection,
  onDone,
}: {
  connection: SsoConnectionFieldsFragment | null;
  onDone: () => void;
}) {
  const [save, { loading }] = useMutation(SaveSsoConnectionDocument, {
    refetchQueries: SSO_REFETCH,
    awaitRefetchQueries: true,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SsoFormValues>({
    mode: 'controlled',
    initialValues: connection ? ssoValuesFrom(connection) : emptySsoValues(),
    validate: (values) => validateSsoForm(values, connection !== null),
  });
  const scopeLabel = useId();
  const roleOptions = rolesForScope(form.values.scope).map((r) => ({
    value: r,
    label: ROLE_LABELS[r],
  }));

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await save({ variables: { input: toSsoInput(values, connection) } });
      notifications.show({ color: 'teal', message: `“${values.name.trim()}” saved.` });
      onDone();
    } catch (error) {
      const mapped = mapFormErrors(error, SSO_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="sso-form">
      <Stack>
        <ErrorAlert message={formError} title="Could not save the connection" />
        <TextInput
          label="Name"
          description="Shown on the sign-in button: “Continue with …”."
          placeholder="Northwind Okta"
          required
          maxLength={80}
          data-autofocus
          data-testid="sso-name"
          {...form.getInputProps('name')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={scopeLabel}>
            Signs in
          </Text>
          <SegmentedControl
            aria-labelledby={scopeLabel}
            data={[
              { value: 'partner', label: "A partner's users" },
              { value: 'vendor', label: 'Vendor staff' },
            ]}
            value={form.values.scope}
            onChange={(next) => {
              const scope = next as SsoScope;
              form.setFieldValue('scope', scope);
              if (!rolesForScope(scope).includes(form.values.defaultRole))
                form.setFieldValue(
                  'defaultRole',
                  scope === 'vendor' ? Role.VENDOR_MARKETER : Role.PARTNER_SALES_REP,
                );
            }}
            data-testid="sso-scope"
          />
        </Stack>
        {form.values.scope === 'partner' && (
          <PartnerField
            value={form.values.partnerId}
            initialName={connection?.partner?.name ?? null}
            onChange={(id) => form.setFieldValue('partnerId', id)}
            error={form.errors.partnerId as string | undefined}
          />
        )}
        <TextInput
          label="Issuer URL"
          description="Tandem reads its /.well-known/openid-configuration."
          placeholder="https://northwind.okta.com"
          required
          data-testid="sso-issuer"
          {...form.getInputProps('issuer')}
        />
        <Group grow align="flex-start">
          <TextInput
            label="Client ID"
            required
            data-testid="sso-client-id"
            {...form.getInputProps('clientId')}
          />
          <PasswordInput
            label="Client secret"
            description={
              connection?.clientSecretSet
                ? 'A secret is stored. Leave empty to keep it.'
                : undefined
            }
            required={!connection}
            autoComplete="new-password"
            data-testid="sso-client-secret"
            {...form.getInputProps('clientSecret')}
          />
        </Group>
        <Textarea
          label="Email domains"
          description="People whose email ends in one of these sign in with this provider. Separate with commas."
          placeholder="northwind.com, northwind.co.uk"
          required
          autosize
          minRows={1}
          data-testid="sso-domains"
          {...form.getInputProps('emailDomains')}
        />
        <Select
          label="New users become"
          description="The role of people signing in for the first time; existing users keep theirs."
          data={roleOptions}
          allowDeselect={false}
          required
          data-testid="sso-role"
          {...form.getInputProps('defaultRole')}
        />
        <Switch
          label="Enabled"
          data-testid="sso-enabled"
          {...form.getInputProps('enabled', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} data-testid="sso-submit">
            {connection ? 'Save connection' : 'Create connection'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Searchable partner choice: the first hundred by name, then whatever the search finds. */
function PartnerField({
  value,
  initialName,
  onChange,
  error,
}: {
  value: string | null;
  initialName: string | null;
  onChange: (partnerId: string | null) => void;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const first = useQuery(SsoPartnerOptionsDocument, { variables: { search: null } });
  const firstItems = first.data?.partners.items;
  const selectedName =
    firstItems?.find((p) => p.id === value)?.name ?? (value ? initialName : null);
  const searching = debounced !== '' && debounced !== selectedName;
  const found = useQuery(SsoPartnerOptionsDocument, {
    variables: { search: debounced },
    skip: !searching,
  });
  const foundItems = found.data?.partners.items;
  const options = useMemo(() => {
    const byId = new Map<string, { value: string; label: string }>();
    if (value && initialName) byId.set(value, { value, label: initialName });
    for (const p of [...(firstItems ?? []), ...(searching ? (foundItems ?? []) : [])])
      byId.set(p.id, { value: p.id, label: p.name });
    return [...byId.values()];
  }, [firstItems, foundItems, searching, value, initialName]);
  return (
    <Select
      label="Partner"
      placeholder={first.loading && !first.data ? 'Loading partners…' : 'Search partners'}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={found.loading ? 'Searching…' : 'No partner matches'}
      error={error ?? (first.error && !first.data ? 'Could not load the partners.' : undefined)}
      required
      data-testid="sso-partner"
    />
  );
}
