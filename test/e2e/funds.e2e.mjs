import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, signedIn, withScreenshot } from './support.mjs';

let browser;
let proofDir;
before(async () => {
  browser = await launchBrowser();
  proofDir = mkdtempSync(join(tmpdir(), 'tandem-funds-'));
});
after(async () => {
  await browser?.close();
  if (proofDir) rmSync(proofDir, { recursive: true, force: true });
});

// Maya manages Northwind Systems, whose marketer requests and claims the funds. Every e2e file
// shares one server, and the demo seed has its own budget this quarter: the budget and the
// request get unique names, and every figure checked is of this budget alone.
const ADMIN = 'admin@tandem.demo';
const MARKETER = 'marketing@northwind.demo';
const MANAGER = 'maya.cm@tandem.demo';
const PARTNER = 'Northwind Systems';
const STAMP = Date.now();
const BUDGET = `E2E funds ${STAMP}`;
const TITLE = `Webinar for IT directors ${STAMP}`;

/** Set as the steps succeed; later tests need them. */
const facts = {};

function budgetCard(page) {
  return page.locator(`[data-testid="budget-card"][data-name="${BUDGET}"]`);
}

async function choose(page, scope, label, option) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

/** YYYY-MM-DD, `days` from today. */
function day(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function openRequest(page, tabName) {
  await page.getByTestId('main-nav').getByRole('link', { name: 'Market funds' }).click();
  await page.getByRole('heading', { name: 'Market funds', exact: true }).waitFor();
  await page.getByRole('tab', { name: tabName }).click();
  await page.waitForURL(/\/funds\/requests/);
  const row = page.locator(`[data-testid="request-row"][data-title="${TITLE}"]`);
  await row.getByRole('link', { name: TITLE }).click();
  await page.waitForURL(/\/funds\/requests\/[0-9a-f-]{36}$/);
  await page.getByTestId('request-title').getByText(TITLE).waitFor();
}

test('the vendor admin budgets the running quarter and allocates it to a partner', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('funds-budget', page, async () => {
    await signedIn(page, ADMIN);
    await page.getByTestId('main-nav').getByRole('link', { name: 'Market funds' }).click();
    await page.getByRole('heading', { name: 'Market funds', exact: true }).waitFor();

    await page.getByTestId('new-budget').click();
    const dialog = page.getByRole('dialog', { name: 'New budget' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(BUDGET);
    // The overview's period, the running quarter, is chosen already.
    const period = dialog.getByTestId('budget-period');
    await page.waitForFunction(
      (el) => el instanceof HTMLInputElement && el.value.endsWith('· running'),
      await period.elementHandle(),
    );
    await dialog.getByRole('textbox', { name: 'Total' }).fill('50000');
    await dialog.getByTestId('budget-submit').click();
    await dialog.waitFor({ state: 'detached' });

    const card = budgetCard(page);
    await card.getByTestId('budget-remaining').getByText('$0', { exact: true }).waitFor();
    await card.locator('[data-figure="unallocated"]').getByText('$50,000').waitFor();

    // More than the budget: the API's words, and nothing is allocated.
    await card.getByTestId('allocate').click();
    const allocate = page.getByRole('dialog', { name: `Allocate ${BUDGET}` });
    await allocate.getByTestId('allocation-partner').fill('Northw');
    await page.getByRole('option', { name: PARTNER }).click();
    await allocate.getByTestId('allocation-amount').fill('60000');
    await allocate.getByTestId('allocate-submit').click();
    await allocate.getByText('That allocates 60000.00 of a 50000.00 budget.').waitFor();

    await allocate.getByTestId('allocation-amount').fill('20000');
    await allocate.getByTestId('allocate-submit').click();
    await allocate.waitFor({ state: 'detached' });

    const row = card.locator(`[data-testid="allocation-row"][data-partner="${PARTNER}"]`);
    await row.locator('[data-column="allocated"]').getByText('$20,000').waitFor();
    await row.locator('[data-column="remaining"]').getByText('$20,000').waitFor();
    await card.getByTestId('budget-remaining').getByText('$20,000', { exact: true }).waitFor();
    await card.locator('[data-figure="unallocated"]').getByText('$30,000').waitFor();
    facts.budget = true;
  });
  await context.close();
});

test('the partner marketer requests funds for a webinar', async () => {
  assert.ok(facts.budget, 'needs the budget allocated by the previous test');
  const { context, page } = await newPage(browser);
  await withScreenshot('funds-request', page, async () => {
    await signedIn(page, MARKETER);
    await page.getByTestId('main-nav').getByRole('link', { name: 'Market funds' }).click();
    // The partner sees its own allocation of the budget.
    const card = budgetCard(page);
    await card.getByTestId('budget-remaining').getByText('$20,000', { exact: true }).waitFor();
    assert.equal(await card.getByTestId('allocation-row').count(), 0);

    await page.getByTestId('new-request').click();
    await page.waitForURL(/\/funds\/requests\/new$/);
    const form = page.getByTestId('request-form');
    await choose(page, form, 'Budget', new RegExp(`^${BUDGET} · `));
    await form.getByText('$20,000 of your $20,000 allocation is free.').waitFor();
    await choose(page, form, 'Activity type', 'Webinar');
    await form.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await form
      .getByRole('textbox', { name: 'Description' })
      .fill('Two live sessions on audit readiness.');
    await form.getByLabel('First day').fill(day(-20));
    await form.getByLabel('Last day').fill(day(-10));
    await form.getByRole('textbox', { name: 'Planned cost' }).fill('8000');
    // Asking for more than the activity costs is refused on the field.
    await form.getByRole('textbox', { name: 'Requested amount' }).fill('9000');
    await form.getByTestId('request-submit').click();
    await form.getByText('Ask for at most the planned cost of the activity.').waitFor();
    await form.getByRole('textbox', { name: 'Requested amount' }).fill('6000');
    await form.getByRole('textbox', { name: 'Expected leads' }).fill('30');
    await form.getByTestId('request-submit').click();

    await page.waitForURL(/\/funds\/requests\/[0-9a-f-]{36}$/);
    await page.getByTestId('request-title').getByText(TITLE).waitFor();
    await page.getByTestId('request-detail').getByText('Waiting for approval').first().waitFor();
    assert.equal(await page.getByTestId('request-requested').textContent(), '$6,000');
    // Partners do not decide.
    assert.equal(await page.getByTestId('approve-request').count(), 0);
    facts.requested = true;
  });
  await context.close();
});

test('the channel manager approves the request', async () => {
  assert.ok(facts.requested, 'needs the request of the previous test');
  const { context, page } = await newPage(browser);
  await withScreenshot('funds-approve', page, async () => {
    await signedIn(page, MANAGER);
    await openRequest(page, 'Requests and claims');
    await page.getByTestId('approve-request').click();
    const dialog = page.getByRole('dialog', { name: `Approve ${TITLE}` });
    // The amount asked for is the default.
    assert.equal(await dialog.getByTestId('decision-amount').inputValue(), '6000');
    await dialog.getByTestId('decision-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[data-testid="request-detail"][data-status="APPROVED"]').waitFor();
    await page.getByTestId('request-approved').getByText('$6,000').waitFor();
    facts.approved = true;
  });
  await context.close();
});

test('the marketer claims less than approved and attaches proof', async () => {
  assert.ok(facts.approved, 'needs the approval of the previous test');
  const { context, page } = await newPage(browser);
  await withScreenshot('funds-claim', page, async () => {
    await signedIn(page, MARKETER);
    await openRequest(page, 'Requests');
    const form = page.getByTestId('claim-form');
    assert.equal(await form.getByRole('textbox', { name: 'Amount claimed' }).inputValue(), '6000');
    await form.getByRole('textbox', { name: 'Actual cost' }).fill('5200');
    await form.getByRole('textbox', { name: 'Amount claimed' }).fill('5000');
    await form.getByTestId('claim-submit').click();

    const claim = page.locator('[data-testid="claim-card"][data-status="SUBMITTED"]');
    await claim.getByTestId('claim-amount').getByText('$5,000').waitFor();
    await claim.getByTestId('no-proof').waitFor();
    const proof = join(proofDir, 'webinar-invoice.pdf');
    writeFileSync(proof, Buffer.from('%PDF-1.4\n%test\n'));
    await claim.getByTestId('proof-input').setInputFiles(proof);
    const file = claim.locator('[data-testid="proof-file"][data-name="webinar-invoice.pdf"]');
    await file.waitFor();
    assert.match(
      (await file.getByRole('link').getAttribute('href')) ?? '',
      /^\/api\/mdf\/files\/[0-9a-f-]{36}$/,
    );
    facts.claimed = true;
  });
  await context.close();
});

test('the channel manager approves the claim; the unclaimed rest goes back', async () => {
  assert.ok(facts.claimed, 'needs the claim of the previous test');
  const { context, page } = await newPage(browser);
  await withScreenshot('funds-claim-approve', page, async () => {
    await signedIn(page, MANAGER);
    await openRequest(page, 'Requests and claims');
    const claim = page.locator('[data-testid="claim-card"][data-status="SUBMITTED"]');
    await claim.locator('[data-testid="proof-file"][data-name="webinar-invoice.pdf"]').waitFor();
    await claim.getByTestId('approve-claim').click();
    const dialog = page.getByRole('dialog', { name: 'Approve the claim of $5,000' });
    await dialog.getByTestId('decision-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[data-testid="request-detail"][data-status="CLOSED"]').waitFor();
    const approved = page.locator('[data-testid="claim-card"][data-status="APPROVED"]');
    await approved.getByTestId('mark-paid').waitFor();

    // 20,000 allocated − 5,000 claimed: the 1,000 approved but not claimed went back.
    await page.getByRole('tab', { name: 'Budgets' }).click();
    const card = budgetCard(page);
    await card.getByTestId('budget-remaining').getByText('$15,000', { exact: true }).waitFor();
    await card.locator('[data-figure="claimed"]').getByText('$5,000').waitFor();
    await card.locator('[data-figure="reserved"]').getByText('$0').waitFor();
    const row = card.locator(`[data-testid="allocation-row"][data-partner="${PARTNER}"]`);
    await row.locator('[data-column="remaining"]').getByText('$15,000').waitFor();

    // Paying it moves it from claimed to paid; what remains stays.
    await page.goBack();
    await page.getByTestId('mark-paid').click();
    const confirm = page.getByRole('dialog', { name: 'Mark the claim paid' });
    await confirm.getByTestId('mark-paid-confirm').click();
    await confirm.waitFor({ state: 'detached' });
    await page.locator('[data-testid="claim-card"][data-status="PAID"]').waitFor();
    await page.getByRole('tab', { name: 'Budgets' }).click();
    await card.locator('[data-figure="paid"]').getByText('$5,000').waitFor();
    await card.getByTestId('budget-remaining').getByText('$15,000', { exact: true }).waitFor();
  });
  await context.close();
});
