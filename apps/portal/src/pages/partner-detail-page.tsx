import { Stack } from '@mantine/core';
import { Permission, hasPermission } from '@tandem/shared-domain';
import { PartnerDetail, PartnerNotFound } from '@tandem/portal-partners';
import { PartnerUsersPanel } from '@tandem/portal-users';
import { useCurrentUser, PartnerDetailDocument } from '@tandem/portal-data-access';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';

// Partner ids are UUIDs; anything else cannot exist, so do not ask the API about it.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function PartnerDetailPage() {
  const { id = '' } = useParams();
  return UUID.test(id) ? <PartnerDetailWithUsers id={id} /> : <PartnerNotFound />;
}

function PartnerDetailWithUsers({ id }: { id: string }) {
  const me = useCurrentUser();
  // Reads the same cached query the detail component runs, to know whether to show users.
  const { data } = useQuery(PartnerDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-only',
  });
  return (
    <Stack gap="xl">
      <PartnerDetail key={id} partnerId={id} />
      {data && hasPermission(me.role, Permission.UserRead) && (
        <PartnerUsersPanel partner={{ id: data.partner.id, name: data.partner.name }} />
      )}
    </Stack>
  );
}
