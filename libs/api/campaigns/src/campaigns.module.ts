import { Module } from '@nestjs/common';
import { NotificationsModule } from '@tandem/api-notifications';
import { CampaignsService } from './campaigns.service';
import { CampaignsResolver } from './campaigns.resolver';

/** Campaigns: planned by the vendor or a partner, launched to partners, acknowledged by their people. */
@Module({
  imports: [NotificationsModule],
  providers: [CampaignsService, CampaignsResolver],
  exports: [CampaignsService],
})
export class CampaignsModule {}
