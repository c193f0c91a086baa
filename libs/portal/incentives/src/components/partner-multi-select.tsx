import { useQuery } from '@apollo/client/react';
import { MultiSelect, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { IncentivePartnerOptionsDocument } from '../graphql/incentives.graphql';

/**
 * Searchable choice of several partners. The first hundred load by name; typing asks the API too
 * (it also matches legal names and websites), so larger programs still find every partner.
 */
export function PartnerMultiSelect({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (partnerIds: string[]) => void;
  error?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  // Names of chosen partners, kept when a later search no longer lists them.
  const [chosenNames, setChosenNames] = useState<Record<string, string>>({});
  const first = useQuery(IncentivePartnerOptionsDocument, { variables: { search: null } });
  const found = useQuery(IncentivePartnerOptionsDocument, {
    variables: { search: debounced },
    skip: debounced === '',
  });
  const firstItems = first.data?.partners.items;
  const foundItems = debounced ? found.data?.partners.items : undefined;

  const { options, foundIds } = useMemo(() => {
    const byId = new Map<string, ComboboxItem>();
    for (const p of [...(firstItems ?? []), ...(foundItems ?? [])])
      byId.set(p.id, { value: p.id, label: p.tier ? `${p.name} · ${p.tier.name}` : p.name });
    for (const id of value)
      if (!byId.has(id)) byId.set(id, { value: id, label: chosenNames[id] ?? 'Partner' });
    return {
      options: [...byId.values()],
      foundIds: new Set((foundItems ?? []).map((p) => p.id)),
    };
  }, [firstItems, foundItems, value, chosenNames]);

  // The API's matches stay listed even when the label does not contain the search (a website).
  const filter: OptionsFilter = ({ options: all, search: text }) => {
    const needle = text.trim().toLowerCase();
    if (!needle) return all;
    return all.filter((o) => {
      const item = o as ComboboxItem;
      return foundIds.has(item.value) || item.label.toLowerCase().includes(needle);
    });
  };

  return (
    <MultiSelect
      label="Partners"
      description="The plan pays these partners only."
      placeholder={first.loading && !first.data ? 'Loading partners…' : 'Search partners'}
      data={options}
      value={value}
      onChange={(ids) => {
        const names = { ...chosenNames };
        for (const id of ids) {
          const option = options.find((o) => o.value === id);
          if (option) names[id] = option.label;
        }
        setChosenNames(names);
        onChange(ids);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={filter}
      nothingFoundMessage={found.loading ? 'Searching…' : 'No partner matches'}
      error={error ?? (first.error && !first.data ? 'Could not load the partners.' : undefined)}
      required
      data-testid="plan-partners"
    />
  );
}
