import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type {
  DealConflictFieldsFragment,
  DealDetailFieldsFragment,
} from '@tandem/portal-data-access';
import { formatDateTime } from '@tandem/portal-ui';
import { DealEngagementRule } from '@tandem/shared-domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../lib/dates';
import { ACCOUNT_KIND_LABELS, conflictLabel } from '../lib/deal-status';
import { formatMoney } from '../lib/money';
import { DealStatusBadge } from './deal-badges';

type Deal = DealDetailFieldsFragment;
type Conflict = DealConflictFieldsFragment;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} w={110} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{children}</div>
    </Group>
  );
}

const text = (v: string | null | undefined) => <Text size="sm">{v || '—'}</Text>;

function FirstBadge() {
  return (
    <Badge color="grape" variant="light" data-testid="conflict-first">
      Submitted first
    </Badge>
  );
}

/**
 * For approvers: this registration beside each one it clashes with (or the vendor's own account
 * it matched), with the evidence both sides gave and which was submitted first.
 */
export function DealConflicts({
  deal,
  conflicts,
  rule,
}: {
  deal: Deal;
  conflicts: readonly Conflict[];
  rule: DealEngagementRule | null;
}) {
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="deal-conflicts-title"
      data-testid="deal-conflicts"
    >
      <Group gap="xs">
        <IconAlertTriangle size={20} color="var(--mantine-color-orange-6)" />
        <Title order={4} id="deal-conflicts-title">
          Conflicts ({conflicts.length})
        </Title>
      </Group>
      <Text size="sm" c="dimmed">
        {rule === DealEngagementRule.FIRST_TO_REGISTER
          ? 'First to register: while an earlier registration for this customer is active, this one cannot be approved.'
          : 'You decide on the evidence: compare the meetings, notes and timing below.'}{' '}
        The registering partner never sees the other side.
      </Text>
      {conflicts.map((c) => (
        <Paper
          key={c.id}
          withBorder
          p="md"
          radius="md"
          data-testid="deal-conflict"
          data-kind={c.kind}
        >
          <Stack gap="sm">
            <Badge color="orange" variant="light" tt="none" w="fit-content">
              {conflictLabel(c.kind, c.similarity)}
            </Badge>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <Paper
                withBorder
                p="sm"
                radius="md"
                bg="var(--mantine-color-body)"
                data-testid="conflict-this"
              >
                <Stack gap={6}>
                  <Group justify="space-between" gap="xs">
                    <Text fw={600}>This registration · {deal.reference}</Text>
                    {c.otherDealId && !c.otherPredates && <FirstBadge />}
                  </Group>
                  <Fact label="Company">{text(deal.companyName)}</Fact>
                  <Fact label="Domain">{text(deal.domain)}</Fact>
                  <Fact label="Partner">{text(deal.partnerName)}</Fact>
                  <Fact label="Submitted">{text(formatDateTime(deal.submittedAt))}</Fact>
                  <Fact label="Last meeting">
                    {text(deal.lastMeetingOn && formatDay(deal.lastMeetingOn))}
                  </Fact>
                  <Fact label="Evidence">{text(deal.notes)}</Fact>
                  <Fact label="Amount">{text(formatMoney(deal.amount, deal.currency))}</Fact>
                </Stack>
              </Paper>
              {c.otherDealId ? (
                <Paper withBorder p="sm" radius="md" data-testid="conflict-other">
                  <Stack gap={6}>
                    <Group justify="space-between" gap="xs">
                      <Anchor component={Link} to={`/deals/${c.otherDealId}`} fw={600}>
                        {c.otherNumber != null
                          ? `DR-${String(c.otherNumber).padStart(6, '0')}`
                          : 'Other registration'}
                      </Anchor>
                      <Group gap={4}>
                        {c.otherStatus && <DealStatusBadge status={c.otherStatus} />}
                        {c.otherPredates && <FirstBadge />}
                      </Group>
                    </Group>
                    <Fact label="Company">{text(c.otherCompany)}</Fact>
                    <Fact label="Domain">{text(c.otherDomain)}</Fact>
                    <Fact label="Partner">
                      <Text size="sm" data-testid="conflict-other-partner">
                        {c.otherPartnerName || '—'}
                      </Text>
                    </Fact>
                    <Fact label="Submitted">
                      <Text size="sm" data-testid="conflict-other-submitted">
                        {formatDateTime(c.otherSubmittedAt)}
                      </Text>
                    </Fact>
                    <Fact label="Last meeting">
                      {text(c.otherLastMeetingOn && formatDay(c.otherLastMeetingOn))}
                    </Fact>
                    <Fact label="Evidence">{text(c.otherNotes)}</Fact>
                    <Fact label="Amount">
                      {text(
                        c.otherAmount ? formatMoney(c.otherAmount, c.otherCurrency ?? '') : null,
                      )}
                    </Fact>
                  </Stack>
                </Paper>
              ) : (
                <Paper withBorder p="sm" radius="md" data-testid="conflict-account">
                  <Stack gap={6}>
                    <Text fw={600}>
                      Your{' '}
                      {c.accountKind ? ACCOUNT_KIND_LABELS[c.accountKind].toLowerCase() : 'account'}
                    </Text>
                    <Fact label="Company">{text(c.accountName)}</Fact>
                    <Fact label="Domain">{text(c.accountDomain)}</Fact>
                    <Text size="xs" c="dimmed">
                      From the vendor’s account list (Deal settings).
                    </Text>
                  </Stack>
                </Paper>
              )}
            </SimpleGrid>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
