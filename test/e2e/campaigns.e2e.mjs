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

const suffix = Date.now().toString(36);
const VENDOR_CAMPAIGN = `Gold audit sprint ${suffix}`;
const PARTNER_CAMPAIGN = `Northwind breakfast briefing ${suffix}`;

async function createAndLaunch(page, name, { tier } = {}) {
  await page.goto('/campaigns');
  await page.getByRole('link', { name: 'New campaign' }).first().click();
  const form = page.getByTestId('campaign-form');
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await form.getByRole('textbox', { name: 'Goal' }).fill('Twenty booked meetings');
  if (tier) {
    await form.getByRole('radio', { name: 'Partners of some tiers' }).check();
    await form.getByPlaceholder('Choose tiers').click();
    await page.getByRole('option', { name: tier, exact: true }).click();
    await page.keyboard.press('Escape');
  } else {
    await form.getByTestId('own-campaign-note').waitFor();
    assert.equal(await form.getByRole('radio').count(), 0, 'no target controls for partners');
  }
  await form.getByRole('button', { name: 'Save draft' }).click();
  await page.getByTestId('campaign-name').getByText(name).waitFor();
  await page.getByTestId('campaign-state').getByText('Draft').waitFor();
  await page.getByRole('button', { name: 'Launch', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Launch campaign' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('campaign-state').getByText('Live').waitFor();
}

async function campaignNames(page) {
  await page.goto('/campaigns');
  await page.getByTestId('campaign-table').waitFor();
  await page.getByRole('heading', { name: 'Live and upcoming' }).waitFor();
  await page
    .locator('[data-testid="campaign-feed"], :text("Nothing running right now")')
    .first()
    .waitFor();
  return page.locator('main').innerText();
}

test('a vendor marketer creates a campaign for Gold partners and launches it', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('campaign-vendor-launch', page, async () => {
    await signedIn(page, 'marketing@tandem.demo');
    await createAndLaunch(page, VENDOR_CAMPAIGN, { tier: 'Gold' });
    await page.getByTestId('campaign-targets').getByText('Gold partners').waitFor();
  });
  await context.close();
});

test('a partner marketer creates and launches a campaign for their own partner', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('campaign-partner-launch', page, async () => {
    await signedIn(page, 'marketing@northwind.demo');
    await createAndLaunch(page, PARTNER_CAMPAIGN);
  });
  await context.close();
});

test('a Gold partner sales rep sees the campaign in the feed and acknowledges it', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('campaign-acknowledge', page, async () => {
    await signedIn(page, 'sales@bluepeak.demo');
    // The home page shows this week's campaigns.
    await page.getByTestId('campaign-widget').getByText(VENDOR_CAMPAIGN).waitFor();
    await page.getByTestId('campaign-widget').getByRole('link', { name: 'All campaigns' }).click();
    const card = page.getByTestId('campaign-feed').getByTestId('campaign-card').filter({
      hasText: VENDOR_CAMPAIGN,
    });
    await card.getByRole('button', { name: 'Acknowledge' }).click();
    await card.getByText('Acknowledged', { exact: true }).waitFor();
    await card.getByTestId('ack-count').getByText('1 acknowledged').waitFor();
    assert.ok(!(await campaignNames(page)).includes(PARTNER_CAMPAIGN), 'not Northwind’s own');
  });
  await context.close();
});

test('a Silver partner sees neither the Gold campaign nor another partner’s own', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('campaign-silver', page, async () => {
    await signedIn(page, 'marketing@mapleleaf.demo');
    const text = await campaignNames(page);
    assert.ok(text.includes('Budget-season webinar for CFOs'), 'sees campaigns for all partners');
    assert.ok(!text.includes(VENDOR_CAMPAIGN), 'not the Gold campaign');
    assert.ok(!text.includes(PARTNER_CAMPAIGN), 'not Northwind’s own campaign');
  });
  await context.close();
});
