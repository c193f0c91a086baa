import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import Provider from 'oidc-provider';
import { BASE_URL, launchBrowser, newPage, signedIn, withScreenshot } from './support.mjs';

// A real OpenID Connect provider (oidc-provider with its development login and consent screens)
// runs inside this test process. The vendor admin connects it for Northwind Systems' users with
// addresses at a domain no other file uses; then someone new signs in through it in Chromium.
const ADMIN = 'admin@tandem.demo';
const PARTNER = 'Northwind Systems';
const STAMP = Date.now();
const DOMAIN = `sso${STAMP}.example`;
const CONNECTION = `Northwind IdP ${STAMP}`;
const CLIENT_ID = 'tandem-e2e';
const CLIENT_SECRET = 'tandem-e2e-client-secret-0123456789';

let browser;
let idp;
let issuer;

before(async () => {
  browser = await launchBrowser();
  let handler = null;
  idp = createServer((req, res) => (handler ? handler(req, res) : res.writeHead(503).end()));
  await new Promise((resolve) => idp.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${idp.address().port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${BASE_URL}/auth/sso/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    // The login typed at the provider is the account: an email address, verified.
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: true, name: 'Kim Okafor' }),
    }),
  });
  handler = provider.callback();
});

after(async () => {
  await browser?.close();
  idp?.closeAllConnections();
  await new Promise((resolve) => (idp ? idp.close(resolve) : resolve()));
});

async function choose(page, scope, label, option) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('the vendor admin connects an identity provider for a partner', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('sso-connect', page, async () => {
    await signedIn(page, ADMIN);
    await page.goto('/integrations/sso');
    await page.getByTestId('sso-panel').waitFor();
    const redirect = await page.getByTestId('sso-redirect-uri').textContent();
    assert.equal(redirect, `${BASE_URL}/auth/sso/callback`);

    await page.getByTestId('sso-new').click();
    const form = page.getByTestId('sso-form');
    await form.getByLabel('Name').fill(CONNECTION);
    await choose(page, form, 'Partner', PARTNER);
    await form.getByLabel('Issuer URL').fill(issuer);
    await form.getByLabel('Client ID').fill(CLIENT_ID);
    await form.getByLabel('Client secret').fill(CLIENT_SECRET);
    await form.getByLabel('Email domains').fill(DOMAIN);
    await choose(page, form, 'New users become', 'Partner marketer');
    await page.getByTestId('sso-submit').click();
    await form.waitFor({ state: 'detached' });

    const row = page.locator(`[data-testid="sso-connection-row"][data-name="${CONNECTION}"]`);
    await row.waitFor();
    assert.match(
      await row.textContent(),
      new RegExp(`${PARTNER}.*${DOMAIN.replace('.', '\\.')}.*Partner marketer.*Enabled`),
    );

    // The stored settings reach the provider.
    await row.getByRole('button', { name: 'Test' }).click();
    await page.getByText(`${CONNECTION} answered`).waitFor();
  });
  await context.close();
});

test('someone new signs in through the identity provider and lands in the portal', async () => {
  const { context, page } = await newPage(browser);
  const email = `kim.${STAMP}@${DOMAIN}`;
  await withScreenshot('sso-sign-in', page, async () => {
    await page.goto('/sign-in');
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    const sso = page.getByTestId('sso-sign-in');
    await sso.waitFor();
    assert.equal((await sso.textContent()).trim(), `Continue with ${CONNECTION}`);
    await sso.click();

    // The provider's own pages: login (the login is pre-filled from login_hint), then consent.
    await page.waitForURL((url) => url.href.startsWith(issuer));
    await page.locator('input[name="login"]').fill(email);
    await page.locator('input[name="password"]').fill('any-password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL((url) => url.href.startsWith(BASE_URL));
    await page.getByTestId('main-nav').waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal(await page.getByTestId('organisation-name').textContent(), PARTNER);
    await page.getByTestId('user-menu').click();
    const menu = page.getByRole('menu');
    await menu.getByText(email).waitFor();
    await menu.getByText('Partner marketer').waitFor();
  });
  await context.close();
});

test('an address the provider may not sign in is refused on the sign-in page', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('sso-refused', page, async () => {
    await page.goto('/sign-in');
    await page.getByRole('textbox', { name: 'Email' }).fill(`lee@${DOMAIN}`);
    await page.getByTestId('sso-sign-in').click();
    await page.waitForURL((url) => url.href.startsWith(issuer));
    // At the provider, someone signs in with an address outside the connection's domains.
    await page.locator('input[name="login"]').fill('lee@elsewhere.example');
    await page.locator('input[name="password"]').fill('any-password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/sign-in\?sso_error=/);
    const alert = page.getByTestId('sso-error');
    await alert.waitFor();
    assert.match(await alert.textContent(), /lee@elsewhere\.example is not an address/);
  });
  await context.close();
});

test('the vendor admin turns the connection off, and the sign-in page stops offering it', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('sso-disable', page, async () => {
    await signedIn(page, ADMIN);
    await page.goto('/integrations/sso');
    const row = page.locator(`[data-testid="sso-connection-row"][data-name="${CONNECTION}"]`);
    await row.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByTestId('sso-form');
    // The secret is write-only: the form says one is stored and keeps it when left empty.
    await form.getByText('A secret is stored. Leave empty to keep it.').waitFor();
    assert.equal(await form.getByLabel('Client secret').inputValue(), '');
    await form.getByLabel('Enabled').uncheck();
    await page.getByTestId('sso-submit').click();
    await form.waitFor({ state: 'detached' });
    await row.getByText('Disabled').waitFor();

    const anon = await newPage(browser);
    await anon.page.goto('/sign-in');
    const answer = anon.page.waitForResponse((r) => r.url().includes('/auth/sso/discover'));
    await anon.page.getByRole('textbox', { name: 'Email' }).fill(`kim.${STAMP}@${DOMAIN}`);
    assert.deepEqual(await (await answer).json(), { connection: null });
    assert.equal(await anon.page.getByTestId('sso-sign-in').count(), 0);
    await anon.context.close();

    await row.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Delete connection' }).click();
    await row.waitFor({ state: 'detached' });
  });
  await context.close();
});
