import { useQuery } from '@apollo/client/react';
import { Button, MultiSelect, Paper, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { Permission, Role, UserStatus, hasPermission } from '@tandem/shared-domain';
import { useCurrentUser } from '@tandem/portal-data-access';
import {
  EmptyState,
  ErrorAlert,
  PageHeader,
  PaginationBar,
  TableSkeleton,
  USER_STATUS_LABELS,
  useDebouncedSearch,
} from '@tandem/portal-ui';
import { UserListDocument } from '../graphql/users.graphql';
import { USERS_PAGE_SIZE, toUserFilter, useUserFilters } from '../hooks/use-user-filters';
import { filterableRoles, roleOption } from '../lib/roles';
import { InviteUserDialog } from './invite-user-dialog';
import { UserTable } from './user-table';

const STATUS_OPTIONS = Object.values(UserStatus).map((s) => ({
  value: s,
  label: USER_STATUS_LABELS[s],
}));

export function UserManagement() {
  const me = useCurrentUser();
  const canManage = hasPermission(me.role, Permission.UserManage);
  const canInvite = hasPermission(me.role, Permission.UserInvite);
  const isVendorAdmin = me.role === Role.VENDOR_ADMIN;
  const [filters, update] = useUserFilters();
  const [search, setSearch] = useDebouncedSearch(filters.search, (value) =>
    update({ search: value }),
  );
  const [inviteOpen, invite] = useDisclosure(false);

  const { data, previousData, loading, error, refetch } = useQuery(UserListDocument, {
    variables: {
      filter: toUserFilter({ ...filters, vendorStaff: isVendorAdmin && filters.vendorStaff }),
      page: { offset: filters.offset, limit: USERS_PAGE_SIZE },
    },
  });
  const page = (data ?? previousData)?.users;
  const filtered = Boolean(
    filters.search || filters.roles.length || filters.statuses.length || filters.vendorStaff,
  );

  return (
    <>
      <PageHeader
        title="Users"
        description={
          me.partner ? `People at ${me.partner.name}.` : 'Vendor staff and partner users.'
        }
        actions={
          canInvite && (
            <Button leftSection={<IconUserPlus size={16} />} onClick={invite.open}>
              Invite user
            </Button>
          )
        }
      />
      <Paper withBorder p="md" radius="md" mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: isVendorAdmin ? 4 : 3 }} spacing="sm">
          <TextInput
            label="Search"
            placeholder="Name or email"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <MultiSelect
            label="Role"
            placeholder={filters.roles.length ? undefined : 'Any role'}
            data={filterableRoles(me.role).map(roleOption)}
            value={filters.roles}
            onChange={(roles) => update({ roles: roles as Role[] })}
            clearable
          />
          <MultiSelect
            label="Status"
            placeholder={filters.statuses.length ? undefined : 'Any status'}
            data={STATUS_OPTIONS}
            value={filters.statuses}
            onChange={(statuses) => update({ statuses: statuses as UserStatus[] })}
            clearable
          />
          {isVendorAdmin && (
            <Switch
              label="Vendor staff only"
              mt={{ base: 0, lg: 30 }}
              checked={filters.vendorStaff}
              onChange={(e) => update({ vendorStaff: e.currentTarget.checked })}
            />
          )}
        </SimpleGrid>
      </Paper>
      {error && !page ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <TableSkeleton rows={8} />
      ) : page.items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No users match these filters' : 'No users yet'}
          description={
            filtered ? 'Try a different search or clear some filters.' : 'Invite the first person.'
          }
        />
      ) : (
        <div style={{ opacity: loading ? 0.6 : 1 }}>
          <UserTable users={page.items} canManage={canManage} currentUserId={me.id} />
        </div>
      )}
      {page && (
        <PaginationBar
          offset={page.offset}
          limit={page.limit}
          totalCount={page.totalCount}
          onOffsetChange={(offset) => update({ offset })}
        />
      )}
      {canInvite && <InviteUserDialog opened={inviteOpen} onClose={invite.close} />}
    </>
  );
}
