import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AppConfig } from './config/app-config';
import { Clock } from './clock/clock';
import { DbService } from './database/db.service';
import { AuditService } from './audit/audit.service';
import { JobRunner } from './jobs/job-runner.service';
import { MailerService } from './mail/mailer.service';
import { PermissionsGuard } from './auth/permissions.guard';
import { RequestTransactionPlugin } from './graphql/request-transaction.plugin';
import { QueryLimitsPlugin } from './graphql/query-limits.plugin';
import { HealthController } from './health/health.controller';
import { PasswordHasher } from './security/password-hasher';
import { AuditResolver } from './audit/audit.resolver';
import { RequestTransactionInterceptor } from './database/request-transaction.interceptor';
import { LiveEventsService } from './live/live-events.service';
import { CsvExportService } from './csv/csv-export.service';

export interface CoreModuleOptions {
  config: AppConfig;
  /** Tests pass a FixedClock to move time. */
  clock?: Clock;
}

@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      controllers: [HealthController],
      providers: [
        { provide: AppConfig, useValue: options.config },
        { provide: Clock, useValue: options.clock ?? new Clock() },
        DbService,
        AuditService,
        JobRunner,
        MailerService,
        PasswordHasher,
        RequestTransactionPlugin,
        RequestTransactionInterceptor,
        CsvExportService,
        QueryLimitsPlugin,
        AuditResolver,
        LiveEventsService,
        { provide: APP_GUARD, useClass: PermissionsGuard },
      ],
      exports: [
        AppConfig,
        Clock,
        DbService,
        AuditService,
        JobRunner,
        MailerService,
        PasswordHasher,
        LiveEventsService,
        CsvExportService,
      ],
    };
  }
}
