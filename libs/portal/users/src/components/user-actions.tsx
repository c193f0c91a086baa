import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, Menu, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots } from '@tabler/icons-react';
import { Role, UserStatus } from '@tandem/shared-domain';
import type { UserListQuery } from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError } from '@tandem/portal-ui';
import { useState } from 'react';
import {
  ChangeUserRoleDocument,
  ResendInvitationDocument,
  RevokeInvitationDocument,
  SetUserStatusDocument,
} from '../graphql/users.graphql';
import { assignableRoles, roleOption } from '../lib/roles';
import { InviteUrlField } from './invite-url-field';

export type UserRow = UserListQuery['users']['items'][number];

type Dialog = { kind: 'role' } | { kind: 'revoke' } | { kind: 'link'; url: string } | null;

const fail = (error: unknown) =>
  notifications.show({ color: 'red', message: describeApiError(error).message });

/** The per-row menu for people who may manage users. */
export function UserActions({ user }: { user: UserRow }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [setStatus] = useMutation(SetUserStatusDocument);
  const [resend] = useMutation(ResendInvitationDocument);
  const invited = user.status === UserStatus.INVITED;
  const disabled = user.status === UserStatus.DISABLED;

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Actions for ${user.name || user.email}`}
          >
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setDialog({ kind: 'role' })}>Change role</Menu.Item>
          {invited ? (
            <>
              <Menu.Item
                onClick={() =>
                  resend({ variables: { userId: user.id } })
                    .then(
                      ({ data }) =>
                        data && setDialog({ kind: 'link', url: data.resendInvitation.inviteUrl }),
                    )
                    .catch(fail)
                }
              >
                Resend invitation
              </Menu.Item>
              <Menu.Item color="red" onClick={() => setDialog({ kind: 'revoke' })}>
                Revoke invitation
              </Menu.Item>
            </>
          ) : (
            <Menu.Item
              color={disabled ? undefined : 'red'}
              onClick={() =>
                setStatus({
                  variables: {
                    id: user.id,
                    status: disabled ? UserStatus.ACTIVE : UserStatus.DISABLED,
                  },
                })
                  .then(() =>
                    notifications.show({
                      color: 'teal',
                      message: `${user.name || user.email} is ${disabled ? 'enabled' : 'disabled'}.`,
                    }),
                  )
                  .catch(fail)
              }
            >
              {disabled ? 'Enable' : 'Disable'}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={dialog?.kind === 'role'}
        onClose={() => setDialog(null)}
        title={`Change role of ${user.name || user.email}`}
      >
        {dialog?.kind === 'role' && <ChangeRoleForm user={user} onDone={() => setDialog(null)} />}
      </Modal>
      <Modal
        opened={dialog?.kind === 'revoke'}
        onClose={() => setDialog(null)}
        title="Revoke invitation"
      >
        {dialog?.kind === 'revoke' && <RevokeConfirm user={user} onDone={() => setDialog(null)} />}
      </Modal>
      <Modal
        opened={dialog?.kind === 'link'}
        onClose={() => setDialog(null)}
        title="Invitation sent again"
      >
        {dialog?.kind === 'link' && (
          <Stack>
            <Text size="sm">The previous link no longer works. Send this one to {user.email}.</Text>
            <InviteUrlField url={dialog.url} />
            <Group justify="flex-end">
              <Button onClick={() => setDialog(null)}>Done</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

function ChangeRoleForm({ user, onDone }: { user: UserRow; onDone: () => void }) {
  const [role, setRole] = useState<string | null>(user.role);
  const [changeRole, { loading, error }] = useMutation(ChangeUserRoleDocument);
  return (
    <Stack>
      <ErrorAlert error={error} title="Could not change the role" />
      <Select
        label="Role"
        data={assignableRoles(user).map(roleOption)}
        value={role}
        onChange={setRole}
        allowDeselect={false}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          loading={loading}
          disabled={!role || role === user.role}
          onClick={() =>
            changeRole({ variables: { id: user.id, role: role as Role } })
              .then(() => {
                notifications.show({ color: 'teal', message: 'Role changed.' });
                onDone();
              })
              .catch(() => undefined)
          }
        >
          Change role
        </Button>
      </Group>
    </Stack>
  );
}

function RevokeConfirm({ user, onDone }: { user: UserRow; onDone: () => void }) {
  const [revoke, { loading, error }] = useMutation(RevokeInvitationDocument, {
    refetchQueries: ['UserList'],
  });
  return (
    <Stack>
      <ErrorAlert error={error} title="Could not revoke the invitation" />
      <Text size="sm">
        The link sent to <b>{user.email}</b> stops working and the invited user is removed.
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Keep invitation
        </Button>
        <Button
          color="red"
          loading={loading}
          onClick={() =>
            revoke({ variables: { userId: user.id } })
              .then(() => {
                notifications.show({ color: 'teal', message: 'Invitation revoked.' });
                onDone();
              })
              .catch(() => undefined)
          }
        >
          Revoke
        </Button>
      </Group>
    </Stack>
  );
}
