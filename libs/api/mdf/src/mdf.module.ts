import { Module } from '@nestjs/common';
import { AnalyticsModule } from '@tandem/api-analytics';
import { ContentModule } from '@tandem/api-content';
import { MdfController } from './mdf.controller';
import { MdfResolver } from './mdf.resolver';
import { MdfService } from './mdf.service';

/** Market development funds: budgets, allocations, requests, claims with proof, returns. */
@Module({
  imports: [AnalyticsModule, ContentModule],
  controllers: [MdfController],
  providers: [MdfService, MdfResolver],
  exports: [MdfService],
})
export class MdfModule {}
