import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { INVITABLE_ROLES, Role, isVendorRole } from '@tandem/shared-domain';
import { useCurrentUser } from '@tandem/portal-data-access';
import { ErrorAlert, mapFormErrors } from '@tandem/portal-ui';
import { useState } from 'react';
import { z } from 'zod';
import { InviteUserDocument, PartnerPickerDocument } from '../graphql/users.graphql';
import { roleOption } from '../lib/roles';
import { InviteUrlField } from './invite-url-field';

export interface InviteUserDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Preselects the partner when a vendor admin invites from a partner's page. */
  partner?: { id: string; name: string };
}

export function InviteUserDialog({ opened, onClose, partner }: InviteUserDialogProps) {
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Invite a user"
      size="lg"
      fullScreen={fullScreen}
    >
      {opened && <InviteForm onClose={onClose} partner={partner} />}
    </Modal>
  );
}

const email = z.string().trim().email('Enter a valid email address.');

function InviteForm({
  onClose,
  partner,
}: {
  onClose: () => void;
  partner?: { id: string; name: string };
}) {
  const me = useCurrentUser();
  const roles = INVITABLE_ROLES[me.role] ?? [];
  const needsPartnerChoice = isVendorRole(me.role);
  const [inviteUrl, setInviteUrl] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [partnerSearch, setPartnerSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(partnerSearch, 250);
  const [invite, { loading }] = useMutation(InviteUserDocument, { refetchQueries: ['UserList'] });

  const form = useForm({
    mode: 'controlled',
    initialValues: {
      email: '',
      name: '',
      role: (partner ? Role.PARTNER_ADMIN : (roles[roles.length - 1] ?? '')) as string,
      partnerId: partner?.id ?? (null as string | null),
    },
    validate: {
      email: (v) => (email.safeParse(v).success ? null : 'Enter a valid email address.'),
      name: (v) => (v.trim().length > 120 ? 'Use at most 120 characters.' : null),
      role: (v) => (roles.includes(v as Role) ? null : 'Choose a role.'),
      partnerId: (v, values) =>
        needsPartnerChoice && values.role === Role.PARTNER_ADMIN && !v
          ? 'Choose the partner.'
          : null,
    },
  });
  const askPartner = needsPartnerChoice && form.values.role === Role.PARTNER_ADMIN;
  const partners = useQuery(PartnerPickerDocument, {
    variables: { search: debouncedSearch.trim() || null },
    skip: !askPartner,
  });
  const partnerOptions =
    (partners.data ?? partners.previousData)?.partners.items.map((p) => ({
      value: p.id,
      label: p.name,
    })) ?? [];
  if (partner && !partnerOptions.some((o) => o.value === partner.id)) {
    partnerOptions.unshift({ value: partner.id, label: partner.name });
  }

  if (inviteUrl) {
    return (
      <Stack>
        <Alert color="teal" variant="light" title="Invitation created">
          Send this link to {form.values.email.trim()} so they can set a password and join.
        </Alert>
        <InviteUrlField url={inviteUrl} />
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              form.reset();
              setInviteUrl(null);
            }}
          >
            Invite someone else
          </Button>
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        setFormError(null);
        try {
          const { data } = await invite({
            variables: {
              input: {
                email: values.email.trim(),
                name: values.name.trim() || undefined,
                role: values.role as Role,
                partnerId: askPartner ? values.partnerId : undefined,
              },
            },
          });
          if (data) setInviteUrl(data.inviteUser.inviteUrl);
        } catch (error) {
          const mapped = mapFormErrors(error, ['email', 'name', 'role', 'partnerId']);
          form.setErrors(mapped.fieldErrors);
          setFormError(mapped.formError);
        }
      })}
    >
      <Stack>
        <ErrorAlert message={formError} title="Could not send the invitation" />
        <TextInput
          label="Email"
          type="email"
          required
          autoComplete="off"
          {...form.getInputProps('email')}
        />
        <TextInput
          label="Name"
          description="Optional; they can change it when accepting."
          autoComplete="off"
          {...form.getInputProps('name')}
        />
        <Select
          label="Role"
          data={roles.map(roleOption)}
          allowDeselect={false}
          required
          {...form.getInputProps('role')}
        />
        {askPartner && (
          <Select
            label="Partner"
            placeholder="Search partners"
            data={partnerOptions}
            searchable
            searchValue={partnerSearch}
            onSearchChange={setPartnerSearch}
            nothingFoundMessage={partners.loading ? 'Searching…' : 'No partner found'}
            filter={({ options }) => options}
            required
            {...form.getInputProps('partnerId')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Send invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
