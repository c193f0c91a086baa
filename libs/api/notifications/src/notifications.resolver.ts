import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { NotificationChannel, NotificationKind, Permission } from '@tandem/shared-domain';
import { Allow, Ctx, PageInput, Paginated, RequestContext, toPage } from '@tandem/api-core';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

@ObjectType()
export class NotificationPage extends Paginated(Notification, 'NotificationPage') {}

@ObjectType()
export class NotificationPreferenceItem {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationChannel)
  channel: NotificationChannel;
}

@Resolver(() => Notification)
@Allow(Permission.Authenticated)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => NotificationPage, {
    description: 'The signed-in user’s notifications, newest first.',
  })
  myNotifications(
    @Ctx() ctx: RequestContext,
    @Args('page', { nullable: true }) page?: PageInput,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly?: boolean,
  ) {
    return this.notifications.list(ctx, toPage(page), unreadOnly ?? false);
  }

  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: RequestContext) {
    return this.notifications.unreadCount(ctx);
  }

  @Mutation(() => Int, {
    description: 'Marks notifications read (all when ids is empty); returns the unread count.',
  })
  markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Args('ids', { type: () => [ID], defaultValue: [] }) ids: string[],
  ) {
    return this.notifications.markRead(ctx, ids);
  }

  @Query(() => [NotificationPreferenceItem])
  myNotificationPreferences(@Ctx() ctx: RequestContext) {
    return this.notifications.preferences(ctx);
  }

  @Mutation(() => [NotificationPreferenceItem])
  async setNotificationPreference(
    @Ctx() ctx: RequestContext,
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKind,
    @Args('channel', { type: () => NotificationChannel }) channel: NotificationChannel,
  ) {
    await this.notifications.setPreference(ctx, kind, channel);
    return this.notifications.preferences(ctx);
  }
}
