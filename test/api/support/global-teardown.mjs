export default async function globalTeardown() {
  const server = globalThis.__TANDEM_PG__;
  if (server) await server.stop();
}
