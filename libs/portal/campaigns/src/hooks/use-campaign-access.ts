import { Permission, hasPermission } from '@tandem/shared-domain';
import { useCurrentUser } from '@tandem/portal-data-access';

export function useCampaignAccess() {
  const me = useCurrentUser();
  return {
    canManage: hasPermission(me.role, Permission.CampaignManage),
    isPartner: me.partnerId != null,
    partnerName: me.partner?.name ?? null,
  };
}
