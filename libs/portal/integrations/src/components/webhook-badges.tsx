import { Badge, Code } from '@mantine/core';
import {
  WEBHOOK_DELIVERY_STATUS_LABELS,
  WEBHOOK_EVENT_NAMES,
  WebhookDeliveryStatus,
  type WebhookEventType,
} from '@tandem/shared-domain';

const STATUS_COLORS: Record<WebhookDeliveryStatus, string> = {
  [WebhookDeliveryStatus.PENDING]: 'yellow',
  [WebhookDeliveryStatus.DELIVERED]: 'teal',
  [WebhookDeliveryStatus.FAILED]: 'red',
};

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-testid="delivery-status">
      {WEBHOOK_DELIVERY_STATUS_LABELS[status]}
    </Badge>
  );
}

export function EndpointStatusBadge({ enabled }: { enabled: boolean }) {
  return (
    <Badge color={enabled ? 'teal' : 'gray'} variant="light" data-testid="endpoint-status">
      {enabled ? 'Enabled' : 'Disabled'}
    </Badge>
  );
}

export function EventName({ type }: { type: WebhookEventType }) {
  return <Code>{WEBHOOK_EVENT_NAMES[type]}</Code>;
}
