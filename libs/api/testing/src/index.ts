export * from './test-database';
export * from './api-client';
export * from './factories';
