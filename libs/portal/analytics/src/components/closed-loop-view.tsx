import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import type { AnalyticsClosedLoopQuery } from '@tandem/portal-data-access';
import { EmptyState, ErrorAlert, TableSkeleton, formatMetricValue } from '@tandem/portal-ui';
import { ClosedLoopGrouping, Metric } from '@tandem/shared-domain';
import { useSearchParams } from 'react-router';
import { AnalyticsClosedLoopDocument } from '../graphql/analytics.graphql';
import { usePeriod } from '../hooks/use-period';
import { useSearchParamsUpdate } from '../hooks/use-search-params-update';
import { useSelection } from '../hooks/use-selection';
import { closedLoopCsvUrl } from '../lib/csv-url';
import { closedLoopRates, closedLoopTotals, type ClosedLoopFigures } from '../lib/funnel';
import { chartNumber, formatShare } from '../lib/metric-values';
import { isFiltered, selectionInput } from '../lib/selection';
import { AnalyticsToolbar } from './analytics-toolbar';
import { RevenueBarChart } from './charts/lazy-charts';
import { CsvButton } from './csv-button';
import { NUMERIC } from './metric-cells';
import { PeriodPicker } from './period-picker';
import { SelectionFilters } from './selection-filters';

type Row = AnalyticsClosedLoopQuery['closedLoop'][number];

const GROUPINGS: { value: ClosedLoopGrouping; label: string; noun: string }[] = [
  { value: ClosedLoopGrouping.SOURCE, label: 'Source', noun: 'Source' },
  { value: ClosedLoopGrouping.CAMPAIGN, label: 'Campaign', noun: 'Campaign' },
  { value: ClosedLoopGrouping.PERSONA, label: 'Persona', noun: 'Persona' },
  { value: ClosedLoopGrouping.KIT, label: 'Kit', noun: 'Content kit' },
];

const parseGrouping = (raw: string | null) =>
  GROUPINGS.find((g) => g.value === raw)?.value ?? ClosedLoopGrouping.SOURCE;

const count = new Intl.NumberFormat('en-US');

