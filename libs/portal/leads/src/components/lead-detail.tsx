import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Menu,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconArrowLeft,
  IconArrowsExchange,
  IconBriefcase,
  IconCheck,
  IconChevronDown,
  IconEdit,
  IconPhoneCall,
  IconRoute,
  IconTargetArrow,
  IconX,
} from '@tabler/icons-react';
import type { LeadDetailFieldsFragment } from '@tandem/portal-data-access';
import {
  DetailSkeleton,
  EmptyState,
  ErrorAlert,
  describeApiError,
  errorCode,
  formatDateTime,
} from '@tandem/portal-ui';
import {
  LEAD_SOURCE_LABELS,
  LeadHandoff,
  LeadStage,
  OfferStatus,
  Permission,
  hasPermission,
} from '@tandem/shared-domain';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  AcceptLeadOfferDocument,
  LeadDetailDocument,
  MarkLeadContactedDocument,
  RouteLeadDocument,
} from '../graphql/leads.graphql';
import { useLeadAccess } from '../hooks/use-lead-access';
import { stageMove, stageMovesFrom, type StageMove } from '../lib/decision-forms';
import { leadActions } from '../lib/lead-access';
import { HANDOFF_COLORS, leadStatusLine } from '../lib/lead-status';
import { AssignDialog } from './assign-dialog';
import { HotBadge, LeadCountdown, LeadHandoffBadge, LeadStageBadge } from './lead-badges';
import { LeadForm } from './lead-form';
import { LeadHandoffs } from './lead-handoffs';
import { SlaEvents, StageHistory } from './lead-timeline';
import { MoveStageDialog } from './move-stage-dialog';
import { RejectDialog } from './reject-dialog';

export function LeadNotFound() {
  return (
    <EmptyState
      title="Lead not found"
      description="This lead does not exist, or it is not (or no longer) yours to see."
      action={
        <Anchor component={Link} to="/leads">
          Back to leads
        </Anchor>
      }
    />
  );
}

type Lead = LeadDetailFieldsFragment;

export function LeadDetail({ leadId }: { leadId: string }) {
  const { data, loading, error, refetch } = useQuery(LeadDetailDocument, {
    variables: { id: leadId },
  });
  if (loading && !data) return <DetailSkeleton />;
  if (error && !data) {
    if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'FORBIDDEN')
      return <LeadNotFound />;
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <LeadNotFound />;
  return <LeadView lead={data.lead} onReload={() => void refetch()} />;
}

function useActionFeedback() {
  return (error: unknown, title: string, reload: () => void) => {
    const info = describeApiError(error);
    notifications.show({ color: 'red', title, message: info.message });
    if (info.code === 'CONFLICT' || info.code === 'NOT_FOUND') reload();
  };
}

