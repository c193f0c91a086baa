import { Permission, hasPermission } from '@tandem/shared-domain';
import { useCurrentUser } from '@tandem/portal-data-access';

/** What the signed-in user may do with personas. */
export function usePersonaAccess() {
  const me = useCurrentUser();
  return {
    canManage: hasPermission(me.role, Permission.PersonaManage),
    canDiscuss: hasPermission(me.role, Permission.PersonaDiscuss),
  };
}
