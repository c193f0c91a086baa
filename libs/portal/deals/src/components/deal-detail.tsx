import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconArrowLeft,
  IconCalendarPlus,
  IconCheck,
  IconCopy,
  IconEdit,
  IconSend,
  IconTrophy,
  IconX,
} from '@tabler/icons-react';
import type { DealDetailQuery } from '@tandem/portal-data-access';
import {
  DetailSkeleton,
  EmptyState,
  ErrorAlert,
  describeApiError,
  errorCode,
  formatDateTime,
} from '@tandem/portal-ui';
import { DealDecisionKind, DealStatus, ExtensionStatus } from '@tandem/shared-domain';
import { useCallback, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  DealDetailDocument,
  DecideDealDocument,
  SubmitDealDocument,
} from '../graphql/deals.graphql';
import { useDealAccess, useDealProgram } from '../hooks/use-deal-access';
import { useRegistrationDecisionsLive } from '../hooks/use-registration-decisions-live';
import { dealActions } from '../lib/deal-access';
import { dealValuesFromDraft } from '../lib/deal-form';
import { formatDay } from '../lib/dates';
import { toDecideInput } from '../lib/decision-forms';
import { dealStatusColor, dealStatusLine } from '../lib/deal-status';
import { formatMoney } from '../lib/money';
import {
  ConflictBadge,
  DealStatusBadge,
  DecisionCountdown,
  ProtectionCountdown,
} from './deal-badges';
import { DealConflicts } from './deal-conflicts';
import { DealForm } from './deal-form';
import { DealExtensions, DealTimeline } from './deal-timeline';
import { ExtensionDecisionDialog, RefuseDialog, type Refusal } from './decision-dialogs';
import {
  ExtensionRequestDialog,
  LostDialog,
  WithdrawDialog,
  WonDialog,
} from './registrant-dialogs';

type Deal = DealDetailQuery['dealRegistration'];

export function DealNotFound() {
  return (
    <EmptyState
      title="Registration not found"
      description="This deal registration does not exist, or it is not yours to see."
      action={
        <Anchor component={Link} to="/deals">
          Back to deals
        </Anchor>
      }
    />
  );
}

