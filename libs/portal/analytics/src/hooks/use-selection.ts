import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readSelection, writeSelection, type Selection } from '../lib/selection';
import { useSearchParamsUpdate } from './use-search-params-update';

/** The channel views' partner filters, kept in the address so a link shares the same view. */
export function useSelection() {
  const [params] = useSearchParams();
  const update = useSearchParamsUpdate();
  const raw = params.toString();
  const selection = useMemo(() => readSelection(new URLSearchParams(raw)), [raw]);
  return {
    selection,
    setSelection: (patch: Partial<Selection>) => update((p) => writeSelection(p, patch)),
    clearSelection: () =>
      update((p) =>
        writeSelection(p, {
          tierIds: [],
          regions: [],
          typeIds: [],
          channelManagerId: null,
          search: '',
        }),
      ),
  };
}
