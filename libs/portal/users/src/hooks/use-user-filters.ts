import { Role, UserStatus } from '@tandem/shared-domain';
import type { UserFilterInput } from '@tandem/portal-data-access';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const USERS_PAGE_SIZE = 25;

export interface UserFilters {
  search: string;
  roles: Role[];
  statuses: UserStatus[];
  vendorStaff: boolean;
  offset: number;
}

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);

export function parseUserFilters(params: URLSearchParams): UserFilters {
  const offset = Number(params.get('offset') ?? 0);
  return {
    search: params.get('q') ?? '',
    roles: list(params.get('role')).filter((r): r is Role =>
      Object.values<string>(Role).includes(r),
    ),
    statuses: list(params.get('status')).filter((s): s is UserStatus =>
      Object.values<string>(UserStatus).includes(s),
    ),
    vendorStaff: params.get('vendorStaff') === '1',
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

export function toUserFilter(f: UserFilters, partnerId?: string): UserFilterInput {
  const filter: UserFilterInput = {};
  if (f.search.trim()) filter.search = f.search.trim();
  if (f.roles.length) filter.roles = f.roles;
  if (f.statuses.length) filter.statuses = f.statuses;
  if (f.vendorStaff) filter.vendorStaff = true;
  if (partnerId) filter.partnerId = partnerId;
  return filter;
}

/** User-management filters live in the URL so reloads and the back button keep them. */
export function useUserFilters(): [UserFilters, (patch: Partial<UserFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseUserFilters(params), [params]);
  const update = useCallback(
    (patch: Partial<UserFilters>) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        const set = (key: string, value: string) =>
          value ? next.set(key, value) : next.delete(key);
        if (patch.search !== undefined) set('q', patch.search.trim());
        if (patch.roles !== undefined) set('role', patch.roles.join(','));
        if (patch.statuses !== undefined) set('status', patch.statuses.join(','));
        if (patch.vendorStaff !== undefined) set('vendorStaff', patch.vendorStaff ? '1' : '');
        set('offset', patch.offset ? String(patch.offset) : '');
        return next;
      }),
    [setParams],
  );
  return [filters, update];
}
