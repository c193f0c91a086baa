import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, signedIn, withScreenshot } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function openPartner(page, name) {
  await page.goto(`/partners?q=${encodeURIComponent(name)}`);
  await page.getByTestId('partner-table').getByRole('link', { name }).click();
  await page.getByTestId('partner-name').getByText(name).waitFor();
}

test('a status change reaches the channel manager through the notification bell', async () => {
  const admin = await newPage(browser);
  await withScreenshot('status-change-admin', admin.page, async () => {
    const { page } = admin;
    await signedIn(page, 'admin@tandem.demo');
    await openPartner(page, 'Andes Digital');
    await page.getByRole('button', { name: 'Change status' }).click();
    const dialog = page.getByRole('dialog');
    // From Onboarding, the dialog proposes Active first.
    assert.equal(await dialog.getByLabel('New status').inputValue(), 'Active');
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Onboarding finished');
    await dialog.getByRole('button', { name: 'Change status' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Active', { exact: true }).first().waitFor();
  });
  await admin.context.close();

  const manager = await newPage(browser);
  await withScreenshot('status-change-manager', manager.page, async () => {
    const { page } = manager;
    await signedIn(page, 'maya.cm@tandem.demo');
    const bell = page.getByRole('button', { name: /Notifications, \d+ unread/ });
    // Other browser tests share the server and may have left Maya other notices.
    const unread = Number((await bell.getAttribute('aria-label')).match(/(\d+) unread/)[1]);
    await bell.click();
    await page.getByText('Andes Digital is now active').click();
    await page.getByTestId('partner-name').getByText('Andes Digital').waitFor();
    assert.match(new URL(page.url()).pathname, /^\/partners\/[0-9a-f-]{36}$/);
    // Opening the notice marks it read.
    await page
      .getByRole('button', {
        name: unread === 1 ? 'Notifications' : `Notifications, ${unread - 1} unread`,
        exact: true,
      })
      .waitFor();
  });
  await manager.context.close();
});

test('two people editing the same partner: the second is told, nothing is overwritten', async () => {
  const first = await newPage(browser);
  const second = await newPage(browser);
  await withScreenshot('edit-conflict', second.page, async () => {
    for (const { page } of [first, second]) {
      await signedIn(page, 'admin@tandem.demo');
      await openPartner(page, 'Thames Cloud');
      await page.getByRole('button', { name: 'Edit partner' }).click();
    }
    const save = async (page, legalName) => {
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Legal name' }).fill(legalName);
      await dialog.getByRole('button', { name: 'Save changes' }).click();
    };
    await save(first.page, 'Thames Cloud Holdings Ltd');
    await first.page.getByRole('dialog').waitFor({ state: 'detached' });
    await save(second.page, 'Thames Cloud Group plc');
    await second.page.getByText('Someone else changed this partner').waitFor();
    await second.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await second.page.reload();
    await second.page.getByText('Thames Cloud Holdings Ltd').waitFor();
  });
  await first.context.close();
  await second.context.close();
});
