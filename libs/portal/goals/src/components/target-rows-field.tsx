import { ActionIcon, Button, Grid, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { GOAL_SIDE_LABELS, GoalSide, METRICS, type Metric } from '@tandem/shared-domain';
import { metricOptions } from '../lib/goal-form';
import { SIDE_ORDER, SIDE_SHORT_LABELS } from '../lib/goal-display';
import { emptyTargetRow, type TargetRowValues } from '../lib/target-rows';
import { targetAffix, targetExample } from '../lib/targets';

export const SIDE_OPTIONS = SIDE_ORDER.map((side) => ({
  value: side,
  label: GOAL_SIDE_LABELS[side],
}));

/** Short owner names where rows are narrow. */
const SIDE_SHORT_OPTIONS = SIDE_ORDER.map((side) => ({
  value: side,
  label: SIDE_SHORT_LABELS[side],
}));

/**
 * Rows of metric + target + owner inside a form (key results of an objective, goals of a tier
 * template). Each metric appears once; the owner follows the metric's usual side until changed.
 */
export function TargetRowsField<V>({
  form,
  path,
  rows,
  max,
  noun,
  blockedMetrics = [],
  metricNote,
}: {
  form: UseFormReturnType<V>;
  path: string;
  rows: readonly TargetRowValues[];
  max: number;
  /** "key result" or "goal", for labels. */
  noun: string;
  /** Metrics that cannot be chosen here (e.g. key results of another objective). */
  blockedMetrics?: readonly Metric[];
  /** A remark under a chosen metric (e.g. that it takes over an existing goal). */
  metricNote?: (metric: Metric) => string | null;
}) {
  const listError = (form.errors as Record<string, unknown>)[path];
  return (
    <Stack gap="xs">
      <Grid gap="xs" visibleFrom="sm" aria-hidden>
        <Grid.Col span={5}>
          <Text size="sm" fw={500}>
            Metric
          </Text>
        </Grid.Col>
        <Grid.Col span={3}>
          <Text size="sm" fw={500}>
            Target
          </Text>
        </Grid.Col>
        <Grid.Col span={3}>
          <Text size="sm" fw={500}>
            Owner
          </Text>
        </Grid.Col>
      </Grid>
      {rows.map((row, i) => {
        const others = rows.filter((_, j) => j !== i).map((r) => r.metric);
        const taken = [...blockedMetrics, ...others].filter((m): m is Metric => m !== null);
        const affix = targetAffix(row.metric);
        const note = row.metric && metricNote ? metricNote(row.metric) : null;
        const metricProps = form.getInputProps(`${path}.${i}.metric`);
        return (
          <Grid key={row.key} gap="xs" align="flex-start" data-testid="target-row">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <Select
                aria-label={`Metric, ${noun} ${i + 1}`}
                placeholder="Choose a metric"
                data={metricOptions(taken, row.metric)}
                searchable
                allowDeselect={false}
                {...metricProps}
                onChange={(value) => {
                  const metric = value as Metric | null;
                  form.setFieldValue(`${path}.${i}.metric` as never, metric as never);
                  if (metric)
                    form.setFieldValue(
                      `${path}.${i}.side` as never,
                      METRICS[metric].defaultSide as never,
                    );
                }}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 7, sm: 3 }}>
              <TextInput
                aria-label={`Target, ${noun} ${i + 1}`}
                placeholder={targetExample(row.metric)}
                inputMode="decimal"
                leftSection={affix.left}
                rightSection={affix.right}
                rightSectionWidth={affix.right && affix.right.length > 1 ? 44 : undefined}
                {...form.getInputProps(`${path}.${i}.target`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 4, sm: 3 }}>
              <Select
                aria-label={`Owner, ${noun} ${i + 1}`}
                data={SIDE_SHORT_OPTIONS}
                allowDeselect={false}
                {...form.getInputProps(`${path}.${i}.side`)}
              />
            </Grid.Col>
            <Grid.Col span={1}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={`Remove ${noun} ${i + 1}`}
                disabled={rows.length <= 1}
                onClick={() => form.removeListItem(path as never, i)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Grid.Col>
            {note && (
              <Grid.Col span={12} pt={0}>
                <Text size="xs" c="dimmed">
                  {note}
                </Text>
              </Grid.Col>
            )}
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
          disabled={rows.length >= max}
          onClick={() =>
            form.insertListItem(path as never, emptyTargetRow(GoalSide.JOINT) as never)
          }
        >
          Add {noun}
        </Button>
        {rows.length >= max && (
          <Text size="xs" c="dimmed">
            At most {max} {noun}s.
          </Text>
        )}
      </Group>
    </Stack>
  );
}
