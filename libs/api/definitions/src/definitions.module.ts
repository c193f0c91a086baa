import { Module } from '@nestjs/common';
import { NotificationsModule } from '@tandem/api-notifications';
import { DefinitionsService } from './definitions.service';
import { DefinitionsResolver } from './definitions.resolver';

/** Standard definitions: the versioned funnel, MQL criteria as data, and reason codes. */
@Module({
  imports: [NotificationsModule],
  providers: [DefinitionsService, DefinitionsResolver],
  exports: [DefinitionsService],
})
export class DefinitionsModule {}
