import { Badge } from '@mantine/core';
import { PartnerStatus, UserStatus } from '@tandem/shared-domain';

const PARTNER_STATUS: Record<PartnerStatus, { label: string; color: string }> = {
  [PartnerStatus.ONBOARDING]: { label: 'Onboarding', color: 'blue' },
  [PartnerStatus.ACTIVE]: { label: 'Active', color: 'teal' },
  [PartnerStatus.SUSPENDED]: { label: 'Suspended', color: 'red' },
};

const USER_STATUS: Record<UserStatus, { label: string; color: string }> = {
  [UserStatus.INVITED]: { label: 'Invited', color: 'yellow' },
  [UserStatus.ACTIVE]: { label: 'Active', color: 'teal' },
  [UserStatus.DISABLED]: { label: 'Disabled', color: 'gray' },
};

export const PARTNER_STATUS_LABELS: Record<PartnerStatus, string> = {
  [PartnerStatus.ONBOARDING]: 'Onboarding',
  [PartnerStatus.ACTIVE]: 'Active',
  [PartnerStatus.SUSPENDED]: 'Suspended',
};

export const USER_STATUS_LABELS: Record<UserStatus, string> = {
  [UserStatus.INVITED]: 'Invited',
  [UserStatus.ACTIVE]: 'Active',
  [UserStatus.DISABLED]: 'Disabled',
};

export function PartnerStatusBadge({ status }: { status: PartnerStatus }) {
  const { label, color } = PARTNER_STATUS[status];
  return (
    <Badge color={color} variant="light">
      {label}
    </Badge>
  );
}

export function UserStatusBadge({ status }: { status: UserStatus }) {
  const { label, color } = USER_STATUS[status];
  return (
    <Badge color={color} variant="light">
      {label}
    </Badge>
  );
}
