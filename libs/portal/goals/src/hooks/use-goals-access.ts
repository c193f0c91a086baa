import { useCurrentUser } from '@tandem/portal-data-access';
import { Permission, hasPermission } from '@tandem/shared-domain';
import { useMemo } from 'react';

/** Who is looking at goals: partner staff read their own, vendor managers set everyone's. */
export function useGoalsAccess() {
  const me = useCurrentUser();
  return useMemo(
    () => ({
      /** The viewer's own partner; null for vendor staff. */
      ownPartnerId: me.partnerId ?? null,
      ownPartnerName: me.partner?.name ?? null,
      isVendor: !me.partnerId,
      canManage: hasPermission(me.role, Permission.GoalManage),
      canReadAnalytics: hasPermission(me.role, Permission.AnalyticsRead),
    }),
    [me],
  );
}
