import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { NotificationLiveResolver } from './notification-live.resolver';

@Module({
  providers: [NotificationsService, NotificationsResolver, NotificationLiveResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
