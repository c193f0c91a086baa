import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { AnalyticsLeaderboardQuery } from '@tandem/portal-data-access';
import {
  EmptyState,
  ErrorAlert,
  PaginationBar,
  TableSkeleton,
  formatMetricValue,
} from '@tandem/portal-ui';
import { METRICS, type Metric } from '@tandem/shared-domain';
import { Link, useSearchParams } from 'react-router';
import { AnalyticsLeaderboardDocument } from '../graphql/analytics.graphql';
import { usePeriod } from '../hooks/use-period';
import { useSearchParamsUpdate } from '../hooks/use-search-params-update';
import { useSelection } from '../hooks/use-selection';
import { leaderboardCsvUrl } from '../lib/csv-url';
import {
  nextSort,
  parseColumns,
  parseSort,
  serializeColumns,
  type LeaderboardSort,
} from '../lib/leaderboard';
import { valuesByMetric } from '../lib/metric-values';
import { isFiltered, selectionInput } from '../lib/selection';
import { AnalyticsToolbar } from './analytics-toolbar';
import { ColumnChooser } from './column-chooser';
import { CsvButton } from './csv-button';
import { NUMERIC } from './metric-cells';
import { PeriodPicker } from './period-picker';
import { SelectionFilters } from './selection-filters';

const PAGE_SIZE = 25;

type Row = AnalyticsLeaderboardQuery['partnerLeaderboard']['items'][number];

/** Partners side by side on any metric, each linking to its scorecard. */
export function LeaderboardView() {
  const period = usePeriod();
  const { selection, setSelection, clearSelection } = useSelection();
  const [params] = useSearchParams();
  const update = useSearchParamsUpdate();
  const order = parseSort(params.get('sort'), params.get('descending'));
  const columns = parseColumns(params.get('cols'));
  const offsetParam = Number(params.get('offset') ?? 0);
  const offset = Number.isInteger(offsetParam) && offsetParam > 0 ? offsetParam : 0;
  const board = useQuery(AnalyticsLeaderboardDocument, {
    variables: {
      periodCode: period.code ?? '',
      filter: selectionInput(selection),
      sort: order.sort,
      descending: order.descending,
      page: { offset, limit: PAGE_SIZE },
    },
    skip: !period.code,
  });
  const data = (board.data ?? board.previousData)?.partnerLeaderboard;
  const filtered = isFiltered(selection);

  const sortBy = (metric: Metric) => {
    const next = nextSort(order, metric);
    update((p) => {
      p.set('sort', next.sort);
      p.set('descending', String(next.descending));
    });
  };

  return (
    <Stack gap="md">
      <AnalyticsToolbar columns={4}>
        <PeriodPicker period={period} />
        <SelectionFilters selection={selection} onChange={setSelection} />
      </AnalyticsToolbar>
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" data-testid="leaderboard-summary">
          {data
            ? `${data.total} ${data.total === 1 ? 'partner' : 'partners'} · ${data.period.label} · by ${METRICS[order.sort].label.toLowerCase()}, ${order.descending ? 'highest' : 'lowest'} first`
            : ' '}
        </Text>
        <Group gap="xs">
          <ColumnChooser
            columns={columns}
            onChange={(next) =>
              update(
                (p) => {
                  const cols = serializeColumns(next);
                  if (cols) p.set('cols', cols);
                  else p.delete('cols');
                },
                { keepOffset: true },
              )
            }
          />
          {period.code && (
            <CsvButton
              href={leaderboardCsvUrl(period.code, selection, order.sort, order.descending)}
              testId="leaderboard-csv"
            />
          )}
        </Group>
      </Group>
      {period.error ? (
        <ErrorAlert error={period.error} onRetry={period.refetch} />
      ) : board.error && !data ? (
        <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />
      ) : !data ? (
        <TableSkeleton rows={8} />
      ) : data.items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No partner matches' : 'No partners yet'}
          description={
            filtered
              ? 'Try other filters, or clear them to see the whole channel.'
              : 'Partners appear here once they are added to the program.'
          }
          action={
            filtered && (
              <Button variant="default" onClick={clearSelection}>
                Clear filters
              </Button>
            )
          }
        />
      ) : (
        <>
          <LeaderboardTable
            rows={data.items}
            columns={columns}
            order={order}
            periodCode={data.period.code}
            onSort={sortBy}
            dimmed={board.loading}
          />
          <PaginationBar
            offset={offset}
            limit={PAGE_SIZE}
            totalCount={data.total}
            onOffsetChange={(next) =>
              update((p) => (next ? p.set('offset', String(next)) : p.delete('offset')), {
                keepOffset: true,
              })
            }
          />
        </>
      )}
    </Stack>
  );
}

function LeaderboardTable({
  rows,
  columns,
  order,
  periodCode,
  onSort,
  dimmed,
}: {
  rows: Row[];
  columns: readonly Metric[];
  order: LeaderboardSort;
  periodCode: string;
  onSort: (metric: Metric) => void;
  dimmed: boolean;
}) {
  return (
    <Paper withBorder radius="md" style={{ opacity: dimmed ? 0.6 : 1 }} aria-busy={dimmed}>
      <Table.ScrollContainer minWidth={240 + columns.length * 100}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="leaderboard-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={NUMERIC} w={48}>
                #
              </Table.Th>
              <Table.Th miw={180}>Partner</Table.Th>
              {columns.map((metric) => (
                <SortableHeader key={metric} metric={metric} order={order} onSort={onSort} />
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const values = valuesByMetric(row.values);
              const scorecard = `/analytics/scorecard?${new URLSearchParams({
                partnerId: row.partnerId,
                period: periodCode,
              })}`;
              return (
                <Table.Tr
                  key={row.partnerId}
                  data-testid="leaderboard-row"
                  data-partner={row.partner.name}
                >
                  <Table.Td style={NUMERIC}>{row.rank}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={scorecard} fw={500} size="sm">
                      {row.partner.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {row.partner.tier.name} · {row.partner.region}
                    </Text>
                  </Table.Td>
                  {columns.map((metric) => (
                    <Table.Td
                      key={metric}
                      style={NUMERIC}
                      data-metric={metric}
                      data-value={values[metric] ?? ''}
                      fw={metric === order.sort ? 600 : undefined}
                    >
                      {formatMetricValue(metric, values[metric])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function SortableHeader({
  metric,
  order,
  onSort,
}: {
  metric: Metric;
  order: LeaderboardSort;
  onSort: (metric: Metric) => void;
}) {
  const active = order.sort === metric;
  const Icon = !active ? IconArrowsSort : order.descending ? IconArrowDown : IconArrowUp;
  const info = METRICS[metric];
  return (
    <Table.Th
      style={NUMERIC}
      aria-sort={active ? (order.descending ? 'descending' : 'ascending') : undefined}
    >
      <UnstyledButton
        onClick={() => onSort(metric)}
        data-testid={`leaderboard-sort-${metric}`}
        title={info.description}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 600 }}
      >
        <Text component="span" size="sm" fw={600} style={{ whiteSpace: 'normal' }}>
          {info.label}
        </Text>
        <Icon size={14} aria-hidden style={{ flexShrink: 0, opacity: active ? 1 : 0.4 }} />
      </UnstyledButton>
    </Table.Th>
  );
}
