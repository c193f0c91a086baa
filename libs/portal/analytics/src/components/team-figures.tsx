import { useQuery } from '@apollo/client/react';
import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorAlert, TableSkeleton, formatMetricValue } from '@tandem/portal-ui';
import { Metric, METRICS } from '@tandem/shared-domain';
import { AnalyticsTeamDocument } from '../graphql/analytics.graphql';
import { useAnalyticsAccess } from '../hooks/use-analytics-access';
import { teamTitle } from '../lib/analytics-access';
import { teamCsvUrl } from '../lib/csv-url';
import { valuesByMetric } from '../lib/metric-values';
import { CsvButton } from './csv-button';
import { NUMERIC } from './metric-cells';

/** What a rep's row shows; the CSV has every metric. */
const TEAM_COLUMNS: readonly Metric[] = [
  Metric.LEADS_RECEIVED,
  Metric.SQLS,
  Metric.OPPORTUNITIES,
  Metric.DEALS_REGISTERED,
  Metric.DEALS_WON,
  Metric.WIN_RATE,
  Metric.REVENUE_WON,
  Metric.SLA_COMPLIANCE,
  Metric.AVERAGE_HOURS_TO_ACCEPT,
];

/** Per-rep figures of the partner (a sales rep gets only their own row from the API). */
export function TeamFigures({
  periodCode,
  partnerId,
}: {
  periodCode: string;
  partnerId: string | null;
}) {
  const access = useAnalyticsAccess();
  // Its own request: see the note on AnalyticsTeamDocument.
  const team = useQuery(AnalyticsTeamDocument, { variables: { periodCode, partnerId } });
  const reps = (team.data ?? team.previousData)?.teamScorecard;
  return (
    <Paper withBorder radius="md" p="md" data-testid="team-figures">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={4}>{teamTitle(access.role)}</Title>
            <Text size="sm" c="dimmed">
              {access.isRep
                ? 'The leads and deals in your own hands this period.'
                : 'Each sales rep’s leads and deals this period.'}
            </Text>
          </div>
          <CsvButton
            href={teamCsvUrl(periodCode, partnerId)}
            label={access.isRep ? 'Your figures CSV' : 'Team CSV'}
            testId="team-csv"
          />
        </Group>
        {team.error && !reps ? (
          <ErrorAlert error={team.error} onRetry={() => void team.refetch()} />
        ) : !reps ? (
          <TableSkeleton rows={2} />
        ) : reps.length === 0 ? (
          <Text size="sm" c="dimmed">
            This partner has no sales reps yet.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs" style={{ opacity: team.loading ? 0.6 : 1 }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Rep</Table.Th>
                  {TEAM_COLUMNS.map((m) => (
                    <Table.Th key={m} style={NUMERIC}>
                      {METRICS[m].label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reps.map((rep) => {
                  const values = valuesByMetric(rep.values);
                  return (
                    <Table.Tr key={rep.userId} data-testid="team-row" data-user={rep.name}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {rep.name}
                        </Text>
                      </Table.Td>
                      {TEAM_COLUMNS.map((m) => (
                        <Table.Td key={m} style={NUMERIC} data-metric={m}>
                          {formatMetricValue(m, values[m])}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
