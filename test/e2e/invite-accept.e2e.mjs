import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, launchBrowser, navKeys, newPage, signedIn, withScreenshot } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Finds another partner's id as the vendor admin, so we can check the new user cannot open it. */
async function idOfPartner(name) {
  const { context, page } = await newPage(browser);
  try {
    await signedIn(page, 'admin@tandem.demo');
    await page.goto(`/partners?q=${encodeURIComponent(name)}`);
    const link = page.getByTestId('partner-table').getByRole('link', { name });
    const href = await link.getAttribute('href');
    assert.match(href ?? '', /^\/partners\/[0-9a-f-]{36}$/);
    return href.split('/').pop();
  } finally {
    await context.close();
  }
}

test('a partner admin invites a sales rep, who accepts and sees only their own partner', async () => {
  const otherPartnerId = await idOfPartner('Bluepeak Solutions');
  const email = `rep-${Date.now()}-${Math.floor(Math.random() * 1e6)}@northwind.demo`;

  // 1. The partner admin invites a new sales rep.
  const admin = await newPage(browser);
  let inviteUrl;
  await withScreenshot('invite-partner-admin', admin.page, async () => {
    const { page } = admin;
    await signedIn(page, 'admin@northwind.demo');
    await page.getByTestId('main-nav').getByRole('link', { name: 'Users' }).click();
    await page.getByRole('button', { name: 'Invite user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a user' });
    await dialog.getByRole('textbox', { name: 'Email' }).fill(email);
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Riley Newcomer');
    await dialog.getByLabel('Role').click();
    await page.getByRole('option', { name: 'Partner sales rep' }).click();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    const field = page.getByTestId('invite-url');
    await field.waitFor();
    inviteUrl = (await field.inputValue().catch(() => null)) || (await field.textContent());
    assert.match(inviteUrl ?? '', /\/accept-invite\?token=/);
    await dialog.getByText('We also emailed this link').waitFor();
  });
  await admin.context.close();

  // 2. The invitee opens the link with fresh cookies and accepts.
  const invitee = await newPage(browser);
  await withScreenshot('invite-accept', invitee.page, async () => {
    const { page } = invitee;
    const url = new URL(inviteUrl);
    await page.goto(`${BASE_URL}${url.pathname}${url.search}`);
    await page.getByTestId('invite-organisation').getByText('Northwind Systems').waitFor();
    const name = page.getByRole('textbox', { name: 'Your name' });
    assert.equal(await name.inputValue(), 'Riley Newcomer');
    const passwords = page.locator('input[type="password"]');
    await passwords.nth(0).fill('welcome-2026-rep');
    await passwords.nth(1).fill('welcome-2026-rep');
    await page.getByRole('button', { name: 'Accept and sign in' }).click();

    // 3. Signed in on home, as a sales rep of Northwind.
    await page.getByTestId('main-nav').waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    await page
      .getByTestId('home-role')
      .getByText('partner sales rep at Northwind Systems')
      .waitFor();

    const keys = await navKeys(page);
    for (const hidden of ['users', 'settings', 'audit']) {
      assert.ok(!keys.includes(hidden), `nav should not include ${hidden}: ${keys.join(',')}`);
    }
    assert.ok(keys.includes('partners'));

    // 4. The directory shows exactly their own partner.
    await page.getByTestId('main-nav').getByRole('link', { name: 'Partners' }).click();
    const rows = page.getByTestId('partner-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 1);
    assert.equal((await rows.first().getByRole('link').textContent())?.trim(), 'Northwind Systems');

    // 5. Another partner's page is simply not there for them.
    await page.goto(`/partners/${otherPartnerId}`);
    await page.getByText('Partner not found').waitFor();
    assert.equal(await page.getByTestId('partner-name').count(), 0);
  });
  await invitee.context.close();
});
