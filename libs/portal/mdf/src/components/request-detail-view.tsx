import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconEdit, IconFlag, IconReceipt } from '@tabler/icons-react';
import type { MdfRequestViewFieldsFragment } from '@tandem/portal-data-access';
import {
  DetailSkeleton,
  EmptyState,
  ErrorAlert,
  describeApiError,
  formatDateTime,
} from '@tandem/portal-ui';
import {
  MDF_ACTIVITY_LABELS,
  MDF_CLAIM_STATUS_LABELS,
  MDF_REQUEST_STATUS_LABELS,
  MdfClaimStatus,
  MdfDecision,
  MdfRequestStatus,
} from '@tandem/shared-domain';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { MdfRequestDocument, MdfRequestOptionsDocument } from '../graphql/mdf.graphql';
import { useMdfAccess } from '../hooks/use-mdf-access';
import { editRequestHref, requestsHref } from '../lib/links';
import { formatMoney } from '../lib/money';
import {
  CLAIM_STATUS_COLORS,
  REQUEST_STATUS_COLORS,
  formatDayRange,
  returnFigures,
} from '../lib/request-display';
import { ClaimSection } from './claim-section';
import { DecisionDialog, type PendingDecision } from './decision-dialog';
import { RequestStatusBadge } from './status-badges';

