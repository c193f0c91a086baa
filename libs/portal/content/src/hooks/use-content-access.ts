import { Permission, hasPermission } from '@tandem/shared-domain';
import { useCurrentUser } from '@tandem/portal-data-access';

/** What the signed-in user may do with content. */
export function useContentAccess() {
  const me = useCurrentUser();
  return {
    canManage: hasPermission(me.role, Permission.ContentManage),
    isPartner: me.partnerId != null,
    partnerName: me.partner?.name ?? null,
  };
}
