import { Module } from '@nestjs/common';
import { AnalyticsExportController } from './analytics-export.controller';
import { GoalsExportController } from './goals-export.controller';
import {
  AnalyticsResolver,
  GoalOverviewRowResolver,
  GoalResolver,
  LeaderboardRowResolver,
} from './analytics.resolver';
import { AnalyticsService } from './analytics.service';
import { GoalsService } from './goals.service';
import { PlanService } from './plan.service';
import { ReportsService } from './reports.service';

/** Goals, scorecards and channel analytics over one metric layer (docs/metrics.md). */
@Module({
  controllers: [AnalyticsExportController, GoalsExportController],
  providers: [
    AnalyticsService,
    GoalsService,
    PlanService,
    ReportsService,
    AnalyticsResolver,
    LeaderboardRowResolver,
    GoalResolver,
    GoalOverviewRowResolver,
  ],
  exports: [AnalyticsService, GoalsService, ReportsService],
})
export class AnalyticsModule {}