/** /funds/requests/:requestId: the activity, its decision, its claim and its return. */
export function RequestDetailView() {
  const { requestId = '' } = useParams();
  const access = useMdfAccess();
  const query = useQuery(MdfRequestDocument, { variables: { id: requestId } });
  const [pending, setPending] = useState<PendingDecision | null>(null);

  if (query.error && !query.data) {
    return describeApiError(query.error).code === 'NOT_FOUND' ? (
      <EmptyState
        icon={<IconReceipt size={26} />}
        title="Request not found"
        description="It does not exist, or it belongs to a partner you do not see."
        action={
          <Button component={Link} to={requestsHref()} variant="default">
            All requests
          </Button>
        }
      />
    ) : (
      <ErrorAlert
        error={query.error}
        title="Could not load the request"
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (!query.data) return <DetailSkeleton />;
  const view = query.data.mdfRequest;
  const r = view.request;
  const decide = (decision: MdfDecision) =>
    setPending({
      subject: { kind: 'request', id: r.id, version: r.version, requested: r.requestedAmount },
      decision,
      name: r.title,
    });

  return (
    <Stack gap="lg" data-testid="request-detail" data-status={r.status}>
      <Anchor component={Link} to={requestsHref()} size="sm">
        <Group gap={4}>
          <IconArrowBackUp size={14} /> All requests
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Title order={3} style={{ overflowWrap: 'anywhere' }} data-testid="request-title">
              {r.title}
            </Title>
            <RequestStatusBadge status={r.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {view.partnerName} · {MDF_ACTIVITY_LABELS[r.activityType]} ·{' '}
            {formatDayRange(r.startsOn, r.endsOn)}
          </Text>
        </Stack>
        <Group gap="xs">
          {access.canReview && r.status === MdfRequestStatus.SUBMITTED && (
            <>
              <Button
                color="green"
                leftSection={<IconCheck size={16} />}
                onClick={() => decide(MdfDecision.APPROVE)}
                data-testid="approve-request"
              >
                Approve
              </Button>
              <Button
                variant="light"
                color="orange"
                onClick={() => decide(MdfDecision.RETURN)}
                data-testid="return-request"
              >
                Return for changes
              </Button>
              <Button
                variant="light"
                color="red"
                onClick={() => decide(MdfDecision.REJECT)}
                data-testid="reject-request"
              >
                Reject
              </Button>
            </>
          )}
          {access.canRequest && r.status === MdfRequestStatus.RETURNED && (
            <Button
              component={Link}
              to={editRequestHref(r.id)}
              leftSection={<IconEdit size={16} />}
              data-testid="edit-request"
            >
              Edit and send again
            </Button>
          )}
        </Group>
      </Group>

      <RequestFacts view={view} />
      {r.description && (
        <Stack gap={4} component="section" aria-labelledby="mdf-description-title">
          <Title order={4} id="mdf-description-title">
            Description
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {r.description}
          </Text>
        </Stack>
      )}
      <RequestTimeline view={view} />
      <ClaimSection request={r} claims={view.claims} access={access} onDecide={setPending} />
      <ReturnSection view={view} />
      <DecisionDialog pending={pending} onClose={() => setPending(null)} />
    </Stack>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={500} data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Stack>
  );
}

function RequestFacts({ view }: { view: MdfRequestViewFieldsFragment }) {
  const r = view.request;
  const options = useQuery(MdfRequestOptionsDocument, {
    skip: !r.campaignId && !r.personaId,
  });
  const loading = options.loading && !options.data;
  const campaign = options.data?.campaigns.items.find((c) => c.id === r.campaignId);
  const persona = options.data?.personas.items.find((p) => p.id === r.personaId);
  const named = (id: string | null | undefined, name: string | undefined, unknown: string) =>
    !id ? 'None' : (name ?? (loading ? '…' : unknown));
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="md">
        <Fact label="Planned cost" value={formatMoney(r.plannedCost)} />
        <Fact label="Requested" value={formatMoney(r.requestedAmount)} testId="request-requested" />
        <Fact
          label="Approved"
          value={r.approvedAmount ? formatMoney(r.approvedAmount) : '–'}
          testId="request-approved"
        />
        <Fact label="Expected leads" value={String(r.expectedLeads)} />
        <Fact
          label="Campaign"
          value={named(r.campaignId, campaign?.name, 'A campaign you do not see')}
        />
        <Fact label="Persona" value={named(r.personaId, persona?.name, 'A retired persona')} />
        <Fact label="Requested by" value={r.requestedByLabel} />
      </SimpleGrid>
    </Paper>
  );
}

interface TimelineEvent {
  key: string;
  title: string;
  color: string;
  at: string;
  who: string | null;
  note: string | null;
}

/** What happened to the request and its claims, oldest first: who, when and why. */
function RequestTimeline({ view }: { view: MdfRequestViewFieldsFragment }) {
  const events = useMemo(() => timelineEvents(view), [view]);
  return (
    <Stack gap="sm" component="section" aria-labelledby="mdf-timeline-title">
      <Title order={4} id="mdf-timeline-title">
        History
      </Title>
      <Paper withBorder p="md" radius="md">
        <Timeline
          active={events.length - 1}
          bulletSize={22}
          lineWidth={2}
          data-testid="request-timeline"
        >
          {events.map((e) => (
            <Timeline.Item
              key={e.key}
              bullet={<IconFlag size={12} />}
              color={e.color}
              title={e.title}
            >
              <Text size="xs" c="dimmed">
                {formatDateTime(e.at)}
                {e.who ? ` · ${e.who}` : ''}
              </Text>
              {e.note && (
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {e.note}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      </Paper>
    </Stack>
  );
}

/**
 * The API keeps the latest decision of a request and of each claim (not every step), so the
 * history is built from those: asked, decided, each claim sent, decided and paid.
 */
function timelineEvents(view: MdfRequestViewFieldsFragment): TimelineEvent[] {
  const r = view.request;
  const events: TimelineEvent[] = [
    {
      key: 'asked',
      title: `Asked for ${formatMoney(r.requestedAmount)}`,
      color: 'blue',
      at: r.createdAt,
      who: r.requestedByLabel,
      note: null,
    },
  ];
  if (r.decidedAt && r.status !== MdfRequestStatus.SUBMITTED) {
    const decided = r.status === MdfRequestStatus.CLOSED ? MdfRequestStatus.APPROVED : r.status;
    events.push({
      key: 'decided',
      title:
        decided === MdfRequestStatus.APPROVED
          ? `Approved ${formatMoney(r.approvedAmount)}`
          : MDF_REQUEST_STATUS_LABELS[decided],
      color: REQUEST_STATUS_COLORS[decided],
      at: r.decidedAt,
      who: r.decidedByLabel ?? null,
      note: r.decisionReason || null,
    });
  } else if (r.decidedAt) {
    // Sent again after it was returned: the earlier decision's reason stays on the request.
    events.push({
      key: 'returned',
      title: 'Returned for changes',
      color: 'orange',
      at: r.decidedAt,
      who: r.decidedByLabel ?? null,
      note: r.decisionReason || null,
    });
    events.push({
      key: 'resent',
      title: 'Sent again',
      color: 'blue',
      at: r.updatedAt,
      who: null,
      note: null,
    });
  }
  for (const { claim } of [...view.claims].reverse()) {
    events.push({
      key: `claim-${claim.id}`,
      title: `Claimed ${formatMoney(claim.amount)}`,
      color: 'blue',
      at: claim.createdAt,
      who: claim.submittedByLabel,
      note: null,
    });
    if (claim.decidedAt && claim.status !== MdfClaimStatus.SUBMITTED) {
      const decided = claim.status === MdfClaimStatus.PAID ? MdfClaimStatus.APPROVED : claim.status;
      events.push({
        key: `claim-${claim.id}-decided`,
        title: `Claim ${MDF_CLAIM_STATUS_LABELS[decided].toLowerCase()}`,
        color: CLAIM_STATUS_COLORS[decided],
        at: claim.decidedAt,
        who: claim.decidedByLabel ?? null,
        note: claim.reason || null,
      });
    }
    if (claim.paidAt)
      events.push({
        key: `claim-${claim.id}-paid`,
        title: `Paid ${formatMoney(claim.amount)}`,
        color: 'teal',
        at: claim.paidAt,
        who: null,
        note: null,
      });
  }
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

/** Leads, SQLs, pipeline and revenue of the activity's campaign, per unit of funds. */
function ReturnSection({ view }: { view: MdfRequestViewFieldsFragment }) {
  const r = view.request;
  const funded = r.status === MdfRequestStatus.APPROVED || r.status === MdfRequestStatus.CLOSED;
  if (!view.return && !funded) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="mdf-return-title">
      <Title order={4} id="mdf-return-title">
        Return
      </Title>
      {view.return ? (
        <>
          <Paper withBorder p="md" radius="md" data-testid="request-return">
            <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="md">
              {returnFigures(view.return).map((f) => (
                <Stack key={f.key} gap={0} data-figure={f.key}>
                  <Text size="xs" c="dimmed">
                    {f.label}
                  </Text>
                  <Text fw={600}>{f.value}</Text>
                </Stack>
              ))}
            </SimpleGrid>
          </Paper>
          <Text size="xs" c="dimmed">
            Leads of the campaign from the first day of the activity to 90 days after its last,
            against{' '}
            {r.status === MdfRequestStatus.CLOSED ? 'the amount claimed' : 'the amount approved'}
            {r.expectedLeads > 0 ? ` (${r.expectedLeads} leads expected)` : ''}.
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {r.campaignId
            ? 'No return measured yet.'
            : 'Link the activity to a campaign to measure its leads and revenue.'}
        </Text>
      )}
    </Stack>
  );
}