export function DealDetail({ dealId }: { dealId: string }) {
  const access = useDealAccess();
  const { data, loading, error, refetch } = useQuery(DealDetailDocument, {
    variables: { id: dealId, approver: access.canDecide },
  });
  useRegistrationDecisionsLive(
    useCallback(
      (id: string) => {
        if (id === dealId) void refetch().catch(() => undefined);
      },
      [dealId, refetch],
    ),
  );
  if (loading && !data) return <DetailSkeleton />;
  if (error && !data) {
    const code = errorCode(error);
    if (code === 'NOT_FOUND' || code === 'FORBIDDEN') return <DealNotFound />;
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <DealNotFound />;
  return <DealView deal={data.dealRegistration} onReload={() => void refetch()} />;
}

type Dialog = 'withdraw' | 'won' | 'lost' | 'extend' | 'edit' | null;

function DealView({ deal, onReload }: { deal: Deal; onReload: () => void }) {
  const access = useDealAccess();
  const program = useDealProgram();
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  const actions = dealActions(deal, access.viewer, program);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [decisionError, setDecisionError] = useState<string | null>(null);
  const pendingExtension = deal.extensions.find((x) => x.status === ExtensionStatus.PENDING);
  const [decidingExtension, setDecidingExtension] = useState(false);
  const refetch = { refetchQueries: ['DealList', 'DealDetail'] };
  const [decide, decideState] = useMutation(DecideDealDocument, refetch);
  const [submit, submitState] = useMutation(SubmitDealDocument, refetch);
  const close = () => setDialog(null);

  const approve = async () => {
    setDecisionError(null);
    try {
      await decide({ variables: { input: toDecideInput(deal.id, DealDecisionKind.APPROVED) } });
      notifications.show({
        color: 'teal',
        message: `${deal.reference} is approved: ${deal.partnerName ?? 'the partner'} is protected.`,
      });
    } catch (error) {
      // First to register: approving a later registration is refused with the reason; keep it in
      // view next to the conflicts that explain it.
      const info = describeApiError(error);
      setDecisionError(info.message);
      if (info.code === 'NOT_FOUND') onReload();
    }
  };

  const submitDraft = async () => {
    try {
      await submit({ variables: { id: deal.id } });
      notifications.show({
        color: 'teal',
        message: `${deal.reference} is submitted; the vendor decides before the deadline.`,
      });
    } catch (error) {
      const info = describeApiError(error);
      notifications.show({ color: 'red', title: 'Could not submit', message: info.message });
    }
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/deals" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Deals
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Title order={2} data-testid="deal-company" style={{ overflowWrap: 'anywhere' }}>
            {deal.companyName}
          </Title>
          <Text c="dimmed" size="sm" data-testid="deal-reference">
            {deal.reference} · {deal.domain ?? deal.website} · {deal.country}
          </Text>
          <Group gap="xs">
            <DealStatusBadge status={deal.status} />
            {access.canDecide && deal.hasConflicts && <ConflictBadge />}
            {deal.leadId && (
              <Badge
                variant="default"
                tt="none"
                fw={500}
                component={Link}
                to={`/leads/${deal.leadId}`}
                style={{ cursor: 'pointer' }}
              >
                From a lead
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap="xs" data-testid="deal-actions">
          {actions.approve && (
            <Button
              color="teal"
              leftSection={<IconCheck size={16} />}
              loading={decideState.loading}
              onClick={() => void approve()}
            >
              Approve
            </Button>
          )}
          {actions.reject && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconX size={16} />}
              onClick={() => setRefusal(DealDecisionKind.REJECTED)}
            >
              Reject…
            </Button>
          )}
          {actions.markDuplicate && (
            <Button
              variant="default"
              leftSection={<IconCopy size={16} />}
              onClick={() => setRefusal(DealDecisionKind.DUPLICATE)}
            >
              Mark duplicate…
            </Button>
          )}
          {actions.submit && (
            <Button
              leftSection={<IconSend size={16} />}
              loading={submitState.loading}
              onClick={() => void submitDraft()}
            >
              Submit
            </Button>
          )}
          {actions.editDraft && (
            <Button
              variant="default"
              leftSection={<IconEdit size={16} />}
              onClick={() => setDialog('edit')}
            >
              Edit draft
            </Button>
          )}
          {actions.closeWon && (
            <Button
              color="green"
              leftSection={<IconTrophy size={16} />}
              onClick={() => setDialog('won')}
            >
              Won…
            </Button>
          )}
          {actions.closeLost && (
            <Button variant="default" onClick={() => setDialog('lost')}>
              Lost…
            </Button>
          )}
          {actions.requestExtension && (
            <Button
              variant="default"
              leftSection={<IconCalendarPlus size={16} />}
              onClick={() => setDialog('extend')}
            >
              Request extension…
            </Button>
          )}
          {actions.decideExtension && pendingExtension && (
            <Button
              leftSection={<IconCalendarPlus size={16} />}
              onClick={() => setDecidingExtension(true)}
            >
              Decide extension…
            </Button>
          )}
          {actions.withdraw && (
            <Button variant="subtle" color="red" onClick={() => setDialog('withdraw')}>
              Withdraw…
            </Button>
          )}
        </Group>
      </Group>

      {decisionError && (
        <Alert
          color="red"
          variant="light"
          title="Could not approve"
          role="alert"
          withCloseButton
          onClose={() => setDecisionError(null)}
          data-testid="decision-error"
        >
          <Text size="sm">{decisionError}</Text>
        </Alert>
      )}

      <StatusBanner deal={deal} vendor={access.isVendor} />

      {deal.conflicts && deal.conflicts.length > 0 && (
        <DealConflicts
          deal={deal}
          conflicts={deal.conflicts}
          rule={deal.decisions?.[0]?.rule ?? program?.engagementRule ?? null}
        />
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <CustomerCard deal={deal} />
        <EvidenceCard deal={deal} />
      </SimpleGrid>
      <LinesCard deal={deal} />

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <DealTimeline events={deal.timeline} />
        <DealExtensions extensions={deal.extensions} />
      </SimpleGrid>

      <RefuseDialog kind={refusal} deal={deal} onClose={() => setRefusal(null)} />
      <ExtensionDecisionDialog
        extension={decidingExtension ? (pendingExtension ?? null) : null}
        onClose={() => setDecidingExtension(false)}
      />
      <WithdrawDialog opened={dialog === 'withdraw'} onClose={close} deal={deal} />
      <WonDialog opened={dialog === 'won'} onClose={close} deal={deal} />
      <LostDialog opened={dialog === 'lost'} onClose={close} deal={deal} />
      <ExtensionRequestDialog
        opened={dialog === 'extend'}
        onClose={close}
        deal={deal}
        days={program?.extensionDays ?? null}
      />
      <Modal
        opened={dialog === 'edit'}
        onClose={close}
        title={`Edit ${deal.reference}`}
        size="xl"
        fullScreen={fullScreen}
      >
        {dialog === 'edit' && (
          <DealForm
            key={deal.version}
            initialValues={dealValuesFromDraft(deal)}
            draft={deal}
            leadId={deal.leadId}
            onSaved={close}
            onCancel={close}
            onReload={onReload}
          />
        )}
      </Modal>
    </Stack>
  );
}

function StatusBanner({ deal, vendor }: { deal: Deal; vendor: boolean }) {
  const refused = [
    DealStatus.REJECTED,
    DealStatus.DUPLICATE,
    DealStatus.WITHDRAWN,
    DealStatus.LOST,
    DealStatus.EXPIRED,
  ].includes(deal.status);
  return (
    <Alert
      color={dealStatusColor(deal.status)}
      variant="light"
      data-testid="deal-status-banner"
      title={<span data-testid="deal-status-line">{dealStatusLine(deal, vendor)}</span>}
    >
      <Stack gap={4}>
        {deal.status === DealStatus.SUBMITTED && deal.decisionDueAt && (
          <Group gap="xs">
            <Text size="sm">Decision:</Text>
            <DecisionCountdown dueAt={deal.decisionDueAt} overdue={deal.decisionOverdue} />
            <Text size="xs" c="dimmed">
              ({formatDateTime(deal.decisionDueAt)})
            </Text>
          </Group>
        )}
        {deal.status === DealStatus.APPROVED && deal.expiresAt && (
          <Group gap="xs">
            <ProtectionCountdown expiresAt={deal.expiresAt} />
            <Text size="xs" c="dimmed">
              (until {formatDateTime(deal.expiresAt)}
              {deal.extensionsGranted > 0
                ? `, extended ${deal.extensionsGranted} time${deal.extensionsGranted === 1 ? '' : 's'}`
                : ''}
              )
            </Text>
          </Group>
        )}
        {refused && (deal.reasonLabel || deal.statusComment) && (
          <Stack gap={2}>
            {/* The comment usually starts with the reason already; say it once. */}
            {deal.reasonLabel && !deal.statusComment.startsWith(deal.reasonLabel) && (
              <Text size="sm" fw={600}>
                {deal.reasonLabel}
              </Text>
            )}
            {deal.statusComment && (
              <Text
                size="sm"
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                data-testid="deal-status-comment"
              >
                {deal.statusComment}
              </Text>
            )}
          </Stack>
        )}
        {deal.status === DealStatus.APPROVED && deal.statusComment && (
          <Text size="sm" data-testid="deal-status-comment">
            {deal.statusComment}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {deal.submittedAt
            ? `Submitted ${formatDateTime(deal.submittedAt)} by ${deal.registeredByLabel}`
            : `Created ${formatDateTime(deal.createdAt)} by ${deal.registeredByLabel}`}
          {vendor && deal.partnerName ? ` (${deal.partnerName})` : ''}
          {deal.decidedAt ? ` · decided ${formatDateTime(deal.decidedAt)}` : ''}
        </Text>
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

const orDash = (v: string | null | undefined) => (v ? v : '—');

function CustomerCard({ deal }: { deal: Deal }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid="deal-customer">
      <Stack gap="sm">
        <Title order={4}>Customer and contact</Title>
        <SimpleGrid cols={2} spacing="sm">
          <Field label="Company">
            <Text size="sm">{deal.companyName}</Text>
          </Field>
          <Field label="Website">
            <Text size="sm">{deal.website}</Text>
          </Field>
          <Field label="Country">
            <Text size="sm">{deal.country}</Text>
          </Field>
          <Field label="Partner">
            <Text size="sm">{orDash(deal.partnerName)}</Text>
          </Field>
          <Field label="Contact">
            <Text size="sm">{orDash(deal.contactName)}</Text>
          </Field>
          <Field label="Role">
            <Text size="sm">{orDash(deal.contactRole)}</Text>
          </Field>
          <Field label="Email">
            {deal.contactEmail ? (
              <Anchor href={`mailto:${deal.contactEmail}`} size="sm">
                {deal.contactEmail}
              </Anchor>
            ) : (
              <Text size="sm">—</Text>
            )}
          </Field>
          <Field label="Registered by">
            <Text size="sm">{deal.registeredByLabel}</Text>
          </Field>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function EvidenceCard({ deal }: { deal: Deal }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid="deal-evidence">
      <Stack gap="sm">
        <Title order={4}>Timing and evidence</Title>
        <SimpleGrid cols={2} spacing="sm">
          <Field label="Expected close">
            <Text size="sm">{formatDay(deal.expectedCloseOn)}</Text>
          </Field>
          <Field label="Last meeting">
            <Text size="sm">{formatDay(deal.lastMeetingOn)}</Text>
          </Field>
          <Field label="Persona">
            {deal.personaId ? (
              <Anchor component={Link} to={`/personas/${deal.personaId}`} size="sm">
                View persona
              </Anchor>
            ) : (
              <Text size="sm">—</Text>
            )}
          </Field>
          {deal.status === DealStatus.WON && (
            <Field label="Final amount">
              <Text size="sm" fw={600}>
                {formatMoney(deal.finalAmount, deal.currency)}
                {deal.closedOn ? ` on ${formatDay(deal.closedOn)}` : ''}
              </Text>
            </Field>
          )}
        </SimpleGrid>
        <Field label="Notes">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {deal.notes || 'No notes.'}
          </Text>
        </Field>
      </Stack>
    </Paper>
  );
}

function LinesCard({ deal }: { deal: Deal }) {
  return (
    <Paper withBorder radius="md" data-testid="deal-lines">
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Product</Table.Th>
              <Table.Th ta="right">Quantity</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deal.lines.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text size="sm" c="dimmed">
                    No products yet.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {deal.lines.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {l.product?.name ?? 'Removed product'}
                  </Text>
                  {l.product && (
                    <Text size="xs" c="dimmed">
                      {l.product.sku}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{l.quantity.toLocaleString()}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(l.amount, deal.currency)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={2} ta="right">
                Total
              </Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="deal-total">
                {formatMoney(deal.amount, deal.currency)}
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
