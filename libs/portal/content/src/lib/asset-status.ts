export type AssetAvailability = 'unpublished' | 'scheduled' | 'live' | 'expired';

export const AVAILABILITY_LABELS: Record<AssetAvailability, string> = {
  unpublished: 'Unpublished',
  scheduled: 'Scheduled',
  live: 'Published',
  expired: 'Expired',
};

/** Where an asset stands in its publication window, as partners experience it. */
export function assetAvailability(
  asset: { publishAt?: string | null; expiresAt?: string | null },
  now: Date = new Date(),
): AssetAvailability {
  if (!asset.publishAt) return 'unpublished';
  if (asset.expiresAt && new Date(asset.expiresAt).getTime() <= now.getTime()) return 'expired';
  if (new Date(asset.publishAt).getTime() > now.getTime()) return 'scheduled';
  return 'live';
}
