import { Badge } from '@mantine/core';
import {
  MDF_CLAIM_STATUS_LABELS,
  MDF_REQUEST_STATUS_LABELS,
  type MdfClaimStatus,
  type MdfRequestStatus,
} from '@tandem/shared-domain';
import { CLAIM_STATUS_COLORS, REQUEST_STATUS_COLORS } from '../lib/request-display';

/** Badges in table cells keep their whole label instead of shrinking to an ellipsis. */
const FULL_BADGE = {
  root: { flexShrink: 0, maxWidth: 'none' },
  label: { overflow: 'visible' },
} as const;

export function RequestStatusBadge({ status }: { status: MdfRequestStatus }) {
  return (
    <Badge
      color={REQUEST_STATUS_COLORS[status]}
      variant="light"
      styles={FULL_BADGE}
      data-testid="request-status"
      data-status={status}
    >
      {MDF_REQUEST_STATUS_LABELS[status]}
    </Badge>
  );
}

export function ClaimStatusBadge({ status }: { status: MdfClaimStatus }) {
  return (
    <Badge
      color={CLAIM_STATUS_COLORS[status]}
      variant="light"
      styles={FULL_BADGE}
      data-testid="claim-status"
      data-status={status}
    >
      {MDF_CLAIM_STATUS_LABELS[status]}
    </Badge>
  );
}
