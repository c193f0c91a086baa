// Portal weight (the initial JavaScript a first visit downloads) and the partner home page in a
// real Chromium against the bench API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ROOT } from './postgres.mjs';

const DIST = join(ROOT, 'dist/portal');

/** The entry script and its modulepreload imports from the built index.html, gzip-compressed. */
export function portalWeight() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]);
  let raw = 0;
  let gzip = 0;
  let gzipDefault = 0;
  const sizes = files.map((f) => {
    const content = readFileSync(join(DIST, f.replace(/^\//, '')));
    const gz = gzipSync(content, { level: 9 }).length;
    raw += content.length;
    gzip += gz;
    gzipDefault += gzipSync(content).length;
    return {
      file: f,
      rawKb: Math.round(content.length / 102.4) / 10,
      gzipKb: Math.round(gz / 102.4) / 10,
    };
  });
  return {
    initialGzipKb: Math.round(gzip / 102.4) / 10,
    initialRawKb: Math.round(raw / 102.4) / 10,
    gzipLevel: 9,
    initialGzipDefaultLevelKb: Math.round(gzipDefault / 102.4) / 10,
    files: sizes,
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
