import { SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { PeriodKind } from '@tandem/shared-domain';
import { PERIOD_KIND_OPTIONS, periodSelectData } from '../lib/periods';
import type { PeriodState } from '../hooks/use-period';

/** Period length (month, quarter, year) and the period itself. */
export function PeriodPicker({ period }: { period: PeriodState }) {
  return (
    <>
      <Stack gap={4}>
        <Text component="span" size="sm" fw={500} id="analytics-period-kind">
          Period length
        </Text>
        <SegmentedControl
          aria-labelledby="analytics-period-kind"
          data={PERIOD_KIND_OPTIONS}
          value={period.kind}
          onChange={(kind) => period.setKind(kind as PeriodKind)}
          fullWidth
        />
      </Stack>
      <Select
        label="Period"
        data={periodSelectData(period.periods, period.now, period.code)}
        value={period.code}
        onChange={(code) => code && period.setCode(code)}
        placeholder={period.periods.length ? 'Choose a period' : 'Loading periods…'}
        allowDeselect={false}
        data-testid="period-select"
        maxDropdownHeight={320}
      />
    </>
  );
}
