import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { MdfPartnerOptionsDocument } from '../graphql/mdf.graphql';

/**
 * Searchable partner choice for vendor staff. The first hundred partners load by name; typing
 * something else asks the API, so larger programs still find every partner.
 */
export function PartnerSelect({
  value,
  onChange,
  label = 'Partner',
  error,
  testId,
}: {
  value: string | null;
  onChange: (partnerId: string | null) => void;
  label?: string;
  error?: string;
  testId?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const first = useQuery(MdfPartnerOptionsDocument, { variables: { search: null } });
  const firstItems = first.data?.partners.items;
  const selectedName = firstItems?.find((p) => p.id === value)?.name;
  // The box shows the chosen partner's name; that is not a search.
  const searching = debounced !== '' && debounced !== selectedName;
  const found = useQuery(MdfPartnerOptionsDocument, {
    variables: { search: debounced },
    skip: !searching,
  });
  const foundItems = found.data?.partners.items;
  const options = useMemo(() => {
    const byId = new Map<string, { value: string; label: string }>();
    for (const p of [...(firstItems ?? []), ...(searching ? (foundItems ?? []) : [])])
      byId.set(p.id, { value: p.id, label: p.name });
    return [...byId.values()];
  }, [firstItems, foundItems, searching]);

  return (
    <Select
      label={label}
      placeholder={first.loading && !first.data ? 'Loading partners…' : 'Search partners'}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={found.loading ? 'Searching…' : 'No partner matches'}
      error={error ?? (first.error && !first.data ? 'Could not load the partners.' : undefined)}
      required
      data-testid={testId}
    />
  );
}
