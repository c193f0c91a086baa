import { useCurrentUser } from '@tandem/portal-data-access';
import { Permission, hasPermission } from '@tandem/shared-domain';
import { useMemo } from 'react';
import { canPickRep, type LeadViewer } from '../lib/lead-access';

/** The signed-in user as the leads screens need them, with their area-wide permissions. */
export function useLeadAccess() {
  const me = useCurrentUser();
  return useMemo(() => {
    const viewer: LeadViewer = { id: me.id, role: me.role, partnerId: me.partnerId ?? null };
    return {
      viewer,
      isVendor: viewer.partnerId === null,
      partnerName: me.partner?.name ?? null,
      canCreate: hasPermission(me.role, Permission.LeadCreate),
      canImport: hasPermission(me.role, Permission.LeadImport),
      canAssign: hasPermission(me.role, Permission.LeadAssign),
      canManageRouting: hasPermission(me.role, Permission.RoutingManage),
      canPickRep: canPickRep(viewer),
    };
  }, [me]);
}
