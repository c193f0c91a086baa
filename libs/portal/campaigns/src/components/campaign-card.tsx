import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { IconPackage } from '@tabler/icons-react';
import type { CampaignFieldsFragment } from '@tandem/portal-data-access';
import { Link } from 'react-router';
import { formatDayRange } from '../lib/campaign-form';
import { AcknowledgeButton } from './acknowledge-button';
import { CampaignStateBadge } from './campaign-badges';

export function CampaignCard({
  campaign,
  compact = false,
}: {
  campaign: CampaignFieldsFragment;
  compact?: boolean;
}) {
  return (
    <Card withBorder radius="md" padding={compact ? 'md' : 'lg'} data-testid="campaign-card">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Anchor
            component={Link}
            to={`/campaigns/${campaign.id}`}
            fw={600}
            size={compact ? 'md' : 'lg'}
            style={{ overflowWrap: 'anywhere' }}
          >
            {campaign.name}
          </Anchor>
          <CampaignStateBadge status={campaign.status} phase={campaign.phase} />
        </Group>
        <Text size="xs" c="dimmed">
          {formatDayRange(campaign.startsOn, campaign.endsOn)}
          {campaign.partnerId ? ' · own campaign' : ''}
        </Text>
        {campaign.goal && (
          <Text size="sm" lineClamp={compact ? 2 : 3}>
            <Text span fw={500} size="sm">
              Goal:{' '}
            </Text>
            {campaign.goal}
          </Text>
        )}
        {!compact && campaign.personas.length > 0 && (
          <Text size="xs" c="dimmed">
            For{' '}
            {campaign.personas.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ', '}
                <Anchor component={Link} to={`/personas/${p.id}`} size="xs">
                  {p.name}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
        <Group mt="auto" pt="xs" justify="space-between" gap="xs">
          <AcknowledgeButton campaign={campaign} />
          {campaign.kitId && (
            <Anchor component={Link} to={`/content/kits/${campaign.kitId}`} size="sm">
              <Group gap={4}>
                <IconPackage size={14} /> Campaign kit
              </Group>
            </Anchor>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
