import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconEdit } from '@tabler/icons-react';
import {
  DetailSkeleton,
  EmptyState,
  ErrorAlert,
  PageHeader,
  errorCode,
  formatDate,
} from '@tandem/portal-ui';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ContentKitDocument } from '../graphql/content.graphql';
import { useContentAccess } from '../hooks/use-content-access';
import { AssetKind } from '@tandem/shared-domain';
import { formatFileSize } from '../lib/format-size';
import { AssetActions } from './asset-actions';
import { AssetBadges } from './content-badges';
import { DownloadKitButton } from './kit-card';
import { KitForm } from './kit-form';

export function KitNotFound() {
  return (
    <EmptyState
      title="Kit not found"
      description="This kit does not exist or you do not have access to it."
      action={
        <Anchor component={Link} to="/content/kits">
          Back to kits
        </Anchor>
      }
    />
  );
}

export function KitCreate() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title="New kit" description="Bundle assets partners download in one click." />
      <KitForm
        onSaved={(id) => void navigate(`/content/kits/${id}`)}
        onCancel={() => void navigate('/content/kits')}
      />
    </>
  );
}

export function KitDetail({ kitId }: { kitId: string }) {
  const { canManage } = useContentAccess();
  const [searchParams, setSearchParams] = useSearchParams();
  const editing = canManage && searchParams.get('edit') === '1';
  const setEditing = (on: boolean) =>
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      if (on) next.set('edit', '1');
      else next.delete('edit');
      return next;
    });
  const { data, loading, error, refetch } = useQuery(ContentKitDocument, {
    variables: { id: kitId },
  });

  if (loading && !data) return <DetailSkeleton />;
  if (error && !data) {
    if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'FORBIDDEN')
      return <KitNotFound />;
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <KitNotFound />;
  const kit = data.contentKit;

  if (editing) {
    return (
      <>
        <PageHeader title={`Edit ${kit.name}`} />
        <KitForm
          key={kit.version}
          kit={kit}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
          onReload={() => void refetch()}
        />
      </>
    );
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/content/kits" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Kits
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Title order={2} data-testid="kit-name" style={{ overflowWrap: 'anywhere' }}>
            {kit.name}
          </Title>
          <Text size="sm" c="dimmed">
            {kit.assets.length} item{kit.assets.length === 1 ? '' : 's'} · updated{' '}
            {formatDate(kit.updatedAt)} · {kit.downloadCount} download
            {kit.downloadCount === 1 ? '' : 's'}
          </Text>
          {(kit.persona || kit.campaignId) && (
            <Group gap="md">
              {kit.persona && (
                <Text size="sm">
                  Persona:{' '}
                  <Anchor component={Link} to={`/personas/${kit.persona.id}`}>
                    {kit.persona.name}
                  </Anchor>
                </Text>
              )}
              {kit.campaignId && (
                <Anchor component={Link} to={`/campaigns/${kit.campaignId}`} size="sm">
                  Open the campaign
                </Anchor>
              )}
            </Group>
          )}
        </Stack>
        <Group gap="xs">
          <DownloadKitButton kit={kit} />
          {canManage && (
            <Button
              variant="default"
              leftSection={<IconEdit size={16} />}
              onClick={() => setEditing(true)}
            >
              Edit kit
            </Button>
          )}
        </Group>
      </Group>

      {kit.description && <Text>{kit.description}</Text>}

      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="xs">
          Talking points
        </Title>
        {kit.talkingPoints.length ? (
          <List spacing={4} data-testid="talking-points">
            {kit.talkingPoints.map((point) => (
              <List.Item key={point}>{point}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            No talking points yet.
          </Text>
        )}
      </Paper>

      <Stack gap="xs">
        <Title order={4}>In this kit</Title>
        {kit.assets.length === 0 ? (
          <EmptyState
            title="Nothing to download yet"
            description="None of this kit's content is available to you right now."
          />
        ) : (
          <Stack gap="xs" data-testid="kit-assets">
            {kit.assets.map((asset, index) => (
              <Paper key={asset.id} withBorder radius="md" p="sm">
                <Group justify="space-between" align="flex-start" gap="sm">
                  <Stack gap={4} style={{ minWidth: 0, flex: '1 1 260px' }}>
                    <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {index + 1}. {asset.title}
                    </Text>
                    <AssetBadges asset={asset} showAvailability={canManage} />
                    <Text size="xs" c="dimmed">
                      {asset.kind === AssetKind.LINK ? 'Link' : formatFileSize(asset.sizeBytes)}
                    </Text>
                  </Stack>
                  <AssetActions asset={asset} />
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
