export * from './webhook.entities';
export * from './webhook-crypto';
export * from './webhook-url';
export * from './webhook-dispatcher.service';
export * from './webhooks.service';
export * from './webhooks.module';
