import { Badge, Group } from '@mantine/core';
import {
  ASSET_TYPE_LABELS,
  FUNNEL_STAGE_LABELS,
  type AssetType,
  type FunnelStage,
} from '@tandem/shared-domain';
import { AVAILABILITY_LABELS, assetAvailability } from '../lib/asset-status';

const AVAILABILITY_COLORS = {
  unpublished: 'gray',
  scheduled: 'blue',
  live: 'teal',
  expired: 'red',
} as const;

export function AssetTypeBadge({ type }: { type: AssetType }) {
  return (
    <Badge variant="light" color="indigo" tt="none">
      {ASSET_TYPE_LABELS[type]}
    </Badge>
  );
}

export function FunnelStageBadge({ stage }: { stage: FunnelStage | null | undefined }) {
  if (!stage) return null;
  return (
    <Badge variant="outline" color="gray" tt="none">
      {FUNNEL_STAGE_LABELS[stage]}
    </Badge>
  );
}

/** For managers: whether partners can see the asset right now. */
export function AvailabilityBadge({
  asset,
}: {
  asset: { publishAt?: string | null; expiresAt?: string | null };
}) {
  const availability = assetAvailability(asset);
  return (
    <Badge
      variant={availability === 'live' ? 'light' : 'filled'}
      color={AVAILABILITY_COLORS[availability]}
      data-testid="asset-availability"
    >
      {AVAILABILITY_LABELS[availability]}
    </Badge>
  );
}

export function AssetBadges({
  asset,
  showAvailability,
}: {
  asset: {
    type: AssetType;
    funnelStage?: FunnelStage | null;
    cobranded: boolean;
    publishAt?: string | null;
    expiresAt?: string | null;
  };
  showAvailability: boolean;
}) {
  return (
    <Group gap={6}>
      {showAvailability && <AvailabilityBadge asset={asset} />}
      <AssetTypeBadge type={asset.type} />
      <FunnelStageBadge stage={asset.funnelStage} />
      {asset.cobranded && (
        <Badge variant="light" color="grape" tt="none" title="Filled in with your details">
          Co-branded
        </Badge>
      )}
    </Group>
  );
}
