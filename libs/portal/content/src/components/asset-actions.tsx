import { Button, Group } from '@mantine/core';
import { IconDownload, IconExternalLink, IconEye } from '@tabler/icons-react';
import { AssetKind } from '@tandem/shared-domain';
import type { ContentAssetFieldsFragment } from '@tandem/portal-data-access';
import type { ReactNode } from 'react';

/** Download (recorded) and preview (not recorded); auth is the session cookie, so plain links. */
export function AssetActions({
  asset,
  size = 'xs',
  extra,
}: {
  asset: ContentAssetFieldsFragment;
  size?: 'xs' | 'sm';
  extra?: ReactNode;
}) {
  if (asset.kind === AssetKind.LINK) {
    return (
      <Group gap="xs">
        <Button
          size={size}
          variant="light"
          component="a"
          href={asset.downloadPath}
          target="_blank"
          rel="noopener"
          leftSection={<IconExternalLink size={14} />}
          aria-label={`Open link ${asset.title}`}
        >
          Open link
        </Button>
        {extra}
      </Group>
    );
  }
  return (
    <Group gap="xs">
      <Button
        size={size}
        variant="light"
        component="a"
        href={asset.downloadPath}
        download={asset.fileName ?? true}
        leftSection={<IconDownload size={14} />}
        aria-label={`Download ${asset.title}`}
      >
        Download
      </Button>
      <Button
        size={size}
        variant="default"
        component="a"
        href={asset.previewPath}
        target="_blank"
        rel="noopener"
        leftSection={<IconEye size={14} />}
        aria-label={`Preview ${asset.title}`}
      >
        Preview
      </Button>
      {extra}
    </Group>
  );
}
