import { ActionIcon, Button, Grid, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { METRICS, type Metric } from '@tandem/shared-domain';
import { MAX_MEASURES, measureOptions, measureRow, type PlanFormValues } from '../lib/plan-form';

/**
 * The goal metrics a plan pays on, each with a weight; attainment is their weighted average of
 * each partner's progress against its own goal.
 */
export function MeasureRowsField({ form }: { form: UseFormReturnType<PlanFormValues> }) {
  const rows = form.values.measures;
  const listError = form.errors.measures;
  const totalWeight = rows.reduce((s, r) => s + (Number(r.weight) > 0 ? Number(r.weight) : 0), 0);
  return (
    <Stack gap="xs">
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          Pays on these goals
        </Text>
        <Text size="xs" c="dimmed">
          Each partner’s progress against its own goal for the period; a metric without a goal
          counts as 0. Attainment is the weighted average.
        </Text>
      </Stack>
      {rows.map((row, i) => {
        const others = rows.filter((_, j) => j !== i).map((r) => r.metric);
        const weight = Number(row.weight);
        const share =
          totalWeight > 0 && weight > 0 ? `${Math.round((weight / totalWeight) * 100)}%` : '–';
        return (
          <Grid key={row.key} gap="xs" align="flex-start" data-testid="measure-row">
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <Select
                aria-label={`Metric ${i + 1}`}
                placeholder="Choose a goal metric"
                data={measureOptions(others, row.metric)}
                searchable
                allowDeselect={false}
                description={row.metric ? METRICS[row.metric as Metric].description : undefined}
                {...form.getInputProps(`measures.${i}.metric`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 8, sm: 3 }}>
              <NumberInput
                aria-label={`Weight of metric ${i + 1}`}
                min={0}
                max={100}
                step={1}
                decimalScale={2}
                rightSection={
                  <Text size="xs" c="dimmed" pr={4}>
                    {share}
                  </Text>
                }
                rightSectionWidth={48}
                {...form.getInputProps(`measures.${i}.weight`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 4, sm: 2 }}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={`Remove metric ${i + 1}`}
                disabled={rows.length <= 1}
                onClick={() => form.removeListItem('measures', i)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Grid.Col>
          </Grid>
        );
      })}
      {typeof listError === 'string' && (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      )}
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={rows.length >= MAX_MEASURES}
          onClick={() => form.insertListItem('measures', measureRow())}
          data-testid="add-measure"
        >
          Add metric
        </Button>
        <Text size="xs" c="dimmed">
          Weight: how much each counts (the share of attainment is on the right).
        </Text>
      </Group>
    </Stack>
  );
}
