import { Paper, Table, Text } from '@mantine/core';
import { ROLE_LABELS } from '@tandem/shared-domain';
import { UserStatusBadge, formatDateTime } from '@tandem/portal-ui';
import { UserActions, type UserRow } from './user-actions';

export interface UserTableProps {
  users: UserRow[];
  /** Whether rows get the management menu (never for the signed-in user's own row). */
  canManage: boolean;
  currentUserId: string;
  showOrganisation?: boolean;
}

export function UserTable({
  users,
  canManage,
  currentUserId,
  showOrganisation = true,
}: UserTableProps) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="user-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role</Table.Th>
              {showOrganisation && <Table.Th>Organisation</Table.Th>}
              <Table.Th>Status</Table.Th>
              <Table.Th>Last sign-in</Table.Th>
              {canManage && <Table.Th w={60} aria-label="Actions" />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((u) => (
              <Table.Tr key={u.id} data-testid="user-row">
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {u.name || '—'}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {u.email}
                  </Text>
                </Table.Td>
                <Table.Td>{ROLE_LABELS[u.role]}</Table.Td>
                {showOrganisation && <Table.Td>{u.partner?.name ?? 'Vendor'}</Table.Td>}
                <Table.Td>
                  <UserStatusBadge status={u.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'Never'}</Text>
                </Table.Td>
                {canManage && (
                  <Table.Td>{u.id !== currentUserId && <UserActions user={u} />}</Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
