import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';

/**
 * A search box value that reports changes after the user pauses typing, while staying in sync
 * with an outside value (e.g. the URL) when that changes.
 */
export function useDebouncedSearch(
  external: string,
  onCommit: (value: string) => void,
  delay = 300,
): [string, (value: string) => void] {
  const [value, setValue] = useState(external);
  const [debounced] = useDebouncedValue(value, delay);
  const [lastExternal, setLastExternal] = useState(external);
  if (external !== lastExternal) {
    setLastExternal(external);
    setValue(external);
  }
  useEffect(() => {
    if (debounced !== external) onCommit(debounced);
    // Only react to what the user typed, not to onCommit identity or URL changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  return [value, setValue];
}
