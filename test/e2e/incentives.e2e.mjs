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

// The demo seed applies the "Platinum quarterly" goal template to the running quarter, so
// Northwind Systems (Platinum) has goals for Revenue won ($200,000) and SLA compliance (85%). Every
// e2e file shares one server: the plan gets a unique name and nothing here depends on other plans.
const ADMIN = 'admin@tandem.demo';
const PARTNER_ADMIN = 'admin@northwind.demo';
const PARTNER = 'Northwind Systems';
const GOLD_PARTNER = 'Bluepeak Solutions';
const PLAN = `Smarketing bonus ${Date.now()}`;
const MONEY = /^\$\d{1,3}(,\d{3})*(\.\d{2})?$/;

/** Set once the vendor admin activated the plan. */
const facts = {};

async function choose(page, scope, label, option) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a vendor admin defines a plan for Platinum partners and activates it', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('incentives-plan', page, async () => {
    await signedIn(page, ADMIN);
    await page.getByTestId('main-nav').getByRole('link', { name: 'Incentives' }).click();
    await page.getByRole('heading', { name: 'Incentives', exact: true }).waitFor();
    await page.getByTestId('new-plan').click();
    const dialog = page.getByRole('dialog', { name: 'New incentive plan' });
    await dialog.waitFor();

    await dialog.getByRole('textbox', { name: 'Name' }).fill(PLAN);
    // The running quarter is chosen already.
    const period = dialog.getByTestId('plan-period');
    await page.waitForFunction(
      (el) => el instanceof HTMLInputElement && el.value.endsWith('· running'),
      await period.elementHandle(),
    );
    await dialog.getByTestId('plan-eligibility').getByText('Tiers', { exact: true }).click();
    await choose(page, dialog, 'Tiers', 'Platinum');
    await dialog.getByRole('textbox', { name: 'Name' }).click();
    await choose(page, dialog, 'Metric 1', 'Revenue won');
    await dialog.getByTestId('add-measure').click();
    await choose(page, dialog, 'Metric 2', 'SLA compliance');
    assert.equal(await dialog.getByLabel('Weight of metric 1').inputValue(), '1');
    assert.equal(await dialog.getByLabel('Weight of metric 2').inputValue(), '1');

    // A pool that is no percentage is refused on the field, before asking the API.
    await dialog.getByRole('textbox', { name: 'Pool, % of revenue' }).fill('lots');
    await dialog.getByTestId('plan-submit').click();
    await dialog.getByText('Enter a percentage of revenue, e.g. 5 or 2.5.').waitFor();

    await dialog.getByRole('textbox', { name: 'Pool, % of revenue' }).fill('5');
    // Defaults: pays from 80%, capped at 150%, half to marketing.
    assert.equal(await dialog.getByRole('textbox', { name: 'Threshold' }).inputValue(), '80%');
    assert.equal(await dialog.getByRole('textbox', { name: 'Cap' }).inputValue(), '150%');
    assert.equal(await dialog.getByTestId('plan-marketing-share').inputValue(), '50%');
    await dialog.getByText('Sales gets 50%.').waitFor();
    await dialog
      .getByTestId('plan-example')
      .getByText(
        'At 90% attainment on $100,000 revenue this pays $4,500: $2,250 to marketing, $2,250 to sales.',
      )
      .waitFor();
    await dialog.getByTestId('plan-submit').click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.locator(`[data-testid="plan-row"][data-name="${PLAN}"]`);
    await row.getByText('Draft', { exact: true }).waitFor();
    await row.getByText('Platinum tier', { exact: true }).waitFor();
    await row.getByText('Revenue won, SLA compliance', { exact: true }).waitFor();
    await row.getByText('5% of revenue won', { exact: true }).waitFor();

    await row.getByTestId('plan-activate').click();
    const confirm = page.getByRole('dialog', { name: `Activate ${PLAN}` });
    await confirm.getByText(/Partners in the plan see it/).waitFor();
    await confirm.getByTestId('plan-activate-confirm').click();
    await confirm.waitFor({ state: 'detached' });
    await row.getByText('Active', { exact: true }).waitFor();
    assert.equal(await row.getByTestId('plan-activate').count(), 0);
    facts.activated = true;

    // The plan's page: live earnings of Platinum partners only.
    await row.getByRole('link', { name: PLAN }).click();
    await page.waitForURL(/\/incentives\/plans\/[0-9a-f-]{36}$/);
    await page.getByTestId('plan-detail-name').getByText(PLAN).waitFor();
    const northwind = page.locator(`[data-testid="earnings-row"][data-partner="${PARTNER}"]`);
    await northwind.getByText('Live', { exact: true }).waitFor();
    assert.match((await northwind.getByTestId('earnings-earned').textContent()) ?? '', MONEY);
    assert.equal(
      await page.locator(`[data-testid="earnings-row"][data-partner="${GOLD_PARTNER}"]`).count(),
      0,
    );
    // An active plan is no longer editable, and closes itself at the end of the quarter.
    assert.equal(await page.getByTestId('plan-activate').count(), 0);
    assert.equal(await page.getByTestId('plan-close').isDisabled(), true);
  });
  await context.close();
});

test('the Platinum partner sees its live earnings on /incentives and at home', async () => {
  assert.ok(facts.activated, 'needs the plan activated by the previous test');
  const { context, page } = await newPage(browser);
  await withScreenshot('incentives-partner', page, async () => {
    await signedIn(page, PARTNER_ADMIN);
    const home = page.getByTestId('home-incentives');
    const homePlan = home.locator(`[data-testid="home-incentive"][data-plan="${PLAN}"]`);
    await homePlan.getByTestId('home-incentive-earned').waitFor();
    assert.match((await homePlan.getByTestId('home-incentive-earned').textContent()) ?? '', MONEY);
    await homePlan
      .getByTestId('home-incentive-to-target')
      .getByText(/(more at 100%|100% reached|No pool yet) · now at \d+%$/)
      .waitFor();

    await home.getByRole('link', { name: 'All incentives' }).click();
    await page.waitForURL(/\/incentives$/);
    const card = page.locator(`[data-testid="incentive-earnings"][data-plan="${PLAN}"]`);
    await card.getByTestId('incentive-earned').waitFor();
    assert.match((await card.getByTestId('incentive-earned').textContent()) ?? '', MONEY);
    await card
      .getByTestId('incentive-headline')
      .getByText(/^You have earned \$/)
      .waitFor();
    await card.getByText('Active', { exact: true }).waitFor();
    await card
      .getByRole('progressbar', { name: /^Attainment \d+%: pays from 80%, capped at 150%$/ })
      .waitFor();
    // Both sides see both halves of the split.
    await card.locator('[data-testid="incentive-split"][data-side="Marketing"]').waitFor();
    await card.locator('[data-testid="incentive-split"][data-side="Sales"]').waitFor();
    const revenue = card.locator('[data-testid="incentive-measure"][data-metric="REVENUE_WON"]');
    await revenue.getByText(/ of \$200,000$/).waitFor();
    const sla = card.locator('[data-testid="incentive-measure"][data-metric="SLA_COMPLIANCE"]');
    await sla.getByText(/ of 85%$/).waitFor();
    // Partners read; they neither create nor review plans.
    assert.equal(await page.getByTestId('new-plan').count(), 0);
    assert.equal(await page.getByTestId('plan-row').count(), 0);
  });
  await context.close();
});
