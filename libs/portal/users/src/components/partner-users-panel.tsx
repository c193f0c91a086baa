import { useQuery } from '@apollo/client/react';
import { Button, Group, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { INVITABLE_ROLES, Permission, Role, hasPermission } from '@tandem/shared-domain';
import { useCurrentUser } from '@tandem/portal-data-access';
import { EmptyState, ErrorAlert, PaginationBar, TableSkeleton } from '@tandem/portal-ui';
import { useState } from 'react';
import { UserListDocument } from '../graphql/users.graphql';
import { USERS_PAGE_SIZE } from '../hooks/use-user-filters';
import { InviteUserDialog } from './invite-user-dialog';
import { UserTable } from './user-table';

/** The users of one partner, for its detail page. */
export function PartnerUsersPanel({ partner }: { partner: { id: string; name: string } }) {
  const me = useCurrentUser();
  const [offset, setOffset] = useState(0);
  const [inviteOpen, invite] = useDisclosure(false);
  const { data, previousData, error, refetch } = useQuery(UserListDocument, {
    variables: { filter: { partnerId: partner.id }, page: { offset, limit: USERS_PAGE_SIZE } },
  });
  const page = (data ?? previousData)?.users;
  const canManage = hasPermission(me.role, Permission.UserManage);
  // Vendor admins invite a partner's first admins; partner admins invite their own colleagues.
  const canInvite =
    hasPermission(me.role, Permission.UserInvite) &&
    (me.partnerId === partner.id || (INVITABLE_ROLES[me.role] ?? []).includes(Role.PARTNER_ADMIN));

  return (
    <section>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Users</Title>
        {canInvite && (
          <Button
            size="sm"
            variant="light"
            leftSection={<IconUserPlus size={16} />}
            onClick={invite.open}
          >
            Invite user
          </Button>
        )}
      </Group>
      {error && !page ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <TableSkeleton rows={3} />
      ) : page.items.length === 0 ? (
        <EmptyState title="No users yet" description="Nobody from this partner has been invited." />
      ) : (
        <UserTable
          users={page.items}
          canManage={canManage}
          currentUserId={me.id}
          showOrganisation={false}
        />
      )}
      {page && (
        <PaginationBar
          offset={page.offset}
          limit={page.limit}
          totalCount={page.totalCount}
          onOffsetChange={setOffset}
        />
      )}
      {canInvite && (
        <InviteUserDialog
          opened={inviteOpen}
          onClose={invite.close}
          partner={me.partnerId ? undefined : partner}
        />
      )}
    </section>
  );
}
