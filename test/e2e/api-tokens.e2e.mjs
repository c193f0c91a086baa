import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, launchBrowser, newPage, signedIn, withScreenshot } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// Northwind's partner admin connects their CRM: makes a token in the portal, the "CRM" (this
// test, over plain HTTP) creates a lead with it twice under one external id, and the admin then
// revokes it, after which the CRM's next call is refused.
const ADMIN = 'admin@northwind.demo';
const STAMP = Date.now();
const TOKEN_NAME = `E2E CRM ${STAMP}`;

async function crm(secret, query, variables = {}) {
  const res = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

const CREATE = `mutation($i: CreateLeadInput!) { createLead(input: $i) { id externalId } }`;

test('a partner admin makes an API token, the CRM uses it, and revoking it stops it at once', async () => {
  const { page, context } = await newPage(browser);
  await withScreenshot('api-tokens', page, async () => {
    await signedIn(page, ADMIN);
    await page.getByTestId('main-nav').getByRole('link', { name: 'Integrations' }).click();
    await page.getByRole('tab', { name: 'API tokens' }).click();
    await page.waitForURL(/\/integrations\/tokens$/);

    await page.getByTestId('new-api-token').click();
    const form = page.getByTestId('api-token-form');
    // Nothing chosen: the form says what is missing.
    await page.getByTestId('api-token-submit').click();
    await form.getByText('Name the token after what will use it.').waitFor();
    await form.getByText('Choose at least one permission.').waitFor();
    await page.getByTestId('api-token-name').fill(TOKEN_NAME);
    await form.getByLabel('Read leads').check();
    await form.getByLabel('Create leads').check();
    // A partner admin cannot hand out what only the vendor may do.
    assert.equal(await form.getByLabel('Decide deal registrations').count(), 0);
    await page.getByTestId('api-token-submit').click();

    const secret = await page.getByTestId('api-token-secret').inputValue();
    assert.match(secret, /^tdm_/);
    await page.getByTestId('api-token-done').click();
    const row = page.getByTestId('api-token-row').filter({ hasText: TOKEN_NAME });
    await row.getByText('Active').waitFor();
    await row.getByText('Never', { exact: true }).waitFor();

    const input = {
      contactName: 'Pat Prospect',
      email: `pat.${STAMP}@prospect-e2e.example`,
      company: 'Prospect E2E',
      externalId: `sf-${STAMP}`,
    };
    const first = await crm(secret, CREATE, { i: input });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.errors, undefined, JSON.stringify(first.body.errors));
    const again = await crm(secret, CREATE, { i: input });
    assert.equal(again.body.data.createLead.id, first.body.data.createLead.id);

    // The lead is there for people too, and the token shows it was used.
    await page.goto(`/leads/${first.body.data.createLead.id}`);
    await page.getByText('Pat Prospect').first().waitFor();
    await page.goto('/integrations/tokens');
    await row.waitFor();
    assert.equal(await row.getByText('Never', { exact: true }).count(), 0);

    await row.getByTestId('revoke-api-token').click();
    await page.getByRole('button', { name: 'Revoke token' }).click();
    await row.getByText('Revoked').waitFor();
    const refused = await crm(secret, CREATE, { i: { ...input, externalId: `sf-${STAMP}-2` } });
    assert.equal(refused.status, 401);
    assert.match(refused.body.errors[0].message, /was revoked/);
  });
  await context.close();
});
