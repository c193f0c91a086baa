import { PartnerStatus, REGIONS } from '@tandem/shared-domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { PartnerFilterInput, PartnerSort } from '@tandem/portal-data-access';

export const DIRECTORY_PAGE_SIZE = 25;
export const DEFAULT_SORT: PartnerSort = 'NAME_ASC';
export const SORT_OPTIONS: { value: PartnerSort; label: string }[] = [
  { value: 'NAME_ASC', label: 'Name A–Z' },
  { value: 'NAME_DESC', label: 'Name Z–A' },
  { value: 'TIER_HIGH_FIRST', label: 'Highest tier first' },
  { value: 'NEWEST_FIRST', label: 'Newest first' },
];

export interface DirectoryParams {
  search: string;
  tierIds: string[];
  typeIds: string[];
  regions: string[];
  statuses: PartnerStatus[];
  channelManagerIds: string[];
  sort: PartnerSort;
  offset: number;
}

type Patch = Partial<Omit<DirectoryParams, 'offset'>> & { offset?: number };

const LIST_KEYS = ['tierIds', 'typeIds', 'regions', 'statuses', 'channelManagerIds'] as const;
const URL_KEYS: Record<(typeof LIST_KEYS)[number], string> = {
  tierIds: 'tier',
  typeIds: 'type',
  regions: 'region',
  statuses: 'status',
  channelManagerIds: 'cm',
};

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function parseDirectoryParams(params: URLSearchParams): DirectoryParams {
  const sort = params.get('sort');
  const offset = Number(params.get('offset') ?? 0);
  return {
    search: params.get('q') ?? '',
    tierIds: list(params.get('tier')),
    typeIds: list(params.get('type')),
    regions: list(params.get('region')).filter((r) => (REGIONS as readonly string[]).includes(r)),
    statuses: list(params.get('status')).filter((s): s is PartnerStatus =>
      Object.values<string>(PartnerStatus).includes(s),
    ),
    channelManagerIds: list(params.get('cm')),
    sort: SORT_OPTIONS.some((o) => o.value === sort) ? (sort as PartnerSort) : DEFAULT_SORT,
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

export function toPartnerFilter(p: DirectoryParams): PartnerFilterInput {
  const filter: PartnerFilterInput = {};
  if (p.search.trim()) filter.search = p.search.trim();
  if (p.tierIds.length) filter.tierIds = p.tierIds;
  if (p.typeIds.length) filter.typeIds = p.typeIds;
  if (p.regions.length) filter.regions = p.regions;
  if (p.statuses.length) filter.statuses = p.statuses;
  if (p.channelManagerIds.length) filter.channelManagerIds = p.channelManagerIds;
  return filter;
}

/** Directory filters and page live in the URL so links and the back button keep them. */
export function useDirectoryParams(): [DirectoryParams, (patch: Patch) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseDirectoryParams(searchParams), [searchParams]);
  const update = useCallback(
    (patch: Patch) => {
      setSearchParams((previous) => {
        const next = new URLSearchParams(previous);
        if (patch.search !== undefined) setOrDelete(next, 'q', patch.search.trim());
        for (const key of LIST_KEYS) {
          const value = patch[key];
          if (value !== undefined) setOrDelete(next, URL_KEYS[key], value.join(','));
        }
        if (patch.sort !== undefined) {
          setOrDelete(next, 'sort', patch.sort === DEFAULT_SORT ? '' : patch.sort);
        }
        // Any filter change starts again at the first page.
        setOrDelete(next, 'offset', patch.offset ? String(patch.offset) : '');
        return next;
      });
    },
    [setSearchParams],
  );
  return [params, update];
}

function setOrDelete(params: URLSearchParams, key: string, value: string) {
  if (value) params.set(key, value);
  else params.delete(key);
}
