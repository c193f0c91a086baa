import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, signedIn, withScreenshot } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('a partner admin sets the logo link, and co-branded templates carry it', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('partner-logo', page, async () => {
    const logo = `https://harbour.example/logo-${Date.now()}.png`;
    await signedIn(page, 'admin@harbour.demo');
    await page.getByTestId('main-nav').getByRole('link', { name: 'Partners' }).click();
    await page.getByTestId('partner-table').getByRole('link', { name: 'Harbour Tech' }).click();
    await page.getByRole('button', { name: 'Edit profile' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('textbox', { name: 'Logo link' })
      .fill('http://insecure.example/logo.png');
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await dialog.getByText('Use an https:// link.').waitFor();
    await dialog.getByRole('textbox', { name: 'Logo link' }).fill(logo);
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(logo).waitFor();

    await page.goto('/content?q=Audit-season');
    const title = 'Audit-season invitation (email template)';
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: `Download ${title}` }).click(),
    ]);
    const html = await readFile(await download.path(), 'utf8');
    assert.ok(html.includes(`src="${logo}"`), 'the template shows the partner logo');
    assert.ok(html.includes('Harbour Tech'), 'and the partner name');
  });
  await context.close();
});