/** Which sources, campaigns, personas or kits bring leads that end in revenue. */
export function ClosedLoopView() {
  const period = usePeriod();
  const { selection, setSelection, clearSelection } = useSelection();
  const [params] = useSearchParams();
  const update = useSearchParamsUpdate();
  const groupBy = parseGrouping(params.get('groupBy'));
  const grouping = GROUPINGS.find((g) => g.value === groupBy) ?? GROUPINGS[0];
  const report = useQuery(AnalyticsClosedLoopDocument, {
    variables: { periodCode: period.code ?? '', groupBy, filter: selectionInput(selection) },
    skip: !period.code,
  });
  const rows = (report.data ?? report.previousData)?.closedLoop;
  const filtered = isFiltered(selection);

  return (
    <Stack gap="md">
      <AnalyticsToolbar columns={4}>
        <PeriodPicker period={period} />
        <SelectionFilters selection={selection} onChange={setSelection} />
      </AnalyticsToolbar>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Text component="span" size="sm" fw={500} id="closed-loop-group-by">
            Group by
          </Text>
          <SegmentedControl
            aria-labelledby="closed-loop-group-by"
            data={GROUPINGS.map(({ value, label }) => ({ value, label }))}
            value={groupBy}
            onChange={(value) =>
              update((p) =>
                value === ClosedLoopGrouping.SOURCE ? p.delete('groupBy') : p.set('groupBy', value),
              )
            }
            data-testid="closed-loop-group-by"
          />
        </Stack>
        {period.code && (
          <CsvButton
            href={closedLoopCsvUrl(period.code, groupBy, selection)}
            testId="closed-loop-csv"
          />
        )}
      </Group>
      <Text size="sm" c="dimmed">
        Leads that entered the selection in the period and what they have become since.
        {!filtered && ' Unfiltered, this includes vendor leads that never reached a partner.'}
      </Text>
      {period.error ? (
        <ErrorAlert error={period.error} onRetry={period.refetch} />
      ) : report.error && !rows ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : !rows ? (
        <TableSkeleton rows={6} />
      ) : rows.length === 0 ? (
        <EmptyState
          title="No leads in this period"
          description={
            filtered
              ? 'No lead reached the selected partners in this period. Try other filters or another period.'
              : 'No lead entered the channel in this period yet.'
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
        <Stack gap="md" style={{ opacity: report.loading ? 0.6 : 1 }} aria-busy={report.loading}>
          <ClosedLoopTable
            rows={rows}
            groupLabel={grouping.noun}
            withFunds={grouping.value === ClosedLoopGrouping.CAMPAIGN}
          />
          <Paper withBorder radius="md" p="md">
            <Title order={4} mb="sm">
              Revenue won by {grouping.label.toLowerCase()}
            </Title>
            <RevenueChart rows={rows} />
          </Paper>
        </Stack>
      )}
    </Stack>
  );
}

function RevenueChart({ rows }: { rows: Row[] }) {
  const bars = rows.map((r) => ({ label: r.label, revenue: chartNumber(r.revenueWon) ?? 0 }));
  if (bars.every((b) => b.revenue === 0))
    return (
      <Text size="sm" c="dimmed">
        No revenue won yet from these leads.
      </Text>
    );
  return (
    <div
      role="img"
      aria-label={`Revenue won: ${rows.map((r) => `${r.label} ${formatMetricValue(Metric.REVENUE_WON, r.revenueWon)}`).join(', ')}`}
    >
      <RevenueBarChart rows={bars} />
    </div>
  );
}

function ClosedLoopTable({
  rows,
  groupLabel,
  withFunds,
}: {
  rows: Row[];
  groupLabel: string;
  withFunds: boolean;
}) {
  const totals = closedLoopTotals(rows);
  const fundsCents = rows.reduce((s, r) => s + Math.round(Number(r.funds ?? 0) * 100), 0);
  const totalFunds = withFunds ? (fundsCents / 100).toFixed(2) : null;
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={900}>
        <Table striped verticalSpacing="sm" data-testid="closed-loop-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{groupLabel}</Table.Th>
              <Table.Th style={NUMERIC}>Leads</Table.Th>
              <Table.Th style={NUMERIC}>SQLs</Table.Th>
              <Table.Th style={NUMERIC}>Lead → SQL</Table.Th>
              <Table.Th style={NUMERIC}>Opportunities</Table.Th>
              <Table.Th style={NUMERIC}>SQL → opp.</Table.Th>
              <Table.Th style={NUMERIC}>Deals won</Table.Th>
              <Table.Th style={NUMERIC}>Opp. → won</Table.Th>
              <Table.Th style={NUMERIC}>Revenue won</Table.Th>
              {withFunds && <Table.Th style={NUMERIC}>MDF funds</Table.Th>}
              {withFunds && <Table.Th style={NUMERIC}>Revenue per $1</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <ClosedLoopRow
                key={row.key ?? 'none'}
                label={row.label}
                figures={row}
                testId="closed-loop-row"
                funds={
                  withFunds
                    ? { amount: row.funds ?? null, perUnit: row.revenuePerFund ?? null }
                    : null
                }
              />
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <ClosedLoopRow
              label="Total"
              figures={totals}
              testId="closed-loop-total"
              strong
              funds={
                totalFunds === null
                  ? null
                  : {
                      amount: totalFunds,
                      perUnit:
                        fundsCents > 0
                          ? Math.round((Number(totals.revenueWon) / (fundsCents / 100)) * 100) / 100
                          : null,
                    }
              }
            />
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function ClosedLoopRow({
  label,
  figures,
  testId,
  strong = false,
  funds = null,
}: {
  label: string;
  figures: ClosedLoopFigures;
  testId: string;
  strong?: boolean;
  /** By campaign: the MDF funds behind the row and the revenue per unit of them. */
  funds?: { amount: string | null; perUnit: number | null } | null;
}) {
  const rates = closedLoopRates(figures);
  const Cell = strong ? Table.Th : Table.Td;
  const rate = (value: number | null) => (
    <Cell style={NUMERIC} c="dimmed">
      {formatShare(value)}
    </Cell>
  );
  return (
    <Table.Tr data-testid={testId} data-group={label}>
      <Cell>{label}</Cell>
      <Cell style={NUMERIC}>{count.format(figures.leads)}</Cell>
      <Cell style={NUMERIC}>{count.format(figures.sqls)}</Cell>
      {rate(rates.sqlRate)}
      <Cell style={NUMERIC}>{count.format(figures.opportunities)}</Cell>
      {rate(rates.opportunityRate)}
      <Cell style={NUMERIC}>{count.format(figures.dealsWon)}</Cell>
      {rate(rates.winRate)}
      <Cell style={NUMERIC} fw={600} data-value={figures.revenueWon}>
        {formatMetricValue(Metric.REVENUE_WON, figures.revenueWon)}
      </Cell>
      {funds && (
        <Cell style={NUMERIC} data-value={funds.amount ?? ''}>
          {formatMetricValue(Metric.REVENUE_WON, funds.amount)}
        </Cell>
      )}
      {funds && (
        <Cell style={NUMERIC} c="dimmed">
          {funds.perUnit === null ? '–' : `$${funds.perUnit.toFixed(2)}`}
        </Cell>
      )}
    </Table.Tr>
  );
}
