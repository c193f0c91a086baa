import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { AnalyticsScorecardQuery } from '@tandem/portal-data-access';
import { NUMERIC } from './metric-cells';

type Reason = AnalyticsScorecardQuery['partnerScorecard']['rejectedByReason'][number];

/** Why offered leads were turned down in the period, most frequent reason first. */
export function RejectedReasons({ reasons, own }: { reasons: Reason[]; own: boolean }) {
  const total = reasons.reduce((n, r) => n + r.count, 0);
  const sorted = [...reasons].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return (
    <Paper withBorder radius="md" p="md" h="100%">
      <Stack gap="sm">
        <div>
          <Title order={4}>Rejected by reason</Title>
          <Text size="sm" c="dimmed">
            {own
              ? 'Lead offers you rejected in the period.'
              : 'Lead offers rejected in the period.'}
          </Text>
        </div>
        {sorted.length === 0 ? (
          <Text size="sm" c="dimmed">
            No lead was rejected in this period.
          </Text>
        ) : (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {sorted.map((r) => (
              <li key={r.reasonCodeId ?? r.label} data-testid="rejected-reason">
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm">{r.label}</Text>
                  <Text size="sm" fw={600} style={NUMERIC}>
                    {r.count}
                  </Text>
                </Group>
                <Progress
                  value={total ? (r.count / total) * 100 : 0}
                  size="xs"
                  color="orange"
                  aria-hidden
                />
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
