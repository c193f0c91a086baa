import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { graphql } from '@tandem/portal-data-access';
import { ErrorAlert, formatMetricValue } from '@tandem/portal-ui';
import { Metric, METRICS, Permission, hasPermission, type Role } from '@tandem/shared-domain';

const PartnerQuarterDocument = graphql(`
  query PartnerQuarter($partnerId: ID!) {
    partnerScorecard(partnerId: $partnerId, trendPeriods: 0) {
      period {
        code
        label
        start
        end
      }
      lines {
        metric
        value
      }
    }
  }
`);

/** First-contact compliance is SLA detail the metric layer does not carry. */
const PartnerFirstContactDocument = graphql(`
  query PartnerFirstContact($partnerId: ID!, $from: DateTime!, $to: DateTime!) {
    leadSlaCompliance(partnerId: $partnerId, from: $from, to: $to) {
      userId
      contactsDue
      contactCompliance
    }
  }
`);

const SHOWN: Metric[] = [
  Metric.SLA_COMPLIANCE,
  Metric.AVERAGE_HOURS_TO_ACCEPT,
  Metric.LEAD_TO_OPPORTUNITY_RATE,
  Metric.REGISTRATION_QUALITY,
  Metric.WIN_RATE,
  Metric.DEALS_WON,
  Metric.REVENUE_WON,
  Metric.DEALS_EXPIRED,
];

/**
 * How the partner handles hand-offs and registrations this quarter: figures from the one metric
 * layer (docs/metrics.md), the same the scorecard and the leaderboard show.
 */
export function PartnerPerformance({ partnerId, role }: { partnerId: string; role: Role }) {
  const allowed = hasPermission(role, Permission.AnalyticsRead);
  const { data, error } = useQuery(PartnerQuarterDocument, {
    variables: { partnerId },
    skip: !allowed,
  });
  const card = data?.partnerScorecard;
  const contact = useQuery(PartnerFirstContactDocument, {
    variables: { partnerId, from: card?.period.start ?? '', to: card?.period.end ?? '' },
    skip: !allowed || !card,
  });
  if (!allowed) return null;
  // A sales rep gets only their own row; everyone else the partner's total first.
  const contactRow = contact.data?.leadSlaCompliance[0];
  const value = (metric: Metric) => card?.lines.find((l) => l.metric === metric)?.value ?? null;
  return (
    <Paper withBorder p="lg" radius="md" data-testid="partner-performance">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3}>Hand-offs and registrations</Title>
            <Text size="sm" c="dimmed">
              {card ? card.period.label : 'This quarter'}
            </Text>
          </div>
          <Anchor component={Link} to={`/analytics/scorecard?partnerId=${partnerId}`} size="sm">
            Full scorecard
          </Anchor>
        </Group>
        <ErrorAlert error={error ?? contact.error} />
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="lg">
          {SHOWN.map((metric) => (
            <Stack gap={0} key={metric}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {METRICS[metric].label}
              </Text>
              <Text size="lg" fw={600} data-testid={`performance-${metric}`}>
                {formatMetricValue(metric, value(metric))}
              </Text>
            </Stack>
          ))}
          <Stack gap={0}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Contacted in time
            </Text>
            <Text size="lg" fw={600} data-testid="performance-contact">
              {contactRow?.contactCompliance === null || contactRow?.contactCompliance === undefined
                ? '–'
                : `${Math.round(contactRow.contactCompliance * 1000) / 10}%`}
            </Text>
            <Text size="xs" c="dimmed">
              {contactRow ? `${contactRow.contactsDue} first contacts due` : ''}
            </Text>
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
