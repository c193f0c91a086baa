import { Badge } from '@mantine/core';
import {
  INCENTIVE_PLAN_STATUS_LABELS,
  PAYOUT_STATUS_LABELS,
  type IncentivePlanStatus,
  type PayoutStatus,
} from '@tandem/shared-domain';
import { PAYOUT_STATUS_COLORS, PLAN_STATUS_COLORS } from '../lib/plan-display';

export function PlanStatusBadge({ status }: { status: IncentivePlanStatus }) {
  return (
    <Badge
      color={PLAN_STATUS_COLORS[status]}
      variant="light"
      style={{ minWidth: 'max-content' }}
      data-testid="plan-status"
      data-status={status}
    >
      {INCENTIVE_PLAN_STATUS_LABELS[status]}
    </Badge>
  );
}

export function PayoutStatusBadge({ status }: { status: PayoutStatus }) {
  return (
    <Badge
      color={PAYOUT_STATUS_COLORS[status]}
      variant="light"
      style={{ minWidth: 'max-content' }}
      data-testid="payout-status"
      data-status={status}
    >
      {PAYOUT_STATUS_LABELS[status]}
    </Badge>
  );
}
