import { useQuery } from '@apollo/client/react';
import { Button, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { EmptyState, ErrorAlert, TableSkeleton } from '@tandem/portal-ui';
import { AnalyticsFunnelDocument } from '../graphql/analytics.graphql';
import { usePeriod } from '../hooks/use-period';
import { useSelection } from '../hooks/use-selection';
import { funnelCsvUrl } from '../lib/csv-url';
import { stageConversions, type StageConversion } from '../lib/funnel';
import { formatShare } from '../lib/metric-values';
import { isFiltered, selectionInput } from '../lib/selection';
import { AnalyticsToolbar } from './analytics-toolbar';
import { FunnelStagesChart } from './charts/lazy-charts';
import { CsvButton } from './csv-button';
import { NUMERIC } from './metric-cells';
import { MetricValuesTable } from './metric-values-table';
import { PeriodPicker } from './period-picker';
import { SelectionFilters } from './selection-filters';

const count = new Intl.NumberFormat('en-US');

/** The channel's funnel over a selection of partners: stages, conversions and every metric. */
export function FunnelView() {
  const period = usePeriod();
  const { selection, setSelection, clearSelection } = useSelection();
  const funnel = useQuery(AnalyticsFunnelDocument, {
    variables: { periodCode: period.code ?? '', filter: selectionInput(selection) },
    skip: !period.code,
  });
  const data = (funnel.data ?? funnel.previousData)?.channelFunnel;
  const stages = data ? stageConversions(data.stages) : [];
  const filtered = isFiltered(selection);

  return (
    <Stack gap="md">
      <AnalyticsToolbar columns={4}>
        <PeriodPicker period={period} />
        <SelectionFilters selection={selection} onChange={setSelection} />
      </AnalyticsToolbar>
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" data-testid="funnel-summary">
          {data
            ? `${data.partners} ${data.partners === 1 ? 'partner' : 'partners'} in the selection · ${data.period.label}`
            : ' '}
        </Text>
        {period.code && (
          <CsvButton href={funnelCsvUrl(period.code, selection)} testId="funnel-csv" />
        )}
      </Group>
      {period.error ? (
        <ErrorAlert error={period.error} onRetry={period.refetch} />
      ) : funnel.error && !data ? (
        <ErrorAlert error={funnel.error} onRetry={() => void funnel.refetch()} />
      ) : !data ? (
        <TableSkeleton rows={8} />
      ) : data.partners === 0 ? (
        <EmptyState
          title="No partner matches"
          description="Try other filters, or clear them to see the whole channel."
          action={
            filtered && (
              <Button variant="default" onClick={clearSelection}>
                Clear filters
              </Button>
            )
          }
        />
      ) : (
        <Stack gap="md" style={{ opacity: funnel.loading ? 0.6 : 1 }} aria-busy={funnel.loading}>
          <Paper withBorder radius="md" p="md">
            <Title order={4} mb="sm">
              Stages
            </Title>
            <Grid gap="lg" align="center">
              <Grid.Col span={{ base: 12, md: 5 }}>
                {stages.every((s) => s.count === 0) ? (
                  <Text size="sm" c="dimmed">
                    Nothing moved through the funnel in this period yet.
                  </Text>
                ) : (
                  <Group
                    justify="center"
                    role="img"
                    aria-label={`Funnel: ${stages.map((s) => `${s.label} ${s.count}`).join(', ')}`}
                  >
                    <FunnelStagesChart stages={stages} />
                  </Group>
                )}
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 7 }}>
                <StageTable stages={stages} />
              </Grid.Col>
            </Grid>
            <Text size="xs" c="dimmed" mt="sm">
              Each stage counts what happened in the period, so a stage can outnumber the one before
              it (leads accepted now that qualified earlier).
            </Text>
          </Paper>
          <div>
            <Title order={4} mb="sm">
              Every metric for the selection
            </Title>
            <MetricValuesTable values={data.values} />
          </div>
        </Stack>
      )}
    </Stack>
  );
}

function StageTable({ stages }: { stages: StageConversion[] }) {
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing="xs" data-testid="funnel-stages">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Stage</Table.Th>
            <Table.Th style={NUMERIC}>Count</Table.Th>
            <Table.Th style={NUMERIC}>From previous</Table.Th>
            <Table.Th style={NUMERIC}>From leads</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stages.map((s) => (
            <Table.Tr key={s.metric} data-testid="funnel-stage" data-metric={s.metric}>
              <Table.Td>{s.label}</Table.Td>
              <Table.Td style={NUMERIC} fw={600}>
                {count.format(s.count)}
              </Table.Td>
              <Table.Td style={NUMERIC}>{formatShare(s.fromPrevious)}</Table.Td>
              <Table.Td style={NUMERIC}>{formatShare(s.fromFirst)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
