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

// The demo seed (apps/api/src/database/seed/demo-goals.ts) has a "Gold quarterly" template that
// is not applied; Maya manages Bluepeak Solutions, a Gold partner. Every e2e file shares one
// server, so nothing here assumes what Bluepeak's goals were before: the template is applied
// with "also replace goals adjusted by hand", which makes its targets certain.
const MANAGER = 'maya.cm@tandem.demo';
const PARTNER_ADMIN = 'admin@bluepeak.demo';
const PARTNER = 'Bluepeak Solutions';
const GOLD_METRICS = ['LEADS_RECEIVED', 'SQLS', 'DEALS_WON', 'REVENUE_WON', 'SLA_COMPLIANCE'];
const PLAN_METRICS = ['LEADS_RECEIVED', 'MQLS', 'SQLS', 'OPPORTUNITIES', 'DEALS_WON'];

/** Facts later tests need: the running quarter and Bluepeak's id. */
const facts = {};

function goalCard(page, metric) {
  return page.locator(`[data-testid="goal-card"][data-metric="${metric}"]`);
}

test('a channel manager applies the Gold template to the running quarter', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('goals-apply-template', page, async () => {
    await signedIn(page, MANAGER);
    await page.getByTestId('main-nav').getByRole('link', { name: 'Goals' }).click();
    await page.getByRole('heading', { name: 'Goals', exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Tier templates' }).click();
    await page.waitForURL(/\/goals\/templates$/);

    const row = page.locator('[data-testid="template-row"][data-name="Gold quarterly"]');
    await row.getByText('Gold', { exact: true }).waitFor();
    await row.getByTestId('apply-template').click();
    const dialog = page.getByRole('dialog', { name: 'Apply Gold quarterly' });
    await dialog.waitFor();
    // The running quarter is chosen already.
    const period = dialog.getByTestId('apply-template-period');
    await page.waitForFunction(
      (el) => el instanceof HTMLInputElement && el.value.endsWith('· running'),
      await period.elementHandle(),
    );
    facts.quarterLabel = (await period.inputValue()).replace(/ · running$/, '');
    await dialog.getByRole('checkbox', { name: 'Also replace goals adjusted by hand' }).check();
    await dialog.getByTestId('apply-template-submit').click();
    const result = dialog.getByTestId('apply-template-result');
    await result.waitFor();
    assert.match(
      (await result.textContent()) ?? '',
      /Set goals for \d+ partners?: \d+ created, \d+ updated\./,
    );
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Bluepeak now has the template's goals, by side, marked as coming from the template.
    await page.getByRole('tab', { name: 'Partner goals' }).click();
    await page.waitForURL(/\/goals(\?.*)?$/);
    // Before choosing a partner, the overview lists Maya's partners with their goals by status.
    await page
      .getByTestId('goal-overview-row')
      .filter({ hasText: PARTNER })
      .getByText(/\d+ (on track|at risk|achieved)/)
      .first()
      .waitFor();
    await page.getByTestId('partner-select').click();
    await page.getByTestId('partner-select').fill('Bluep');
    await page.getByRole('option', { name: PARTNER }).click();
    await page.waitForURL(/partner=[0-9a-f-]{36}/);
    facts.partnerId = new URL(page.url()).searchParams.get('partner');
    await page.getByTestId('goal-board-period').getByText(facts.quarterLabel).waitFor();
    for (const metric of GOLD_METRICS) await goalCard(page, metric).waitFor();
    await goalCard(page, 'REVENUE_WON')
      .getByText(/ of \$120,000$/)
      .waitFor();
    await goalCard(page, 'SLA_COMPLIANCE')
      .getByText(/ of 80%$/)
      .waitFor();
    await goalCard(page, 'REVENUE_WON').getByText('From tier template').waitFor();
    await page
      .locator('[data-testid="goal-side"][data-side="MARKETING"]')
      .locator('[data-testid="goal-card"][data-metric="LEADS_RECEIVED"]')
      .waitFor();
    assert.equal(
      await page.getByTestId('goals-csv').getAttribute('href'),
      `/api/analytics/goals.csv?period=${await boardPeriod(page)}&partnerId=${facts.partnerId}`,
    );
  });
  await context.close();
});

/** The running quarter's code, as the goals board shows it (e.g. FY2026-Q4). */
async function boardPeriod(page) {
  const code = await page.getByTestId('goal-board').getAttribute('data-period');
  assert.match(code ?? '', /^FY\d{4}-Q[1-4]$/);
  return code;
}

test('the channel manager plans Bluepeak from revenue and turns the plan into goals', async () => {
  assert.ok(facts.partnerId, 'needs the partner from the previous test');
  const { context, page } = await newPage(browser);
  await withScreenshot('goals-plan', page, async () => {
    await signedIn(page, MANAGER);
    await page.goto(`/goals?partner=${facts.partnerId}`);
    await goalCard(page, 'REVENUE_WON').waitFor();
    await page.getByTestId('plan-from-goals').click();
    await page.waitForURL(/\/goals\/plan\?/);
    assert.equal(await page.getByTestId('partner-select').inputValue(), PARTNER);

    // A target that is no number is refused on the field, before asking the API.
    await page.getByTestId('plan-revenue').fill('lots');
    await page.getByTestId('plan-submit').click();
    await page.getByText('Enter an amount in dollars, e.g. 250000.').waitFor();

    await page.getByTestId('plan-revenue').fill('150,000');
    await page.getByTestId('plan-submit').click();
    const steps = page.getByTestId('plan-step');
    await steps.first().waitFor();
    assert.deepEqual(
      await steps.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-metric'))),
      PLAN_METRICS,
    );
    const needed = await page
      .getByTestId('plan-step-needed')
      .evaluateAll((cells) => cells.map((c) => Number((c.textContent ?? '').replace(/,/g, ''))));
    assert.ok(
      needed.every((n) => Number.isInteger(n) && n >= 1),
      `needed: ${needed}`,
    );
    // Each stage needs at least as many as the next one down the funnel.
    for (let i = 1; i < needed.length; i++) assert.ok(needed[i - 1] >= needed[i], `${needed}`);
    assert.equal(await page.getByTestId('plan-assumption').count(), 5);
    await page
      .locator('[data-testid="plan-assumption"][data-key="winRate"]')
      .getByText(/%$/)
      .first()
      .waitFor();

    await page.getByTestId('plan-apply').click();
    const applied = page.getByTestId('plan-applied');
    await applied.getByText(`6 goals set for ${PARTNER}`).waitFor();
    await applied.getByRole('link', { name: `See ${PARTNER}’s goals` }).click();
    await page.waitForURL(/\/goals\?partner=/);
    await goalCard(page, 'REVENUE_WON')
      .getByText(/ of \$150,000$/)
      .waitFor();
    for (const metric of PLAN_METRICS) await goalCard(page, metric).waitFor();
    // Changed for this partner after the template set it.
    await goalCard(page, 'REVENUE_WON').getByText('Adjusted by hand').waitFor();
    await goalCard(page, 'SLA_COMPLIANCE')
      .getByText(/ of 80%$/)
      .waitFor();
  });
  await context.close();
});

test('the partner admin sees the goals and their progress on the home page', async () => {
  assert.ok(facts.partnerId, 'needs the goals from the previous tests');
  const { context, page } = await newPage(browser);
  await withScreenshot('goals-home', page, async () => {
    await signedIn(page, PARTNER_ADMIN);
    const section = page.getByTestId('home-goals');
    await section.getByRole('heading', { name: 'How are we doing against our goals' }).waitFor();
    if (facts.quarterLabel) await section.getByText(facts.quarterLabel).waitFor();
    const revenue = section.locator('[data-testid="home-goal"][data-metric="REVENUE_WON"]');
    await revenue.getByText(/ of \$150,000$/).waitFor();
    await revenue.getByText('Revenue won').waitFor();
    await revenue.getByTestId('goal-status').waitFor();
    await revenue.getByTestId('goal-side').getByText('Joint').waitFor();
    await revenue.getByRole('img', { name: /^Revenue won: \d+% of target$/ }).waitFor();
    const metrics = await section
      .getByTestId('home-goal')
      .evaluateAll((goals) => goals.map((g) => g.getAttribute('data-metric')));
    for (const metric of [...PLAN_METRICS, 'REVENUE_WON', 'SLA_COMPLIANCE'])
      assert.ok(metrics.includes(metric), `${metric} missing from ${metrics}`);

    // The goals page is read-only for the partner: no partner choice, no editing.
    await section.getByRole('link', { name: 'All goals' }).click();
    await page.waitForURL(/\/goals$/);
    await goalCard(page, 'REVENUE_WON')
      .getByText(/ of \$150,000$/)
      .waitFor();
    assert.equal(await page.getByTestId('partner-select').count(), 0);
    assert.equal(await page.getByTestId('add-goal').count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Edit .* goal$/ }).count(), 0);
    assert.equal(await page.getByRole('tab', { name: 'Tier templates' }).count(), 0);
  });
  await context.close();
});
