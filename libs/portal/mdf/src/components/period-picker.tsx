import { SegmentedControl, Select, Stack, Text } from '@mantine/core';
import type { PeriodKind } from '@tandem/shared-domain';
import { useId } from 'react';
import type { PeriodSelection } from '../hooks/use-period-selection';
import { PERIOD_KIND_OPTIONS } from '../lib/periods';

/** Quarter / month / year, then the period itself (the running one unless chosen). */
export function PeriodPicker({ selection }: { selection: PeriodSelection }) {
  const kindLabel = useId();
  return (
    <>
      <Stack gap={4}>
        <Text size="sm" fw={500} id={kindLabel}>
          Period type
        </Text>
        <SegmentedControl
          aria-labelledby={kindLabel}
          data={PERIOD_KIND_OPTIONS}
          value={selection.kind}
          onChange={(value) => selection.setKind(value as PeriodKind)}
          data-testid="period-kind"
        />
      </Stack>
      <Select
        label="Period"
        data={selection.options}
        value={selection.periodCode}
        onChange={(code) => code && selection.setPeriod(code)}
        allowDeselect={false}
        placeholder={selection.loading ? 'Loading periods…' : 'Choose a period'}
        error={selection.error ? 'Could not load the periods.' : undefined}
        data-testid="period-select"
      />
    </>
  );
}
