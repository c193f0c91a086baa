import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://localhost:3000';
export const DEMO_PASSWORD = 'tandem-demo-2026';
const RESULTS = resolve(import.meta.dirname, '../../test-results');

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh context (own cookies) and page; the page's default timeout keeps failures quick. */
export async function newPage(browser, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
}

/** Runs `body`; on failure saves a screenshot of `page` into test-results/ and rethrows. */
export async function withScreenshot(name, page, body) {
  try {
    await body();
  } catch (error) {
    mkdirSync(RESULTS, { recursive: true });
    const file = join(RESULTS, `${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`Screenshot saved: ${file}`);
    throw error;
  }
}

export async function signIn(page, email, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signedIn(page, email, password = DEMO_PASSWORD) {
  await signIn(page, email, password);
  await page.getByTestId('main-nav').waitFor();
}

/** The `data-nav-key` of every entry in the main navigation. */
export async function navKeys(page) {
  const nav = page.getByTestId('main-nav');
  await nav.waitFor();
  return nav
    .locator('[data-nav-key]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('data-nav-key')));
}
