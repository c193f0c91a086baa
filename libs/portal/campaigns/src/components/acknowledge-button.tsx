import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { CampaignStatus } from '@tandem/shared-domain';
import type { CampaignFieldsFragment } from '@tandem/portal-data-access';
import { describeApiError } from '@tandem/portal-ui';
import { AcknowledgeCampaignDocument } from '../graphql/campaigns.graphql';

/** "Seen it": partners' people acknowledge launched campaigns; the count is shown to everyone. */
export function AcknowledgeButton({
  campaign,
  size = 'xs',
}: {
  campaign: CampaignFieldsFragment;
  size?: 'xs' | 'sm';
}) {
  const [acknowledge, { loading }] = useMutation(AcknowledgeCampaignDocument);
  if (campaign.status !== CampaignStatus.LAUNCHED) return null;
  const count = (
    <Text size="xs" c="dimmed" data-testid="ack-count">
      {campaign.acknowledgementCount} acknowledged
    </Text>
  );
  if (campaign.acknowledgedByMe) {
    return (
      <Group gap="xs">
        <Badge color="teal" variant="light" leftSection={<IconCheck size={12} />} tt="none">
          Acknowledged
        </Badge>
        {count}
      </Group>
    );
  }
  return (
    <Group gap="xs">
      <Button
        size={size}
        variant="light"
        loading={loading}
        leftSection={<IconCheck size={14} />}
        onClick={async () => {
          try {
            await acknowledge({ variables: { id: campaign.id } });
            notifications.show({ color: 'teal', message: `You acknowledged ${campaign.name}.` });
          } catch (error) {
            notifications.show({ color: 'red', message: describeApiError(error).message });
          }
        }}
      >
        Acknowledge
      </Button>
      {count}
    </Group>
  );
}
