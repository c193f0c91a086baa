import { DataSource } from 'typeorm';
import {
  APP_USER,
  AppConfig,
  ensureDatabaseAndAppRole,
  grantAppRole,
  startEmbeddedPostgres,
  userOf,
} from '@tandem/api-core';
import { dataSourceOptions } from './data-source';

export const DATABASE_NAME = 'tandem';

export interface PreparedDatabase {
  config: AppConfig;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * Gets a migrated database ready: starts the embedded Postgres unless DATABASE_URL points at an
 * external server, applies pending migrations as the schema owner, and grants the API's role.
 */
export async function prepareDatabase(
  config: AppConfig,
  log: (m: string) => void,
): Promise<PreparedDatabase> {
  let resolved = config;
  let stop: () => Promise<void> = async () => undefined;
  let embedded = false;
  if (!config.database.url) {
    embedded = true;
    log(
      `Starting embedded Postgres (data in ${config.dataDir}/pg, port ${config.database.embeddedPort})…`,
    );
    const server = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.database.embeddedPort,
    });
    await ensureDatabaseAndAppRole(server, DATABASE_NAME);
    resolved = config.withDatabase(server.appUrl(DATABASE_NAME), server.ownerUrl(DATABASE_NAME));
    stop = () => server.stop();
  }
  const appUrl = resolved.database.url;
  if (!appUrl) throw new Error('No database URL');
  await migrate(resolved.database.ownerUrl ?? appUrl, userOf(appUrl), log);
  return { config: resolved, embedded, stop };
}

export async function migrate(
  ownerUrl: string,
  appRole: string = APP_USER,
  log: (m: string) => void = () => undefined,
) {
  const owner = new DataSource(dataSourceOptions(ownerUrl, 2));
  await owner.initialize();
  try {
    const applied = await owner.runMigrations({ transaction: 'each' });
    if (applied.length)
      log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    await grantAppRole(owner, appRole);
  } finally {
    await owner.destroy();
  }
}
