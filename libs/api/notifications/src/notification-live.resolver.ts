import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { Permission } from '@tandem/shared-domain';
import { Allow, LiveEventsService, LiveTopic } from '@tandem/api-core';
import type { LiveGqlContext } from '@tandem/api-core';
import { Notification } from './notification.entity';

@Resolver(() => Notification)
export class NotificationLiveResolver {
  constructor(private readonly live: LiveEventsService) {}

  @Subscription(() => Notification, {
    description: 'The signed-in user’s new in-app notifications, as they arrive (WebSocket).',
    resolve: (notification: Notification) => notification,
  })
  @Allow(Permission.Authenticated)
  notificationAdded(@Context() gql: LiveGqlContext) {
    return this.live.stream(gql, {
      topic: LiveTopic.Notification,
      permissions: [Permission.Authenticated],
      audience: (event, me) => event.userIds?.includes(me.userId) ?? false,
      load: (ctx, event) =>
        ctx.em.findOne(Notification, { where: { id: event.id, userId: ctx.user.userId } }),
    });
  }
}
