require('/work/main/node_modules/reflect-metadata');
const {
  startEmbeddedPostgres,
  ensureDatabaseAndAppRole,
} = require('/work/main/dist/api/libs/api/core/src');
const { dataSourceOptions } = require('/work/main/dist/api/apps/api/src/database/data-source');
const { DataSource } = require('/work/main/node_modules/typeorm');
(async () => {
  const server = await startEmbeddedPostgres({ dataDir: '/tmp/gen-pg', port: 5499 });
  await ensureDatabaseAndAppRole(server, 'gen');
  const ds = new DataSource(dataSourceOptions(server.ownerUrl('gen')));
  await ds.initialize();
  await ds.query('CREATE EXTENSION IF NOT EXISTS citext');
  await ds.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await ds.runMigrations();
  const log = await ds.driver.createSchemaBuilder().log();
  for (const q of log.upQueries) console.log(q.query + ';');
  console.log('-----DOWN');
  for (const q of log.downQueries.reverse()) console.log(q.query + ';');
  await ds.destroy();
  await server.stop();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
