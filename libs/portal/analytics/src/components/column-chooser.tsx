import { Button, Checkbox, Group, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { METRIC_LIST, METRICS, type Metric } from '@tandem/shared-domain';
import { groupByMetric } from '../lib/metric-groups';
import { DEFAULT_COLUMNS } from '../lib/leaderboard';

/** Which metric columns the leaderboard shows, chosen per group. */
export function ColumnChooser({
  columns,
  onChange,
}: {
  columns: readonly Metric[];
  onChange: (columns: Metric[]) => void;
}) {
  const groups = groupByMetric(METRIC_LIST.map((metric) => ({ metric })));
  return (
    <Popover position="bottom-end" shadow="md" width={300} trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          Columns ({columns.length})
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <ScrollArea.Autosize mah={420} type="auto">
          <Checkbox.Group
            label="Metrics to show"
            value={[...columns]}
            onChange={(next) => next.length > 0 && onChange(next as Metric[])}
          >
            <Stack gap="sm" mt="xs">
              {groups.map(({ group, items }) => (
                <Stack key={group.key} gap={6}>
                  <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                    {group.label}
                  </Text>
                  {items.map(({ metric }) => (
                    <Checkbox
                      key={metric}
                      value={metric}
                      label={METRICS[metric].label}
                      disabled={columns.length === 1 && columns[0] === metric}
                    />
                  ))}
                </Stack>
              ))}
            </Stack>
          </Checkbox.Group>
        </ScrollArea.Autosize>
        <Group justify="flex-end" mt="sm">
          <Button size="xs" variant="subtle" onClick={() => onChange([...DEFAULT_COLUMNS])}>
            Reset to default
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
