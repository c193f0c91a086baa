import { useCurrentUser } from '@tandem/portal-data-access';
import { Permission, hasPermission } from '@tandem/shared-domain';

/** What the signed-in user may do on the definitions page. */
export function useDefinitionAccess() {
  const me = useCurrentUser();
  const partnerId = me.partnerId ?? null;
  return {
    partnerId,
    canManage: hasPermission(me.role, Permission.DefinitionManage),
    canAcknowledge: !!partnerId && hasPermission(me.role, Permission.DefinitionAcknowledge),
    /** Vendor staff who may see partners see everyone's agreements. */
    seesAgreements: !partnerId && hasPermission(me.role, Permission.PartnerRead),
  };
}
