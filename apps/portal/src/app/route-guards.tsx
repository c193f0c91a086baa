import { Center, Loader } from '@mantine/core';
import type { Permission } from '@tandem/shared-domain';
import { hasPermission } from '@tandem/shared-domain';
import { useSession } from '@tandem/portal-data-access';
import { EmptyState } from '@tandem/portal-ui';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';

export function FullPageLoader() {
  return (
    <Center mih="100vh" aria-busy="true" aria-label="Loading Tandem">
      <Loader />
    </Center>
  );
}

/** Everything inside needs a session; without one, go to sign-in and come back afterwards. */
export function RequireSession() {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <FullPageLoader />;
  if (user === null) {
    const next = `${location.pathname}${location.search}`;
    return (
      <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />
    );
  }
  return <Outlet />;
}

/** Hides a screen from roles without the permission (the API refuses them as well). */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) {
  const { user } = useSession();
  if (!user || !hasPermission(user.role, permission)) {
    return (
      <EmptyState
        title="Not available for your role"
        description="Ask an administrator if you think you should have access to this page."
      />
    );
  }
  return <>{children}</>;
}
