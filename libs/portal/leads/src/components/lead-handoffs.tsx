import { Accordion, Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { LeadOfferFieldsFragment } from '@tandem/portal-data-access';
import { formatDateTime } from '@tandem/portal-ui';
import { OfferKind, OfferStatus } from '@tandem/shared-domain';
import type { ReactNode } from 'react';
import { percent, score } from '../lib/lead-status';
import { LeadCountdown, OfferStatusBadge } from './lead-badges';

const KIND_LABELS: Record<OfferKind, string> = {
  [OfferKind.VENDOR_TO_PARTNER]: 'Vendor → partner',
  [OfferKind.PARTNER_TO_REP]: 'Partner marketing → sales rep',
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text size="sm" c="dimmed" w={130} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <div style={{ minWidth: 0 }}>{children}</div>
    </Group>
  );
}

/** Every hand-off of a lead, newest first, with deadlines, outcomes and how it was routed. */
export function LeadHandoffs({ offers }: { offers: LeadOfferFieldsFragment[] }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="lead-handoffs-title">
      <Title order={4} id="lead-handoffs-title">
        Hand-offs
      </Title>
      {offers.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not handed to anyone yet.
        </Text>
      ) : (
        offers.map((o) => <OfferCard key={o.id} offer={o} />)
      )}
    </Stack>
  );
}

function OfferCard({ offer: o }: { offer: LeadOfferFieldsFragment }) {
  const pending = o.status === OfferStatus.PENDING;
  const accepted = o.status === OfferStatus.ACCEPTED;
  return (
    <Paper withBorder p="md" radius="md" data-testid="lead-offer" data-status={o.status}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Stack gap={0}>
            <Text fw={600} data-testid="offer-partner">
              {o.partnerName ?? 'A partner outside your portfolio'}
            </Text>
            <Text size="sm" c="dimmed" data-testid="offer-rep">
              {o.userName ?? 'No rep named: the partner admin answers'}
            </Text>
          </Stack>
          <Group gap={6}>
            <Badge variant="default" tt="none" fw={500}>
              {KIND_LABELS[o.kind]}
            </Badge>
            <OfferStatusBadge status={o.status} />
          </Group>
        </Group>
        <Fact label="Offered">
          <Text size="sm">
            {formatDateTime(o.offeredAt)} by {o.offeredByLabel}
          </Text>
        </Fact>
        <Fact label="Accept by">
          <Group gap="xs">
            {pending ? (
              <LeadCountdown dueAt={o.acceptDueAt} />
            ) : (
              <Text size="sm">{formatDateTime(o.acceptDueAt)}</Text>
            )}
            {o.acceptBreached && (
              <Badge color="red" variant="light">
                Missed
              </Badge>
            )}
          </Group>
        </Fact>
        {(pending || accepted) && (
          <Fact label="First contact by">
            <Group gap="xs">
              {o.contactedAt ? (
                <Text size="sm">Contacted {formatDateTime(o.contactedAt)}</Text>
              ) : accepted ? (
                <LeadCountdown dueAt={o.contactDueAt} />
              ) : (
                <Text size="sm">{formatDateTime(o.contactDueAt)}</Text>
              )}
              {o.contactBreached && (
                <Badge color="red" variant="light">
                  Missed
                </Badge>
              )}
            </Group>
          </Fact>
        )}
        {o.decidedAt && (
          <Fact label="Decided">
            <Text size="sm">
              {formatDateTime(o.decidedAt)}
              {o.decidedByLabel ? ` by ${o.decidedByLabel}` : ''}
            </Text>
          </Fact>
        )}
        {o.status === OfferStatus.REJECTED && (
          <Fact label="Reason">
            <Stack gap={2}>
              <Group gap={6}>
                <Text size="sm" fw={500} data-testid="offer-reason">
                  {o.reasonLabel ?? 'No reason recorded'}
                </Text>
                {o.spam && (
                  <Badge color="red" variant="filled">
                    Spam
                  </Badge>
                )}
              </Group>
              {o.comment && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  “{o.comment}”
                </Text>
              )}
              {o.contactReached != null && (
                <Text size="xs" c="dimmed">
                  Contact reached: {o.contactReached ? 'yes' : 'no'}
                </Text>
              )}
            </Stack>
          </Fact>
        )}
        {o.status === OfferStatus.EXPIRED && (
          <Text size="sm" c="orange.8">
            Not answered in time: the lead was recalled and handed on.
          </Text>
        )}
        {o.routing && <RoutingExplanation offer={o} routing={o.routing} />}
      </Stack>
    </Paper>
  );
}

function RoutingExplanation({
  offer,
  routing,
}: {
  offer: LeadOfferFieldsFragment;
  routing: NonNullable<LeadOfferFieldsFragment['routing']>;
}) {
  return (
    <Accordion variant="contained" radius="md" chevronPosition="left">
      <Accordion.Item value="routing">
        <Accordion.Control>
          <Text size="sm" fw={500}>
            Why {offer.partnerName ?? 'this partner'}: {routing.ruleName}
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          <Stack gap="xs" data-testid="routing-explanation">
            <Text size="sm">{routing.summary}</Text>
            {routing.filters.length > 0 && (
              <div>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  Eligible when
                </Text>
                <List size="sm" spacing={2}>
                  {routing.filters.map((f) => (
                    <List.Item key={f}>{f}</List.Item>
                  ))}
                </List>
              </div>
            )}
            {routing.excludedPartnerIds.length > 0 && (
              <Text size="sm" c="dimmed">
                {routing.excludedPartnerIds.length} partner
                {routing.excludedPartnerIds.length === 1 ? ' was' : 's were'} left out because they
                rejected this lead or let an offer of it expire.
              </Text>
            )}
            {routing.candidates.length > 0 && (
              <Table.ScrollContainer minWidth={560}>
                <Table verticalSpacing={4} fz="sm" data-testid="routing-candidates">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Partner</Table.Th>
                      <Table.Th ta="right">Score</Table.Th>
                      <Table.Th ta="right">Tier</Table.Th>
                      <Table.Th ta="right">Conversion</Table.Th>
                      <Table.Th ta="right">SLA kept</Table.Th>
                      <Table.Th ta="right">Open offers</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {routing.candidates.map((c) => (
                      <Table.Tr
                        key={c.partnerId}
                        fw={c.partnerId === offer.partnerId ? 600 : undefined}
                      >
                        <Table.Td>
                          {c.partnerName}
                          {c.partnerId === offer.partnerId && (
                            <Badge ml={6} size="xs" variant="light">
                              Chosen
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{score(c.score)}</Table.Td>
                        <Table.Td ta="right">{percent(c.tierScore)}</Table.Td>
                        <Table.Td ta="right">{percent(c.conversionRate)}</Table.Td>
                        <Table.Td ta="right">{percent(c.slaCompliance)}</Table.Td>
                        <Table.Td ta="right">{c.openOffers}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
