import { useQuery } from '@apollo/client/react';
import { useCurrentUser } from '@tandem/portal-data-access';
import { Permission, hasPermission } from '@tandem/shared-domain';
import { useMemo } from 'react';
import { DealProgramDocument } from '../graphql/deals.graphql';
import type { DealViewer } from '../lib/deal-access';

/** The signed-in user as the deals screens need them, with their area-wide permissions. */
export function useDealAccess() {
  const me = useCurrentUser();
  return useMemo(() => {
    const viewer: DealViewer = { id: me.id, role: me.role, partnerId: me.partnerId ?? null };
    return {
      viewer,
      isVendor: viewer.partnerId === null,
      canRegister: hasPermission(me.role, Permission.DealRegister),
      canDecide: hasPermission(me.role, Permission.DealDecide),
      canManage: hasPermission(me.role, Permission.DealManage),
    };
  }, [me]);
}

/** The program's registration rules (protection, extensions, decision time); null while loading. */
export function useDealProgram() {
  const { data } = useQuery(DealProgramDocument);
  return data?.dealSettings ?? null;
}
