import { useQuery } from '@apollo/client/react';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { graphql } from '@tandem/portal-data-access';
import { ErrorAlert } from '@tandem/portal-ui';
import { Permission, hasPermission, type Role } from '@tandem/shared-domain';
import { formatShare, formatHours } from '../lib/performance';

const PartnerSlaDocument = graphql(`
  query PartnerSla($partnerId: ID!, $from: DateTime!, $to: DateTime!) {
    leadSlaCompliance(partnerId: $partnerId, from: $from, to: $to) {
      userId
      offersDue
      acceptCompliance
      contactCompliance
      averageHoursToAccept
    }
  }
`);

const PartnerDealQualityDocument = graphql(`
  query PartnerDealQuality($partnerId: ID!, $from: DateTime!, $to: DateTime!) {
    dealQuality(partnerId: $partnerId, from: $from, to: $to) {
      submitted
      approvedShare
      wonShareOfApproved
      expiredShareOfApproved
      averageDecisionHours
    }
  }
`);

const DAY = 86_400_000;

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={600}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}

/**
 * How the partner handles hand-offs and registrations over the last 90 days: the same figures the
 * analytics will use (formulas in docs/metrics.md). Each half shows only to roles that may read it.
 */
export function PartnerPerformance({ partnerId, role }: { partnerId: string; role: Role }) {
  const canLeads = hasPermission(role, Permission.LeadRead);
  const canDeals = hasPermission(role, Permission.DealRead);
  // Whole days, so the variables (and the cache key) stay the same between renders.
  const to = new Date(Math.ceil(Date.now() / DAY) * DAY);
  const variables = {
    partnerId,
    from: new Date(to.getTime() - 90 * DAY).toISOString(),
    to: to.toISOString(),
  };
  const sla = useQuery(PartnerSlaDocument, { variables, skip: !canLeads });
  const deals = useQuery(PartnerDealQualityDocument, { variables, skip: !canDeals });
  if (!canLeads && !canDeals) return null;
  // A sales rep gets only their own row; everyone else the partner's total.
  const rows = sla.data?.leadSlaCompliance ?? [];
  const total = rows.find((r) => r.userId === null) ?? rows[0];
  const quality = deals.data?.dealQuality;
  return (
    <Paper withBorder p="lg" radius="md" data-testid="partner-performance">
      <Stack gap="md">
        <div>
          <Title order={3}>Hand-offs and registrations</Title>
          <Text size="sm" c="dimmed">
            Last 90 days.
          </Text>
        </div>
        <ErrorAlert error={sla.error ?? deals.error} />
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="lg">
          {canLeads && (
            <>
              <Figure
                label="Accepted in time"
                value={formatShare(total?.acceptCompliance)}
                hint={`${total?.offersDue ?? 0} offers due`}
              />
              <Figure label="Contacted in time" value={formatShare(total?.contactCompliance)} />
              <Figure label="Time to accept" value={formatHours(total?.averageHoursToAccept)} />
            </>
          )}
          {canDeals && (
            <>
              <Figure
                label="Registrations approved"
                value={formatShare(quality?.approvedShare)}
                hint={`${quality?.submitted ?? 0} submitted`}
              />
              <Figure label="Won of approved" value={formatShare(quality?.wonShareOfApproved)} />
              <Figure
                label="Expired of approved"
                value={formatShare(quality?.expiredShareOfApproved)}
              />
              <Figure
                label="Vendor decision time"
                value={formatHours(quality?.averageDecisionHours)}
              />
            </>
          )}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
