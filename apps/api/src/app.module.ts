import { DynamicModule, Logger, Module } from '@nestjs/common';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLFormattedError } from 'graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppConfig, Clock, CoreModule, GqlContext, formatGraphqlError } from '@tandem/api-core';
import { DirectoryModule } from '@tandem/api-directory';
import { NotificationsModule } from '@tandem/api-notifications';
import { AuthModule, LiveSocketService } from '@tandem/api-auth';
import { PersonasModule } from '@tandem/api-personas';
import { CampaignsModule } from '@tandem/api-campaigns';
import { ContentModule } from '@tandem/api-content';
import { DefinitionsModule } from '@tandem/api-definitions';
import { LeadsModule } from '@tandem/api-leads';
import { DealsModule } from '@tandem/api-deals';
import { AnalyticsModule } from '@tandem/api-analytics';
import { IncentivesModule } from '@tandem/api-incentives';
import { MdfModule } from '@tandem/api-mdf';
import { TokensModule } from '@tandem/api-tokens';
import { WebhooksModule } from '@tandem/api-webhooks';
import { dataSourceOptions } from './database/data-source';

export interface AppModuleOptions {
  config: AppConfig;
  clock?: Clock;
  /** Where to write the schema (development); otherwise it is kept in memory. */
  schemaFile?: string;
}

const gqlLogger = new Logger('GraphQL');

const formatError = (formatted: GraphQLFormattedError, error: unknown) =>
  formatGraphqlError(formatted, error, (err) =>
    gqlLogger.error(err instanceof Error ? (err.stack ?? err.message) : String(err)),
  );

function requireUrl(config: AppConfig): string {
  if (!config.database.url)
    throw new Error('The database URL is resolved before the app module is built');
  return config.database.url;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config } = options;
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({ config, clock: options.clock }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: (req: IncomingMessage, res: ServerResponse) => {
              const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              'res.headers["set-cookie"]',
            ],
            autoLogging: {
              ignore: (req: IncomingMessage) => req.url?.startsWith('/health') ?? false,
            },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(requireUrl(config), config.database.poolSize)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [LiveSocketService, GraphQLSchemaHost],
          useFactory: (live: LiveSocketService, schemaHost: GraphQLSchemaHost) => ({
            path: '/graphql',
            autoSchemaFile: options.schemaFile ?? true,
            sortSchema: true,
            playground: false,
            introspection: !config.isProduction,
            plugins: config.isProduction
              ? []
              : [ApolloServerPluginLandingPageLocalDefault({ embed: true })],
            includeStacktraceInErrorResponses: false,
            fieldResolverEnhancers: ['guards'],
            context: ({ req, res }: Pick<GqlContext, 'req' | 'res'>) => ({
              req,
              res,
              ctx: (req as GqlContext['req'] & { requestContext: GqlContext['ctx'] })
                .requestContext,
            }),
            formatError,
            // Live updates: graphql-ws on the same path, authenticated like HTTP requests.
            subscriptions: {
              'graphql-ws': live.options(
                () => schemaHost.schema,
                (error) => formatError(error.toJSON(), error),
              ),
            },
          }),
        }),
        NotificationsModule,
        DirectoryModule,
        AuthModule,
        PersonasModule,
        CampaignsModule,
        ContentModule,
        DefinitionsModule,
        LeadsModule,
        DealsModule,
        AnalyticsModule,
        IncentivesModule,
        MdfModule,
        TokensModule,
        WebhooksModule,
      ],
    };
  }
}
