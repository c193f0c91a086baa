import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { graphqlDocuments } from './graphql-documents.plugin';

const root = resolve(import.meta.dirname, '../..');
const lib = (path: string) => resolve(root, path);
const apiTarget = process.env.TANDEM_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [graphqlDocuments(lib('libs/portal/data-access/src/gql')), react()],
  resolve: {
    alias: {
      '@tandem/shared-domain': lib('libs/shared/domain/src/index.ts'),
      '@tandem/portal-data-access': lib('libs/portal/data-access/src/index.ts'),
      '@tandem/portal-ui': lib('libs/portal/ui/src/index.ts'),
      '@tandem/portal-auth': lib('libs/portal/auth/src/index.ts'),
      '@tandem/portal-partners': lib('libs/portal/partners/src/index.ts'),
      '@tandem/portal-users': lib('libs/portal/users/src/index.ts'),
      '@tandem/portal-notifications': lib('libs/portal/notifications/src/index.ts'),
      '@tandem/portal-personas': lib('libs/portal/personas/src/index.ts'),
      '@tandem/portal-content': lib('libs/portal/content/src/index.ts'),
      '@tandem/portal-campaigns': lib('libs/portal/campaigns/src/index.ts'),
      '@tandem/portal-definitions': lib('libs/portal/definitions/src/index.ts'),
      '@tandem/portal-lead-settings': lib('libs/portal/lead-settings/src/index.ts'),
      '@tandem/portal-leads': lib('libs/portal/leads/src/index.ts'),
      '@tandem/portal-deals': lib('libs/portal/deals/src/index.ts'),
      '@tandem/portal-goals': lib('libs/portal/goals/src/index.ts'),
      '@tandem/portal-analytics': lib('libs/portal/analytics/src/index.ts'),
      '@tandem/portal-incentives': lib('libs/portal/incentives/src/index.ts'),
      '@tandem/portal-mdf': lib('libs/portal/mdf/src/index.ts'),
      '@tandem/portal-integrations': lib('libs/portal/integrations/src/index.ts'),
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false, ws: true },
      '/auth': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: lib('dist/portal'),
    emptyOutDir: true,
    sourcemap: true,
  },
  test: {
    root,
    environment: 'jsdom',
    include: ['apps/portal/src/**/*.spec.{ts,tsx}', 'libs/portal/**/*.spec.{ts,tsx}'],
    setupFiles: [lib('apps/portal/src/test-setup.ts')],
    css: false,
  },
});
