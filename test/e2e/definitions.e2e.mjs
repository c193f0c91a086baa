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

// Other files may publish versions too, so every number is read from the page first.
const LEAD_TEXT = `A person we know by name and email (${Date.now().toString(36)}).`;
let agreedVersion;
let publishedVersion;

async function currentVersion(page) {
  const text = await page.getByTestId('definition-version').textContent();
  const match = /^Version (\d+)/.exec(text ?? '');
  assert.ok(match, `version line: ${text}`);
  return Number(match[1]);
}

test('a partner admin acknowledges the definition for sales', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('definitions-acknowledge', page, async () => {
    await signedIn(page, 'admin@rheinwerk.demo');
    await page.getByTestId('main-nav').getByRole('link', { name: 'Definitions' }).click();
    agreedVersion = await currentVersion(page);
    const panel = page.getByTestId('ack-panel');
    await panel
      .getByTestId('ack-SALES')
      .getByText(`Not yet agreed to version ${agreedVersion}`)
      .waitFor();
    await panel.getByRole('button', { name: 'Acknowledge for marketing and sales' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: 'Sales', exact: true }).check();
    await dialog.getByRole('button', { name: 'Acknowledge' }).click();
    await dialog.waitFor({ state: 'detached' });
    for (const side of ['ack-MARKETING', 'ack-SALES']) {
      await panel.getByTestId(side).getByText('Agreed', { exact: true }).waitFor();
    }
    await panel
      .getByTestId('ack-SALES')
      .getByText(/^by .+ on /)
      .waitFor();
    await panel.getByText('Both sides agreed').waitFor();
  });
  await context.close();
});

test('the vendor admin sees Rheinwerk agreed on both sides, then publishes a new version', async () => {
  assert.ok(agreedVersion, 'needs the acknowledgement from the first test');
  const { context, page } = await newPage(browser);
  await withScreenshot('definitions-publish', page, async () => {
    await signedIn(page, 'admin@tandem.demo');
    await page.goto('/definitions?tab=agreements');
    const row = page.getByTestId('agreement-row').filter({ hasText: 'Rheinwerk' });
    for (const side of ['agreement-marketing', 'agreement-sales']) {
      await row.getByTestId(side).getByText(`Version ${agreedVersion} (current)`).waitFor();
    }

    await page.getByRole('tab', { name: 'Funnel and MQL' }).click();
    const before = await currentVersion(page);
    await page.getByRole('tab', { name: 'Edit draft' }).click();
    await page.getByRole('textbox', { name: 'Lead: description' }).fill(LEAD_TEXT);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page
      .getByTestId('draft-status')
      .getByText(/^Draft saved [^·]+$/)
      .waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Change note' }).fill('Clearer lead description');
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Funnel and MQL' }).click();
    publishedVersion = before + 1;
    await page.getByTestId('definition-version').getByText(`Version ${publishedVersion}`).waitFor();
    await page.getByTestId('stage-LEAD').getByText(LEAD_TEXT).waitFor();
    await page
      .getByTestId('definition-change-note')
      .getByText('Clearer lead description')
      .waitFor();
  });
  await context.close();
});

test('another partner admin is notified and sees the new version is not yet acknowledged', async () => {
  assert.ok(publishedVersion, 'needs the version from the second test');
  const { context, page } = await newPage(browser);
  await withScreenshot('definitions-notified', page, async () => {
    await signedIn(page, 'admin@northwind.demo');
    await page.getByRole('button', { name: /Notifications, \d+ unread/ }).click();
    await page.getByText(`Funnel definition version ${publishedVersion} published`).first().click();
    await page.getByTestId('ack-panel').waitFor();
    assert.equal(new URL(page.url()).pathname, '/definitions');
    assert.equal(await currentVersion(page), publishedVersion);
    for (const side of ['ack-MARKETING', 'ack-SALES']) {
      await page
        .getByTestId(side)
        .getByText(`Not yet agreed to version ${publishedVersion}`)
        .waitFor();
    }
    await page.getByRole('button', { name: 'Acknowledge for marketing and sales' }).waitFor();
  });
  await context.close();
});
