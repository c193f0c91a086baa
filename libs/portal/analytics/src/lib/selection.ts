import type { PartnerSelectionInput } from '@tandem/portal-data-access';
import { REGIONS } from '@tandem/shared-domain';

/** The partner filters of the channel views, as they live in the address. */
export interface Selection {
  tierIds: string[];
  regions: string[];
  typeIds: string[];
  channelManagerId: string | null;
  search: string;
}

export const EMPTY_SELECTION: Selection = {
  tierIds: [],
  regions: [],
  typeIds: [],
  channelManagerId: null,
  search: '',
};

/**
 * Address parameter names; the same names the CSV exports read, so the download link is the
 * screen's own filters.
 */
export const SELECTION_PARAMS = {
  tierIds: 'tierId',
  regions: 'region',
  typeIds: 'typeId',
  channelManagerId: 'channelManagerId',
  search: 'search',
} as const;

const list = (raw: string | null) =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const KNOWN_REGIONS: readonly string[] = REGIONS;

export function readSelection(params: URLSearchParams): Selection {
  return {
    tierIds: list(params.get(SELECTION_PARAMS.tierIds)),
    regions: list(params.get(SELECTION_PARAMS.regions)).filter((r) => KNOWN_REGIONS.includes(r)),
    typeIds: list(params.get(SELECTION_PARAMS.typeIds)),
    channelManagerId: params.get(SELECTION_PARAMS.channelManagerId) || null,
    search: params.get(SELECTION_PARAMS.search) ?? '',
  };
}

/** The selection as address (and CSV) parameters; empty filters are left out. */
export function selectionParams(selection: Selection): Record<string, string> {
  const out: Record<string, string> = {};
  if (selection.tierIds.length) out[SELECTION_PARAMS.tierIds] = selection.tierIds.join(',');
  if (selection.regions.length) out[SELECTION_PARAMS.regions] = selection.regions.join(',');
  if (selection.typeIds.length) out[SELECTION_PARAMS.typeIds] = selection.typeIds.join(',');
  if (selection.channelManagerId)
    out[SELECTION_PARAMS.channelManagerId] = selection.channelManagerId;
  if (selection.search.trim()) out[SELECTION_PARAMS.search] = selection.search.trim();
  return out;
}

/** Writes a change of filters into the address parameters (removing the ones now empty). */
export function writeSelection(params: URLSearchParams, patch: Partial<Selection>): void {
  const next = { ...readSelection(params), ...patch };
  const values = selectionParams(next);
  for (const key of Object.values(SELECTION_PARAMS)) {
    if (values[key]) params.set(key, values[key]);
    else params.delete(key);
  }
}

export function isFiltered(selection: Selection): boolean {
  return Object.keys(selectionParams(selection)).length > 0;
}

/** The GraphQL filter; undefined when nothing is filtered (the whole channel in scope). */
export function selectionInput(selection: Selection): PartnerSelectionInput | undefined {
  if (!isFiltered(selection)) return undefined;
  const input: PartnerSelectionInput = {};
  if (selection.tierIds.length) input.tierIds = selection.tierIds;
  if (selection.regions.length) input.regions = selection.regions;
  if (selection.typeIds.length) input.typeIds = selection.typeIds;
  if (selection.channelManagerId) input.channelManagerId = selection.channelManagerId;
  if (selection.search.trim()) input.search = selection.search.trim();
  return input;
}
