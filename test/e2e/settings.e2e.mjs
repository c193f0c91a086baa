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

test('a vendor admin adds a tier, and a taken rank is explained next to the field', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('settings-tier', page, async () => {
    await signedIn(page, 'admin@tandem.demo');
    await page.getByTestId('main-nav').getByRole('link', { name: 'Program settings' }).click();
    const name = `Diamond ${Date.now() % 100000}`;
    const addTier = async (rank) => {
      await page.getByRole('button', { name: 'Add tier' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add tier' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
      await dialog.getByRole('textbox', { name: 'Rank' }).fill(String(rank));
      await dialog.getByRole('button', { name: 'Save tier' }).click();
      return dialog;
    };
    // Gold already has rank 2 in the demo program.
    const refused = await addTier(2);
    await refused.getByText('Each tier needs its own rank.').waitFor();
    await refused.getByRole('button', { name: 'Cancel' }).click();
    await addTier(900);
    await page.getByRole('button', { name: `Edit tier ${name}` }).waitFor();
    const firstRow = page.getByRole('row').nth(1);
    assert.match((await firstRow.textContent()) ?? '', new RegExp(name));
  });
  await context.close();
});
