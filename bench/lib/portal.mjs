// Portal weight (the initial JavaScript a first visit downloads) and the partner home page in a
// real Chromium against the bench API.
import { join } from 'node:path';
import { portalWeight as measurePortal } from '../../tools/portal-weight.mjs';
import { chromium } from 'playwright-core';
import { ROOT } from './postgres.mjs';

const DIST = join(ROOT, 'dist/portal');

const kb = (bytes) => Math.round(bytes / 102.4) / 10;

/** The entry script and its modulepreload imports, gzip-compressed (the same count `npm test` checks). */
export function portalWeight() {
  const w = measurePortal(DIST);
  return {
    initialGzipKb: kb(w.gzip),
    initialRawKb: kb(w.bytes),
    gzipLevel: 9,
    initialGzipDefaultLevelKb: kb(w.gzipDefault),
    files: w.files.map((f) => ({ file: `/${f.file}`, rawKb: kb(f.bytes), gzipKb: kb(f.gzip) })),
  };
}

/**
 * Signs a partner admin in (through the API, cookies into the browser), then loads the home page
 * and waits for the goals of the running quarter: once cold (empty cache) and three times warm.
 */
export async function browserCheck(baseUrl, email, password) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ baseURL: baseUrl });
    const csrf = await context.request.get('/auth/csrf');
    if (!csrf.ok()) throw new Error(`csrf: ${csrf.status()}`);
    const token = (await context.cookies()).find((c) => c.name === 'tandem_csrf')?.value ?? '';
    const login = await context.request.post('/auth/login', {
      data: { email, password },
      headers: { 'x-csrf-token': token },
    });
    if (!login.ok()) throw new Error(`sign-in: ${login.status()} ${await login.text()}`);
    const runs = [];
    for (let i = 0; i < 4; i++) {
      const page = await context.newPage();
      let graphqlRequests = 0;
      page.on('request', (r) => {
        if (r.url().endsWith('/graphql')) graphqlRequests += 1;
      });
      const t = Date.now();
      await page.goto('/', { waitUntil: 'commit' });
      await page.getByTestId('home-goal').first().waitFor({ timeout: 60_000 });
      const loadMs = Date.now() - t;
      await page.waitForLoadState('load');
      const nav = await page.evaluate(() => {
        const n = performance.getEntriesByType('navigation')[0];
        return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd };
      });
      runs.push({
        loadMs,
        domContentLoadedMs: Math.round(nav.dcl),
        loadEventMs: Math.round(nav.load),
        graphqlRequests,
      });
      await page.close();
    }
    const [cold, ...warm] = runs;
    const warmMedian = warm.map((r) => r.loadMs).sort((a, b) => a - b)[1];
    return { ...cold, warmLoadMs: warmMedian, runs };
  } finally {
    await browser.close();
  }
}
