import { Badge } from '@mantine/core';
import { CampaignPhase, CampaignStatus } from '@tandem/shared-domain';

export const STATUS_LABELS: Record<CampaignStatus, string> = {
  [CampaignStatus.DRAFT]: 'Draft',
  [CampaignStatus.LAUNCHED]: 'Launched',
  [CampaignStatus.CANCELLED]: 'Cancelled',
};

const PHASES: Record<CampaignPhase, { label: string; color: string }> = {
  [CampaignPhase.LIVE]: { label: 'Live', color: 'teal' },
  [CampaignPhase.UPCOMING]: { label: 'Upcoming', color: 'blue' },
  [CampaignPhase.ENDED]: { label: 'Ended', color: 'gray' },
};

/** Phase for launched campaigns, otherwise the status (draft, cancelled). */
export function CampaignStateBadge({
  status,
  phase,
}: {
  status: CampaignStatus;
  phase?: CampaignPhase | null;
}) {
  if (status === CampaignStatus.LAUNCHED && phase) {
    const { label, color } = PHASES[phase];
    return (
      <Badge color={color} variant="light" data-testid="campaign-state" style={{ flexShrink: 0 }}>
        {label}
      </Badge>
    );
  }
  return (
    <Badge
      color={status === CampaignStatus.CANCELLED ? 'red' : 'yellow'}
      variant="light"
      data-testid="campaign-state"
      style={{ flexShrink: 0 }}
    >
      {STATUS_LABELS[status]}
    </Badge>
  );
}
