import { useQuery } from '@apollo/client/react';
import { MultiSelect, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useDebouncedSearch } from '@tandem/portal-ui';
import { REGION_LABELS, REGIONS } from '@tandem/shared-domain';
import {
  AnalyticsChannelManagersDocument,
  AnalyticsFilterOptionsDocument,
} from '../graphql/analytics.graphql';
import { useAnalyticsAccess } from '../hooks/use-analytics-access';
import type { Selection } from '../lib/selection';

const REGION_OPTIONS = REGIONS.map((r) => ({ value: r, label: `${REGION_LABELS[r]} (${r})` }));

/** Which partners a channel view covers: tier, region, type, channel manager and name. */
export function SelectionFilters({
  selection,
  onChange,
}: {
  selection: Selection;
  onChange: (patch: Partial<Selection>) => void;
}) {
  const access = useAnalyticsAccess();
  const options = useQuery(AnalyticsFilterOptionsDocument);
  const managers = useQuery(AnalyticsChannelManagersDocument, { skip: !access.filterByManager });
  const [search, setSearch] = useDebouncedSearch(selection.search, (value) =>
    onChange({ search: value }),
  );
  const tiers = [...(options.data?.tiers ?? [])]
    .sort((a, b) => b.rank - a.rank)
    .map((t) => ({ value: t.id, label: t.name }));
  const types = (options.data?.partnerTypes ?? []).map((t) => ({
    value: t.id,
    label: t.active ? t.name : `${t.name} (retired)`,
  }));
  const managerOptions = (managers.data?.channelManagers ?? []).map((m) => ({
    value: m.id,
    label: m.name,
  }));
  return (
    <>
      <TextInput
        label="Partner name"
        placeholder="Search partners"
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      <MultiSelect
        label="Tier"
        placeholder={selection.tierIds.length ? undefined : 'Any tier'}
        data={tiers}
        value={selection.tierIds}
        onChange={(tierIds) => onChange({ tierIds })}
        clearable
      />
      <MultiSelect
        label="Region"
        placeholder={selection.regions.length ? undefined : 'Any region'}
        data={REGION_OPTIONS}
        value={selection.regions}
        onChange={(regions) => onChange({ regions })}
        clearable
      />
      <MultiSelect
        label="Partner type"
        placeholder={selection.typeIds.length ? undefined : 'Any type'}
        data={types}
        value={selection.typeIds}
        onChange={(typeIds) => onChange({ typeIds })}
        clearable
      />
      {access.filterByManager && (
        <Select
          label="Channel manager"
          placeholder="Any channel manager"
          data={managerOptions}
          value={selection.channelManagerId}
          onChange={(channelManagerId) => onChange({ channelManagerId })}
          searchable
          clearable
        />
      )}
    </>
  );
}
