import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ContentKitFieldsFragment } from '@tandem/portal-data-access';
import { Link } from 'react-router';

/** One-click ZIP download: the API builds it (co-branded templates filled in) and records it. */
export function DownloadKitButton({
  kit,
  size = 'sm',
}: {
  kit: Pick<ContentKitFieldsFragment, 'downloadPath' | 'name'> & { assets: unknown[] };
  size?: 'xs' | 'sm' | 'md';
}) {
  const empty = kit.assets.length === 0;
  return (
    <Button
      size={size}
      component="a"
      href={empty ? undefined : kit.downloadPath}
      download
      disabled={empty}
      leftSection={<IconDownload size={16} />}
      title={
        empty ? 'This kit has no content you can download yet.' : `Download ${kit.name} as ZIP`
      }
    >
      Download kit
    </Button>
  );
}

export function KitCard({ kit }: { kit: ContentKitFieldsFragment }) {
  return (
    <Card withBorder radius="md" padding="lg" data-testid="kit-card">
      <Stack gap="xs" h="100%">
        <Anchor
          component={Link}
          to={`/content/kits/${kit.id}`}
          fw={600}
          size="lg"
          style={{ overflowWrap: 'anywhere' }}
        >
          {kit.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {kit.assets.length} item{kit.assets.length === 1 ? '' : 's'}
          {kit.persona ? ` · for ${kit.persona.name}` : ''}
          {` · ${kit.downloadCount} download${kit.downloadCount === 1 ? '' : 's'}`}
        </Text>
        {kit.description && (
          <Text size="sm" lineClamp={3}>
            {kit.description}
          </Text>
        )}
        <Group mt="auto" pt="xs" gap="xs">
          <DownloadKitButton kit={kit} size="xs" />
          <Button size="xs" variant="default" component={Link} to={`/content/kits/${kit.id}`}>
            Open
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
