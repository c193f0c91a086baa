import { useCurrentUser } from '@tandem/portal-data-access';
import { Permission, hasPermission } from '@tandem/shared-domain';
import { useMemo } from 'react';

/** Who is looking at incentives: partners their own earnings, vendor staff the plans. */
export function useIncentivesAccess() {
  const me = useCurrentUser();
  return useMemo(
    () => ({
      isPartner: Boolean(me.partnerId),
      /** Define, activate, close and delete plans (vendor admins). */
      canManage: hasPermission(me.role, Permission.IncentiveManage),
      /** Approve or hold payouts of closed plans (vendor admins, channel managers). */
      canReview: hasPermission(me.role, Permission.IncentiveReview),
    }),
    [me],
  );
}
