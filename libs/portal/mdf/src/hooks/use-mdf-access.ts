import { useCurrentUser } from '@tandem/portal-data-access';
import { Permission, Role, hasPermission } from '@tandem/shared-domain';
import { useMemo } from 'react';
import type { FiguresScope } from '../lib/figures';

/** Who is looking at market funds, and what they may do there. */
export function useMdfAccess() {
  const me = useCurrentUser();
  return useMemo(() => {
    const isPartner = Boolean(me.partnerId);
    const scope: FiguresScope = isPartner
      ? 'partner'
      : me.role === Role.CHANNEL_MANAGER
        ? 'manager'
        : 'vendor';
    return {
      isPartner,
      /** Whose figures the budget cards show. */
      scope,
      /** Request funds and claim them (partner admins and marketers). */
      canRequest: hasPermission(me.role, Permission.MdfRequest),
      /** Budgets and allocations (vendor admins). */
      canManage: hasPermission(me.role, Permission.MdfManage),
      /** Decide requests and claims, mark claims paid (vendor admins, channel managers). */
      canReview: hasPermission(me.role, Permission.MdfReview),
    };
  }, [me]);
}

export type MdfAccess = ReturnType<typeof useMdfAccess>;
