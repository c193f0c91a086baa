import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import {
  AnalyticsPartnerDocument,
  AnalyticsPartnerOptionsDocument,
} from '../graphql/analytics.graphql';

/**
 * Picks the partner whose scorecard to show, searching the directory on the server (a channel
 * manager only ever finds their own partners there).
 */
export function PartnerPicker({
  partnerId,
  onChange,
}: {
  partnerId: string | null;
  onChange: (partnerId: string | null) => void;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const selected = useQuery(AnalyticsPartnerDocument, {
    variables: { id: partnerId ?? '' },
    skip: !partnerId,
  });
  const selectedName = partnerId ? selected.data?.partner.name : undefined;
  // Once a partner is chosen the box shows its name; that is not a search for it.
  const term = debounced.trim() && debounced !== selectedName ? debounced.trim() : null;
  const options = useQuery(AnalyticsPartnerOptionsDocument, { variables: { search: term } });
  const items = (options.data ?? options.previousData)?.partners.items ?? [];
  const data = items.map((p) => ({ value: p.id, label: p.name }));
  if (partnerId && selectedName && !data.some((d) => d.value === partnerId))
    data.unshift({ value: partnerId, label: selectedName });
  return (
    <Select
      label="Partner"
      placeholder="Search partners"
      data={data}
      value={partnerId}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={options.loading ? 'Searching…' : 'No partner matches'}
      data-testid="partner-picker"
      maxDropdownHeight={320}
    />
  );
}
