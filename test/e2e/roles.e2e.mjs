import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  DEMO_PASSWORD,
  launchBrowser,
  navKeys,
  newPage,
  signIn,
  signedIn,
  withScreenshot,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const ALL_AREAS = [
  'partners',
  'personas',
  'content',
  'campaigns',
  'leads',
  'deals',
  'goals',
  'analytics',
  'incentives',
  'funds',
  'definitions',
  'users',
  'integrations',
  'settings',
  'audit',
];

/** What each demo role should find in its navigation (from the shared permission map). */
const EXPECTED = [
  { email: 'admin@tandem.demo', role: 'vendor admin', nav: ALL_AREAS },
  {
    email: 'maya.cm@tandem.demo',
    role: 'channel manager',
    nav: [
      'partners',
      'personas',
      'content',
      'campaigns',
      'leads',
      'deals',
      'goals',
      'analytics',
      'incentives',
      'funds',
      'definitions',
      'users',
    ],
  },
  {
    email: 'marketing@tandem.demo',
    role: 'vendor marketer',
    nav: [
      'partners',
      'personas',
      'content',
      'campaigns',
      'leads',
      'goals',
      'analytics',
      'incentives',
      'funds',
      'definitions',
    ],
  },
  {
    email: 'admin@northwind.demo',
    role: 'partner admin',
    nav: [
      'partners',
      'personas',
      'content',
      'campaigns',
      'leads',
      'deals',
      'goals',
      'analytics',
      'incentives',
      'funds',
      'definitions',
      'users',
      'integrations',
    ],
  },
  {
    email: 'marketing@northwind.demo',
    role: 'partner marketer',
    nav: [
      'partners',
      'personas',
      'content',
      'campaigns',
      'leads',
      'goals',
      'analytics',
      'incentives',
      'funds',
      'definitions',
    ],
  },
  {
    email: 'sales@northwind.demo',
    role: 'partner sales rep',
    // Sales reps see campaigns too, so sales knows what marketing is running.
    nav: [
      'partners',
      'personas',
      'content',
      'campaigns',
      'leads',
      'deals',
      'goals',
      'analytics',
      'incentives',
      'funds',
      'definitions',
    ],
  },
];

describe('each demo role signs in and sees its own navigation', () => {
  for (const { email, role, nav } of EXPECTED) {
    test(role, async () => {
      const { context, page } = await newPage(browser);
      await withScreenshot(`role-${role}`, page, async () => {
        await signedIn(page, email);
        await page.getByTestId('home-role').getByText(`signed in as ${role}`).waitFor();
        assert.deepEqual(await navKeys(page), nav);
      });
      await context.close();
    });
  }

  test('the vendor admin opens Program settings and the Audit log', async () => {
    const { context, page } = await newPage(browser);
    await withScreenshot('vendor-admin-settings', page, async () => {
      await signedIn(page, 'admin@tandem.demo');
      await page.getByTestId('main-nav').getByRole('link', { name: 'Program settings' }).click();
      await page.getByRole('heading', { name: 'Tiers' }).waitFor();
      await page.getByTestId('main-nav').getByRole('link', { name: 'Audit log' }).click();
      await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    });
    await context.close();
  });

  test('a sales rep who types the Users address is told it is not for their role', async () => {
    const { context, page } = await newPage(browser);
    await withScreenshot('sales-rep-users', page, async () => {
      await signedIn(page, 'sales@northwind.demo');
      await page.goto('/users');
      await page.getByText('Not available for your role').waitFor();
    });
    await context.close();
  });
});

test('a wrong password shows the API message and starts no session', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('wrong-password', page, async () => {
    await signIn(page, 'admin@tandem.demo', `${DEMO_PASSWORD}-wrong`);
    const alert = page.getByTestId('sign-in-error');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /Email or password is incorrect/);
    assert.equal(new URL(page.url()).pathname, '/sign-in');

    const cookies = await context.cookies();
    assert.ok(
      !cookies.some((c) => c.name === 'tandem_at' || c.name === 'tandem_rt'),
      'no session cookies',
    );
    await page.goto('/partners');
    await page.waitForURL(/\/sign-in\?next=%2Fpartners/);
  });
  await context.close();
});
