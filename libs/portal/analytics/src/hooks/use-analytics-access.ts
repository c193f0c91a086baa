import { useCurrentUser } from '@tandem/portal-data-access';
import { Permission, Role, hasPermission } from '@tandem/shared-domain';
import { useMemo } from 'react';

/** The signed-in user as the analytics screens need them. */
export function useAnalyticsAccess() {
  const me = useCurrentUser();
  return useMemo(
    () => ({
      role: me.role,
      partnerId: me.partnerId ?? null,
      partnerName: me.partner?.name ?? null,
      isVendor: !me.partnerId,
      isRep: me.role === Role.PARTNER_SALES_REP,
      channel: hasPermission(me.role, Permission.ChannelAnalyticsRead),
      /** The channel-manager filter needs the user directory (channel managers filter by nature). */
      filterByManager:
        hasPermission(me.role, Permission.UserRead) && me.role !== Role.CHANNEL_MANAGER,
    }),
    [me],
  );
}