function LeadView({ lead, onReload }: { lead: Lead; onReload: () => void }) {
  const access = useLeadAccess();
  const navigate = useNavigate();
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  const actions = leadActions(lead, access.viewer);
  const moves = stageMovesFrom(lead.stage, actions.moveTo);
  const convert = moves.find((m) => m.stage === LeadStage.OPPORTUNITY) ?? null;
  const otherMoves = moves.filter((m) => m !== convert);
  // An accepted SQL is what partner sales register as a deal (it then becomes an opportunity).
  const registerDeal =
    !access.isVendor &&
    hasPermission(access.viewer.role, Permission.DealRegister) &&
    lead.partnerId === access.viewer.partnerId &&
    lead.handoff === LeadHandoff.ACCEPTED &&
    lead.stage === LeadStage.SQL;
  const [editing, setEditing] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const [moving, setMoving] = useState<StageMove | null>(null);
  const failed = useActionFeedback();
  const refetchLists = { refetchQueries: ['LeadList'] };
  const [accept, acceptState] = useMutation(AcceptLeadOfferDocument, refetchLists);
  const [contacted, contactedState] = useMutation(MarkLeadContactedDocument, refetchLists);
  const [route, routeState] = useMutation(RouteLeadDocument, refetchLists);

  const doAccept = () =>
    accept({ variables: { leadId: lead.id } })
      .then(() =>
        notifications.show({
          color: 'teal',
          message: `${lead.contactName} is yours: it is now an SQL. Make the first contact before the deadline.`,
        }),
      )
      .catch((e: unknown) => failed(e, 'Could not accept the lead', onReload));
  const doContacted = () =>
    contacted({ variables: { leadId: lead.id } })
      .then(() => notifications.show({ color: 'teal', message: 'First contact recorded.' }))
      .catch((e: unknown) => failed(e, 'Could not record the contact', onReload));
  const doRoute = () =>
    route({ variables: { leadId: lead.id } })
      .then(({ data }) =>
        notifications.show({
          color: data?.routeLead.handoff === LeadHandoff.MANUAL ? 'orange' : 'teal',
          message: data ? leadStatusLine(data.routeLead) : 'Routed.',
        }),
      )
      .catch((e: unknown) => failed(e, 'Could not route the lead', onReload));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/leads" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Leads
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Title order={2} data-testid="lead-name" style={{ overflowWrap: 'anywhere' }}>
            {lead.contactName}
          </Title>
          <Text c="dimmed" size="sm">
            {[lead.title, lead.company].filter(Boolean).join(' at ') || lead.email}
          </Text>
          <Group gap="xs">
            <LeadStageBadge stage={lead.stage} />
            <LeadHandoffBadge handoff={lead.handoff} />
            <HotBadge priority={lead.priority} />
            <Badge variant="default" tt="none" fw={500}>
              {LEAD_SOURCE_LABELS[lead.source]}
            </Badge>
          </Group>
        </Stack>
        <Group gap="xs" data-testid="lead-actions">
          {actions.accept && (
            <Button
              color="teal"
              leftSection={<IconCheck size={16} />}
              loading={acceptState.loading}
              onClick={() => void doAccept()}
            >
              Accept
            </Button>
          )}
          {actions.reject && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconX size={16} />}
              onClick={() => setRejecting(true)}
            >
              Reject…
            </Button>
          )}
          {actions.markContacted && (
            <Button
              leftSection={<IconPhoneCall size={16} />}
              loading={contactedState.loading}
              onClick={() => void doContacted()}
            >
              Record first contact
            </Button>
          )}
          {convert && (
            <Button
              leftSection={<IconTargetArrow size={16} />}
              variant={actions.markContacted ? 'default' : 'filled'}
              onClick={() => setMoving(convert)}
            >
              {convert.label}
            </Button>
          )}
          {registerDeal && (
            <Button
              variant="default"
              component={Link}
              to={`/deals/new?leadId=${lead.id}`}
              leftSection={<IconBriefcase size={16} />}
            >
              Register deal
            </Button>
          )}
          {otherMoves.length > 0 && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={14} />}>
                  Move stage
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {otherMoves.map((m) => (
                  <Menu.Item key={m.stage} onClick={() => setMoving(stageMove(m.stage))}>
                    {m.label}…
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
          {actions.routeNow && (
            <Button
              variant="default"
              leftSection={<IconRoute size={16} />}
              loading={routeState.loading}
              onClick={() => void doRoute()}
            >
              Route now
            </Button>
          )}
          {actions.assign && (
            <Button
              variant="default"
              leftSection={<IconArrowsExchange size={16} />}
              onClick={() => setAssigning(true)}
            >
              Assign…
            </Button>
          )}
          {actions.edit && (
            <Button
              variant="default"
              leftSection={<IconEdit size={16} />}
              onClick={() => setEditing(true)}
            >
              Edit
            </Button>
          )}
        </Group>
      </Group>

      <StatusBanner lead={lead} />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ContactCard lead={lead} />
        <QualificationCard lead={lead} />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <LeadHandoffs offers={lead.offers} />
        <Stack gap="lg">
          <StageHistory events={lead.stageHistory} />
          <SlaEvents events={lead.slaEvents} />
        </Stack>
      </SimpleGrid>

      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={`Edit ${lead.contactName}`}
        size="xl"
        fullScreen={fullScreen}
      >
        {editing && (
          <LeadForm
            key={lead.version}
            lead={lead}
            onSaved={() => setEditing(false)}
            onCancel={() => setEditing(false)}
            onReload={onReload}
          />
        )}
      </Modal>
      <RejectDialog
        opened={rejecting}
        onClose={() => setRejecting(false)}
        lead={lead}
        onRejected={() => {
          setRejecting(false);
          // Once rejected, the lead leaves this partner's views.
          void navigate('/leads');
        }}
      />
      <AssignDialog
        opened={assigning}
        onClose={() => setAssigning(false)}
        lead={lead}
        vendor={access.isVendor}
      />
      <MoveStageDialog move={moving} onClose={() => setMoving(null)} lead={lead} />
    </Stack>
  );
}

function StatusBanner({ lead }: { lead: Lead }) {
  const offer = lead.currentOffer;
  const pending = offer?.status === OfferStatus.PENDING;
  const awaitingContact = offer?.status === OfferStatus.ACCEPTED && !offer.contactedAt;
  return (
    <Alert
      color={HANDOFF_COLORS[lead.handoff] === 'dark' ? 'gray' : HANDOFF_COLORS[lead.handoff]}
      variant="light"
      data-testid="lead-status"
      title={<span data-testid="lead-status-line">{leadStatusLine(lead)}</span>}
    >
      <Stack gap={4}>
        {offer && pending && (
          <Group gap="xs">
            <Text size="sm">Accept or reject:</Text>
            <LeadCountdown dueAt={offer.acceptDueAt} />
            <Text size="xs" c="dimmed">
              ({formatDateTime(offer.acceptDueAt)})
            </Text>
          </Group>
        )}
        {offer && awaitingContact && (
          <Group gap="xs">
            <Text size="sm">First contact:</Text>
            <LeadCountdown dueAt={offer.contactDueAt} />
            <Text size="xs" c="dimmed">
              ({formatDateTime(offer.contactDueAt)})
            </Text>
          </Group>
        )}
        {offer?.status === OfferStatus.ACCEPTED && offer.contactedAt && (
          <Text size="sm">First contact recorded {formatDateTime(offer.contactedAt)}.</Text>
        )}
        {offer && (
          <Text size="xs" c="dimmed">
            Offered {formatDateTime(offer.offeredAt)} by {offer.offeredByLabel}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div style={{ overflowWrap: 'anywhere' }}>{children}</div>
    </div>
  );
}

const orDash = (v: string | number | null | undefined) =>
  v === null || v === undefined || v === '' ? '—' : v;

function ContactCard({ lead }: { lead: Lead }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid="lead-contact">
      <Stack gap="sm">
        <Title order={4}>Contact and company</Title>
        <SimpleGrid cols={2} spacing="sm">
          <Field label="Email">
            <Anchor href={`mailto:${lead.email}`} size="sm">
              {lead.email}
            </Anchor>
          </Field>
          <Field label="Phone">
            <Text size="sm">{orDash(lead.phone)}</Text>
          </Field>
          <Field label="Title">
            <Text size="sm">{orDash(lead.title)}</Text>
          </Field>
          <Field label="Company">
            <Text size="sm">{orDash(lead.company)}</Text>
          </Field>
          <Field label="Website">
            <Text size="sm">{orDash(lead.domain)}</Text>
          </Field>
          <Field label="Country">
            <Text size="sm">{orDash(lead.country)}</Text>
          </Field>
          <Field label="Company size">
            <Text size="sm">
              {lead.companySize != null ? `${lead.companySize.toLocaleString()} employees` : '—'}
            </Text>
          </Field>
          <Field label="Consent to contact">
            <Text size="sm">{lead.consent ? 'Yes' : 'No'}</Text>
          </Field>
        </SimpleGrid>
        {lead.notes && (
          <Field label="Notes">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {lead.notes}
            </Text>
          </Field>
        )}
      </Stack>
    </Paper>
  );
}

function QualificationCard({ lead }: { lead: Lead }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid="lead-qualification">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={4}>Qualification</Title>
          <Stack gap={0} align="flex-end">
            <Text size="xl" fw={700} lh={1} data-testid="lead-mql-score">
              {lead.mqlScore ?? '—'}
            </Text>
            <Text size="xs" c="dimmed">
              MQL score{lead.definitionVersion ? ` (definition v${lead.definitionVersion})` : ''}
            </Text>
          </Stack>
        </Group>
        {lead.mqlReasons.length > 0 && (
          <List size="sm" spacing={2} data-testid="lead-mql-reasons">
            {lead.mqlReasons.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        )}
        <SimpleGrid cols={2} spacing="sm">
          <Field label="Persona">
            {lead.personaId && lead.personaName ? (
              <Anchor component={Link} to={`/personas/${lead.personaId}`} size="sm">
                {lead.personaName}
              </Anchor>
            ) : (
              <Text size="sm">—</Text>
            )}
          </Field>
          <Field label="Campaign">
            {lead.campaignId && lead.campaignName ? (
              <Anchor component={Link} to={`/campaigns/${lead.campaignId}`} size="sm">
                {lead.campaignName}
              </Anchor>
            ) : (
              <Text size="sm">—</Text>
            )}
          </Field>
          <Field label="Campaign responses">
            <Text size="sm">{lead.campaignResponses}</Text>
          </Field>
          <Field label="Content downloads">
            <Text size="sm">{lead.contentDownloads}</Text>
          </Field>
          <Field label="Created">
            <Text size="sm">
              {formatDateTime(lead.createdAt)} by {lead.createdByLabel}
            </Text>
          </Field>
          <Field label="Holder">
            <Text size="sm" data-testid="lead-holder">
              {lead.partnerId
                ? `${lead.partnerName ?? 'A partner outside your portfolio'}${lead.assignedUserName ? ` · ${lead.assignedUserName}` : ''}`
                : 'Vendor'}
            </Text>
          </Field>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
