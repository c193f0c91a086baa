import { Box, Group, Progress, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { barSections, figureLines, type BudgetFigures, type FiguresScope } from '../lib/figures';
import { formatMoney } from '../lib/money';

/** The money as one stacked bar: paid, claimed, reserved, remaining (and, vendor-wide, unallocated). */
export function FiguresBar({
  figures,
  scope,
  label,
}: {
  figures: BudgetFigures;
  scope: FiguresScope;
  label: string;
}) {
  const sections = barSections(figures, scope);
  const summary = sections.map((s) => `${s.label} ${formatMoney(s.amount)}`).join(', ');
  return (
    <Progress.Root
      size={18}
      radius="xl"
      role="img"
      aria-label={`${label}: ${summary || 'nothing allocated'}`}
    >
      {sections.map((s) => (
        <Tooltip key={s.key} label={`${s.label}: ${formatMoney(s.amount)}`} withArrow>
          <Progress.Section value={s.value} color={s.color} data-part={s.key} aria-hidden />
        </Tooltip>
      ))}
    </Progress.Root>
  );
}

/** The figures beside the bar, each part with the bar's colour so the two read together. */
export function FigureNumbers({ figures, scope }: { figures: BudgetFigures; scope: FiguresScope }) {
  const lines = figureLines(figures, scope);
  return (
    <SimpleGrid cols={{ base: 2, xs: 3, md: lines.length > 6 ? 7 : 5 }} spacing="xs">
      {lines.map((line) => (
        <Stack key={line.key} gap={0} data-figure={line.key}>
          <Group gap={6} wrap="nowrap">
            {line.color && (
              <Box
                aria-hidden
                w={10}
                h={10}
                style={{ borderRadius: 3, flexShrink: 0 }}
                bg={line.color}
              />
            )}
            <Text size="xs" c="dimmed" truncate>
              {line.label}
            </Text>
          </Group>
          <Text
            fw={line.key === 'remaining' || line.key === 'total' ? 700 : 500}
            data-testid={line.key === 'remaining' ? 'budget-remaining' : undefined}
            data-amount={line.amount}
          >
            {formatMoney(line.amount)}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
