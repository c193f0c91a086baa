import 'reflect-metadata';
// Loaded lazily by @nestjs/apollo; importing it here keeps it in pruned production installs.
import '@as-integrations/express5';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { resolve } from 'node:path';
import {
  AppConfig,
  AuditService,
  ConfigValidationError,
  DbService,
  PasswordHasher,
} from '@tandem/api-core';
import { ContentStorage } from '@tandem/api-content';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { prepareDatabase } from './database/prepare-database';
import { generateMigration } from './database/generate-migration';
import { DEMO_PASSWORD, demoSignIns, seedDemoData } from './database/seed/demo-seed';

const say = (message: string) => process.stdout.write(`${message}\n`);

async function bootstrap(): Promise<void> {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const emitSchema = arg('emit-schema');
  const schemaFile = arg('schema-file') ?? emitSchema;
  let config: AppConfig;
  try {
    config = AppConfig.fromEnv();
  } catch (err) {
    if (err instanceof ConfigValidationError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const database = await prepareDatabase(config, say);
  config = database.config;
  if (process.argv.includes('--migrate-only')) {
    await database.stop();
    return;
  }
  const migrationName = arg('generate-migration');
  if (migrationName) {
    const file = await generateMigration(config.database.ownerUrl ?? '', migrationName);
    say(
      file
        ? `Wrote ${file}; add it to MIGRATIONS in migrations/index.ts.`
        : 'Entities and migrations agree; nothing to generate.',
    );
    await database.stop();
    return;
  }

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, schemaFile: schemaFile ? resolve(schemaFile) : undefined }),
    { bufferLogs: true },
  );
  configureApp(app, config);
  if (emitSchema) {
    await app.init();
    await app.close();
    await database.stop();
    say(`Schema written to ${emitSchema}`);
    return;
  }

  const seeded = config.demoSeed
    ? await seedDemoData(
        app.get(DbService),
        app.get(PasswordHasher),
        app.get(AuditService),
        app.get(ContentStorage),
      )
    : false;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal} received: shutting down…`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen(config.port);
  say('');
  say(`Tandem is running at ${config.publicUrl}`);
  say(`GraphQL API: ${config.publicUrl}/graphql`);
  if (config.demoSeed) {
    say(seeded ? 'Demo data loaded.' : 'Using the existing data (npm run db:reset starts over).');
    say(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const s of demoSignIns())
      say(`  ${s.role.padEnd(18)} ${s.email.padEnd(28)} ${s.organisation}`);
  }
}

bootstrap().catch((err: unknown) => {
  process.stderr.write(
    `Tandem failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
