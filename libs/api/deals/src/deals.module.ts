import { Module } from '@nestjs/common';
import { NotificationsModule } from '@tandem/api-notifications';
import { CatalogService } from './catalog.service';
import {
  CatalogResolver,
  DealEventResolver,
  DealLineResolver,
  DealsResolver,
} from './deals.resolver';
import { DealsService } from './deals.service';
import { DealLiveResolver } from './deal-live.resolver';
import { DealsExportController } from './deals-export.controller';

/** Deal registration: products and account lists, registrations, conflicts, decisions. */
@Module({
  imports: [NotificationsModule],
  controllers: [DealsExportController],
  providers: [
    DealsService,
    CatalogService,
    DealsResolver,
    DealLineResolver,
    DealEventResolver,
    CatalogResolver,
    DealLiveResolver,
  ],
  exports: [DealsService],
})
export class DealsModule {}
