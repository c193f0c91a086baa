/**
 * Outbound webhooks: the events an endpoint can subscribe to. The enum key is what GraphQL and
 * the database speak; the dotted name is what a receiver sees in the payload and headers.
 */
export enum WebhookEventType {
  LEAD_CREATED = 'LEAD_CREATED',
  LEAD_STAGE_CHANGED = 'LEAD_STAGE_CHANGED',
  OFFER_ACCEPTED = 'OFFER_ACCEPTED',
  OFFER_REJECTED = 'OFFER_REJECTED',
  OFFER_EXPIRED = 'OFFER_EXPIRED',
  REGISTRATION_SUBMITTED = 'REGISTRATION_SUBMITTED',
  REGISTRATION_APPROVED = 'REGISTRATION_APPROVED',
  REGISTRATION_REJECTED = 'REGISTRATION_REJECTED',
  REGISTRATION_WON = 'REGISTRATION_WON',
  REGISTRATION_LOST = 'REGISTRATION_LOST',
  REGISTRATION_EXPIRED = 'REGISTRATION_EXPIRED',
  GOAL_CHANGED = 'GOAL_CHANGED',
  CAMPAIGN_LAUNCHED = 'CAMPAIGN_LAUNCHED',
  /** Sent only by "send test event"; endpoints need not subscribe to it. */
  PING = 'PING',
}

export const WEBHOOK_EVENT_NAMES: Record<WebhookEventType, string> = {
  [WebhookEventType.LEAD_CREATED]: 'lead.created',
  [WebhookEventType.LEAD_STAGE_CHANGED]: 'lead.stage_changed',
  [WebhookEventType.OFFER_ACCEPTED]: 'offer.accepted',
  [WebhookEventType.OFFER_REJECTED]: 'offer.rejected',
  [WebhookEventType.OFFER_EXPIRED]: 'offer.expired',
  [WebhookEventType.REGISTRATION_SUBMITTED]: 'registration.submitted',
  [WebhookEventType.REGISTRATION_APPROVED]: 'registration.approved',
  [WebhookEventType.REGISTRATION_REJECTED]: 'registration.rejected',
  [WebhookEventType.REGISTRATION_WON]: 'registration.won',
  [WebhookEventType.REGISTRATION_LOST]: 'registration.lost',
  [WebhookEventType.REGISTRATION_EXPIRED]: 'registration.expired',
  [WebhookEventType.GOAL_CHANGED]: 'goal.changed',
  [WebhookEventType.CAMPAIGN_LAUNCHED]: 'campaign.launched',
  [WebhookEventType.PING]: 'ping',
};

/** The events an endpoint may subscribe to, grouped as the portal shows them. */
export const WEBHOOK_EVENT_GROUPS: { label: string; events: WebhookEventType[] }[] = [
  {
    label: 'Leads',
    events: [WebhookEventType.LEAD_CREATED, WebhookEventType.LEAD_STAGE_CHANGED],
  },
  {
    label: 'Offers',
    events: [
      WebhookEventType.OFFER_ACCEPTED,
      WebhookEventType.OFFER_REJECTED,
      WebhookEventType.OFFER_EXPIRED,
    ],
  },
  {
    label: 'Deal registrations',
    events: [
      WebhookEventType.REGISTRATION_SUBMITTED,
      WebhookEventType.REGISTRATION_APPROVED,
      WebhookEventType.REGISTRATION_REJECTED,
      WebhookEventType.REGISTRATION_WON,
      WebhookEventType.REGISTRATION_LOST,
      WebhookEventType.REGISTRATION_EXPIRED,
    ],
  },
  { label: 'Goals', events: [WebhookEventType.GOAL_CHANGED] },
  { label: 'Campaigns', events: [WebhookEventType.CAMPAIGN_LAUNCHED] },
];

export const SUBSCRIBABLE_WEBHOOK_EVENTS: WebhookEventType[] = WEBHOOK_EVENT_GROUPS.flatMap(
  (g) => g.events,
);

export enum WebhookDeliveryStatus {
  /** Waiting for its next attempt. */
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  /** Retried for 24 hours without a 2xx answer (or its endpoint was disabled). */
  FAILED = 'FAILED',
}

export const WEBHOOK_DELIVERY_STATUS_LABELS: Record<WebhookDeliveryStatus, string> = {
  [WebhookDeliveryStatus.PENDING]: 'Pending',
  [WebhookDeliveryStatus.DELIVERED]: 'Delivered',
  [WebhookDeliveryStatus.FAILED]: 'Failed',
};

/** Header names a receiver reads; documented in docs/integrations.md. */
export const WEBHOOK_HEADERS = {
  id: 'Tandem-Webhook-Id',
  event: 'Tandem-Webhook-Event',
  timestamp: 'Tandem-Webhook-Timestamp',
  signature: 'Tandem-Signature',
} as const;
