import { Module } from '@nestjs/common';
import { NotificationsModule } from '@tandem/api-notifications';
import { WebhookDispatcher } from './webhook-dispatcher.service';
import { WebhookDeliveryResolver, WebhookEndpointResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/** Outbound webhooks: endpoints, signed deliveries of the domain-event outbox, delivery logs. */
@Module({
  imports: [NotificationsModule],
  providers: [WebhooksService, WebhookDispatcher, WebhookEndpointResolver, WebhookDeliveryResolver],
  exports: [WebhooksService, WebhookDispatcher],
})
export class WebhooksModule {}
