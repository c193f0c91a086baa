import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '@tandem/api-core';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** Options shared by the running API and the migration CLI. `synchronize` is never on. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize, application_name: 'tandem' },
  };
}

/** For the TypeORM CLI (`npm run db:migration:generate`): connects as the schema owner. */
export function cliDataSource(): DataSource {
  const config = AppConfig.fromEnv();
  const url = config.database.ownerUrl;
  if (!url) throw new Error('Set DATABASE_OWNER_URL or DATABASE_URL for the migration CLI');
  return new DataSource(dataSourceOptions(url));
}
