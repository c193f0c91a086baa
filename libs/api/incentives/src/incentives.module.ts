import { Module } from '@nestjs/common';
import { AnalyticsModule } from '@tandem/api-analytics';
import { IncentivesExportController } from './incentives-export.controller';
import { IncentivesResolver, PartnerEarningsResolver } from './incentives.resolver';
import { IncentivesService } from './incentives.service';

/** Shared incentive plans paid on joint goals, from the analytics metric layer. */
@Module({
  imports: [AnalyticsModule],
  controllers: [IncentivesExportController],
  providers: [IncentivesService, IncentivesResolver, PartnerEarningsResolver],
  exports: [IncentivesService],
})
export class IncentivesModule {}
