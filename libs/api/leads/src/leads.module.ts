import { Module } from '@nestjs/common';
import { NotificationsModule } from '@tandem/api-notifications';
import { HandoffService } from './handoff.service';
import { LeadImportService } from './lead-import.service';
import { LeadLiveResolver } from './lead-live.resolver';
import { LeadsExportController } from './leads-export.controller';
import {
  LeadOfferResolver,
  LeadsResolver,
  LeadStageEventResolver,
  RoutingConfigResolver,
} from './leads.resolver';
import { LeadsService } from './leads.service';
import { RoutingConfigService } from './routing-config.service';
import { SlaComplianceService } from './sla-compliance.service';

/** Leads, hand-offs with SLA clocks, routing rules and CSV import. */
@Module({
  imports: [NotificationsModule],
  controllers: [LeadsExportController],
  providers: [
    HandoffService,
    LeadsService,
    LeadImportService,
    RoutingConfigService,
    SlaComplianceService,
    LeadsResolver,
    LeadStageEventResolver,
    LeadOfferResolver,
    RoutingConfigResolver,
    LeadLiveResolver,
  ],
  exports: [LeadsService, HandoffService, SlaComplianceService],
})
export class LeadsModule {}
