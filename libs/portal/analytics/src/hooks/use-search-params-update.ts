import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Changes some address parameters and keeps the rest. Any change of what is shown sends a paged
 * list back to its first page, unless the change is the page itself.
 */
export function useSearchParamsUpdate() {
  const [, setSearchParams] = useSearchParams();
  return useCallback(
    (mutate: (next: URLSearchParams) => void, { keepOffset = false } = {}) =>
      setSearchParams((previous) => {
        const next = new URLSearchParams(previous);
        if (!keepOffset) next.delete('offset');
        mutate(next);
        return next;
      }),
    [setSearchParams],
  );
}
