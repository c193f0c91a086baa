import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AppConfig,
  Clock,
  DbService,
  FixedClock,
  JobRunner,
  PasswordHasher,
} from '@tandem/api-core';
import {
  ApiClient,
  Factories,
  TEST_PASSWORD,
  TestDatabase,
  createTestDatabase,
} from '@tandem/api-testing';
import { AppModule } from '../../../apps/api/src/app.module';
import { configureApp } from '../../../apps/api/src/configure-app';
import { migrate } from '../../../apps/api/src/database/prepare-database';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  config: AppConfig;
  clock: FixedClock;
  db: DbService;
  jobs: JobRunner;
  database: TestDatabase;
  factories: Factories;
  client(): ApiClient;
  /** A signed-in client for a user created by the factories (password TEST_PASSWORD). */
  signedIn(email: string): Promise<ApiClient>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** Reuse an existing database (to simulate a restart). */
  database?: TestDatabase;
}

/** Boots the real API (same module and pipeline as production) on a fresh database, once per file. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase((url) => migrate(url)));
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-api-data-'));
  const config = AppConfig.fromEnv({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: database.appUrl,
    DATABASE_OWNER_URL: database.ownerUrl,
    DATABASE_POOL_SIZE: '5',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JOBS_ENABLED: 'false',
    LOGIN_MAX_FAILURES: '5',
    PUBLIC_URL: 'http://portal.test',
    PORTAL_DIST_DIR: '/nonexistent',
    ...options.env,
  });
  const clock = new FixedClock(new Date());
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, clock }),
    {
      logger: false,
    },
  );
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const db = app.get(DbService);
  const factories = new Factories(db, app.get(PasswordHasher), app.get(Clock));
  return {
    app,
    url,
    config,
    clock,
    db,
    jobs: app.get(JobRunner),
    database,
    factories,
    client: () => new ApiClient(url),
    signedIn: async (email: string) => {
      const client = new ApiClient(url);
      const res = await client.signIn(email, TEST_PASSWORD);
      if (res.status !== 200)
        throw new Error(`Sign-in as ${email} failed: ${JSON.stringify(res.body)}`);
      return client;
    },
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (!options.database) await database.drop();
    },
  };
}
