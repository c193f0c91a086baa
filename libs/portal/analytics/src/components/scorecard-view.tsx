import { useQuery } from '@apollo/client/react';
import { Badge, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { EmptyState, ErrorAlert, TableSkeleton } from '@tandem/portal-ui';
import { useSearchParams } from 'react-router';
import { AnalyticsPartnerDocument, AnalyticsScorecardDocument } from '../graphql/analytics.graphql';
import { useAnalyticsAccess } from '../hooks/use-analytics-access';
import { usePeriod } from '../hooks/use-period';
import { useSearchParamsUpdate } from '../hooks/use-search-params-update';
import { scorecardCsvUrl } from '../lib/csv-url';
import { GOAL_STATUS_COLORS, goalStatusSummary } from '../lib/goal-status';
import { AnalyticsToolbar } from './analytics-toolbar';
import { CsvButton } from './csv-button';
import { PartnerPicker } from './partner-picker';
import { PeriodPicker } from './period-picker';
import { RejectedReasons } from './rejected-reasons';
import { ScorecardTable } from './scorecard-table';
import { ScorecardTrend } from './scorecard-trend';
import { TeamFigures } from './team-figures';

/** One partner's period: every metric against its goals, the trend, rejections and the team. */
export function ScorecardView() {
  const access = useAnalyticsAccess();
  const period = usePeriod();
  const [params] = useSearchParams();
  const update = useSearchParamsUpdate();
  // Partner users see their own partner: the API takes it from the session.
  const partnerId = access.isVendor ? params.get('partnerId') : null;
  const waitingForPartner = access.isVendor && !partnerId;
  const card = useQuery(AnalyticsScorecardDocument, {
    variables: { partnerId, periodCode: period.code ?? '' },
    skip: !period.code || waitingForPartner,
  });
  const partner = useQuery(AnalyticsPartnerDocument, {
    variables: { id: partnerId ?? '' },
    skip: !partnerId,
  });
  const scorecard = (card.data ?? card.previousData)?.partnerScorecard;
  const partnerName = access.isVendor ? partner.data?.partner.name : access.partnerName;

  return (
    <Stack gap="md">
      <AnalyticsToolbar
        columns={access.isVendor ? 3 : 2}
        actions={
          period.code &&
          !waitingForPartner && (
            <CsvButton
              href={scorecardCsvUrl(period.code, partnerId)}
              label="Scorecard CSV"
              testId="scorecard-csv"
            />
          )
        }
      >
        <PeriodPicker period={period} />
        {access.isVendor && (
          <PartnerPicker
            partnerId={partnerId}
            onChange={(id) =>
              update((p) => {
                if (id) p.set('partnerId', id);
                else p.delete('partnerId');
              })
            }
          />
        )}
      </AnalyticsToolbar>

      {period.error ? (
        <ErrorAlert error={period.error} onRetry={period.refetch} />
      ) : waitingForPartner ? (
        <EmptyState
          icon={<IconBuildingStore size={26} />}
          title="Choose a partner"
          description="Pick a partner above to see its scorecard: every metric of the period against its goals."
        />
      ) : card.error && !scorecard ? (
        <ErrorAlert error={card.error} onRetry={() => void card.refetch()} />
      ) : !scorecard || !period.code ? (
        <TableSkeleton rows={10} />
      ) : (
        <Stack gap="md" style={{ opacity: card.loading ? 0.6 : 1 }} aria-busy={card.loading}>
          <ScorecardSummary
            partnerName={partnerName ?? null}
            periodLabel={scorecard.period.label}
            statuses={scorecard.lines.flatMap((l) => (l.goal ? [l.goal.status] : []))}
          />
          <ScorecardTable lines={scorecard.lines} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <ScorecardTrend card={scorecard} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <RejectedReasons reasons={scorecard.rejectedByReason} own={access.isRep} />
            </Grid.Col>
          </Grid>
          <TeamFigures periodCode={scorecard.period.code} partnerId={partnerId} />
        </Stack>
      )}
    </Stack>
  );
}

function ScorecardSummary({
  partnerName,
  periodLabel,
  statuses,
}: {
  partnerName: string | null;
  periodLabel: string;
  statuses: Parameters<typeof goalStatusSummary>[0];
}) {
  const summary = goalStatusSummary(statuses);
  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <div>
        <Title order={3} data-testid="scorecard-partner">
          {partnerName ?? 'Scorecard'}
        </Title>
        <Text size="sm" c="dimmed" data-testid="scorecard-period">
          {periodLabel}
        </Text>
      </div>
      <Group gap="xs" aria-label="Goals by status">
        {summary.length === 0 ? (
          <Text size="sm" c="dimmed">
            No goals set for this period.
          </Text>
        ) : (
          summary.map((s) => (
            <Badge key={s.status} color={GOAL_STATUS_COLORS[s.status]} variant="dot" size="lg">
              {s.count} {s.label.toLowerCase()}
            </Badge>
          ))
        )}
      </Group>
    </Group>
  );
}
