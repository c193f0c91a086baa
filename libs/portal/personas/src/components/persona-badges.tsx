import { Badge } from '@mantine/core';
import { PersonaStatus, ProposalStatus } from '@tandem/shared-domain';

export const PERSONA_STATUS_LABELS: Record<PersonaStatus, string> = {
  [PersonaStatus.DRAFT]: 'Draft',
  [PersonaStatus.PUBLISHED]: 'Published',
  [PersonaStatus.RETIRED]: 'Retired',
};

const PERSONA_STATUS_COLORS: Record<PersonaStatus, string> = {
  [PersonaStatus.DRAFT]: 'yellow',
  [PersonaStatus.PUBLISHED]: 'teal',
  [PersonaStatus.RETIRED]: 'gray',
};

export function PersonaStatusBadge({ status }: { status: PersonaStatus }) {
  return (
    <Badge
      color={PERSONA_STATUS_COLORS[status]}
      variant="light"
      data-testid="persona-status"
      style={{ flexShrink: 0 }}
    >
      {PERSONA_STATUS_LABELS[status]}
    </Badge>
  );
}

const PROPOSAL_STATUS: Record<ProposalStatus, { label: string; color: string }> = {
  [ProposalStatus.OPEN]: { label: 'Open', color: 'blue' },
  [ProposalStatus.ACCEPTED]: { label: 'Accepted', color: 'teal' },
  [ProposalStatus.DECLINED]: { label: 'Declined', color: 'red' },
};

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { label, color } = PROPOSAL_STATUS[status];
  return (
    <Badge color={color} variant="light" data-testid="proposal-status">
      {label}
    </Badge>
  );
}
