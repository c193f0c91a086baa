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

// The demo seed (apps/api/src/database/seed/demo-deals.ts) has an APPROVED registration by
// Northwind Systems for "Acme Corporation" (acme.com, US), and Maya manages Bluepeak. Everything
// this file creates is unique to the run: every e2e file shares one server.
const REP = 'sales@bluepeak.demo';
const MANAGER = 'maya.cm@tandem.demo';
const stamp = Date.now().toString(36);
const CONTACT_EMAIL = `e2e-deal-${stamp}@acme.com`;
const NOTES = `Met the CIO on site; security wants a pilot (e2e ${stamp}).`;
const COMMENT = 'Please talk to your channel manager before registering this account again.';

/** Facts the later tests need: the registration's id and DR reference. */
const registration = {};

/** Waits for the (debounced) search to narrow the list down to the one registration. */
async function onlyRow(page, reference) {
  await page.waitForFunction((wanted) => {
    const rows = document.querySelectorAll('[data-testid="deal-row"]');
    return rows.length === 1 && rows[0].getAttribute('data-reference') === wanted;
  }, reference);
  return page.getByTestId('deal-row');
}

test('a sales rep registers a deal in one pass despite the “already engaged” warning', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('deals-register', page, async () => {
    await signedIn(page, REP);
    await page.getByTestId('main-nav').getByRole('link', { name: 'Deals' }).click();
    await page.getByRole('heading', { name: 'Deals', exact: true }).waitFor();
    await page
      .getByTestId('deal-tab-description')
      .getByText(/^Deals you registered/)
      .waitFor();
    await page.getByRole('link', { name: 'Register deal' }).first().click();
    await page.getByRole('heading', { name: 'Register a deal' }).waitFor();

    // Website first: the inline check answers yes or no, never who.
    await page.getByRole('textbox', { name: 'Website' }).fill('www.acme.com');
    const check = page.locator('[data-testid="engaged-check"][data-state="engaged"]');
    await check.waitFor();
    await check
      .getByText('This account is already engaged (an active registration or an existing customer)')
      .waitFor();

    await page.getByRole('textbox', { name: 'Company name' }).fill('ACME Inc.');
    const country = page.getByPlaceholder('Type a name or code, e.g. US');
    await country.click();
    // Keyboard only: type the code and Tab on; the exact code ranks first.
    await country.fill('US');
    await page.getByRole('option', { name: 'United States (US)' }).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await country.inputValue(), 'United States (US)');
    await page.getByRole('textbox', { name: 'Contact name' }).fill('Wile E. Buyer');
    await page.getByRole('textbox', { name: 'Contact email' }).fill(CONTACT_EMAIL);
    await page.getByRole('textbox', { name: 'Contact role' }).fill('CIO');

    // Two lines: the amount follows quantity × list price until it is typed by hand.
    await page.getByLabel('Product, line 1').click();
    await page.getByRole('option', { name: 'Platform licence (TND-PLAT)' }).click();
    await page.getByLabel('Quantity, line 1').fill('2');
    await page.waitForFunction(
      () => document.querySelector('[aria-label="Amount, line 1"]')?.value === '24000.00',
    );
    await page.getByRole('button', { name: 'Add product' }).click();
    await page.getByLabel('Product, line 2').click();
    await page.getByRole('option', { name: 'Security add-on (TND-SEC)' }).click();
    assert.equal(await page.getByLabel('Amount, line 2').inputValue(), '4000.00');
    await page.getByLabel('Amount, line 2').fill('3500.10');
    await page.getByTestId('deal-total').getByText('27,500.10 USD').waitFor();

    await page.getByLabel('Last meeting with the customer').fill('2026-01-15');
    await page.getByRole('textbox', { name: 'Notes and evidence' }).fill(NOTES);
    await page.getByRole('button', { name: 'Register and submit' }).click();

    await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
    await page.getByTestId('deal-company').getByText('ACME Inc.').waitFor();
    await page
      .getByTestId('deal-status-line')
      .getByText(/^Submitted: /)
      .waitFor();
    await page.getByTestId('deal-status-banner').getByTestId('decision-countdown').waitFor();
    await page
      .getByTestId('deal-lines')
      .getByTestId('deal-total')
      .getByText('27,500.10 USD')
      .waitFor();
    const reference = ((await page.getByTestId('deal-reference').textContent()) ?? '').split(
      ' ',
    )[0];
    assert.match(reference, /^DR-\d{6}$/);
    registration.id = new URL(page.url()).pathname.split('/').pop();
    registration.reference = reference;
    assert.ok(!(await page.locator('body').innerText()).includes('Northwind'));
  });
  await context.close();
});

test('the channel manager sees the conflict side by side and rejects the later registration', async () => {
  assert.ok(registration.reference, 'needs the registration from the previous test');
  const { context, page } = await newPage(browser);
  await withScreenshot('deals-decide', page, async () => {
    await signedIn(page, MANAGER);
    await page.getByTestId('main-nav').getByRole('link', { name: 'Deals' }).click();
    await page.getByRole('tab', { name: 'Approval queue', selected: true }).waitFor();
    await page.getByRole('textbox', { name: 'Search' }).fill(registration.reference);
    const row = await onlyRow(page, registration.reference);
    await row.getByTestId('deal-conflict-badge').waitFor();
    assert.match(
      (await row.getByTestId('decision-countdown').textContent()) ?? '',
      /^decision (due in|overdue by) /,
    );
    await row.getByRole('link', { name: 'ACME Inc.' }).click();
    await page.getByTestId('deal-company').getByText('ACME Inc.').waitFor();

    // This registration beside the earlier Northwind one, which was submitted first.
    const conflicts = page.getByTestId('deal-conflicts');
    const conflict = conflicts
      .getByTestId('deal-conflict')
      .filter({ has: page.getByTestId('conflict-other-partner').getByText('Northwind Systems') });
    await conflict.first().waitFor();
    const other = conflict.first().getByTestId('conflict-other');
    await other.getByText('Acme Corporation').waitFor();
    await other.getByTestId('conflict-first').waitFor();
    assert.notEqual(
      ((await other.getByTestId('conflict-other-submitted').textContent()) ?? '').trim(),
      '—',
    );
    const mine = conflict.first().getByTestId('conflict-this');
    await mine.getByText(NOTES).waitFor();
    await mine.getByText('Bluepeak Solutions').waitFor();

    // First to register: approving it is refused, with the reason in view.
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await page
      .getByTestId('decision-error')
      .getByText(/^First to register: DR-\d{6}/)
      .waitFor();

    await page.getByRole('button', { name: 'Reject…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByPlaceholder('Choose a reason').click();
    await page.getByRole('option', { name: 'An earlier registration has this customer' }).click();
    await dialog.getByRole('textbox', { name: 'Comment for the partner' }).fill(COMMENT);
    await dialog.getByRole('button', { name: 'Reject registration' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByTestId('deal-status-line')
      .getByText(/^Rejected: /)
      .waitFor();
    await page.getByTestId('deal-timeline').getByText('Submitted → Rejected').waitFor();

    // The submission also reached the manager through the bell, and leads to the registration.
    await page.getByRole('button', { name: /Notifications, \d+ unread/ }).click();
    await page.getByText(new RegExp(`^${registration.reference} by `)).click();
    await page.waitForURL(`**/deals/${registration.id}`);
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
  });
  await context.close();
});

test('the rep sees why, without learning who registered first', async () => {
  assert.ok(registration.id, 'needs the registration from the first test');
  const { context, page } = await newPage(browser);
  await withScreenshot('deals-rejected', page, async () => {
    await signedIn(page, REP);
    // The decision is announced in the bell and links to the registration.
    await page.getByRole('button', { name: /Notifications, \d+ unread/ }).click();
    await page.getByText('Rejected: ACME Inc.').click();
    await page.waitForURL(`**/deals/${registration.id}`);
    await page
      .getByTestId('deal-status-line')
      .getByText(/^Rejected: /)
      .waitFor();

    await page.getByTestId('main-nav').getByRole('link', { name: 'Deals' }).click();
    await page.getByRole('textbox', { name: 'Search' }).fill(registration.reference);
    const row = await onlyRow(page, registration.reference);
    await row.locator('[data-testid="deal-status"][data-status="REJECTED"]').waitFor();
    await row.getByRole('link', { name: 'ACME Inc.' }).click();
    await page
      .getByTestId('deal-status-line')
      .getByText(/^Rejected: /)
      .waitFor();
    const comment = (await page.getByTestId('deal-status-comment').textContent()) ?? '';
    assert.match(comment, /Another registration for this customer predates yours\./);
    assert.ok(comment.includes(COMMENT), 'the manager’s comment reaches the rep');
    await page.getByTestId('deal-timeline').getByText('Submitted → Rejected').waitFor();
    assert.equal(await page.getByTestId('deal-conflicts').count(), 0);
    const text = await page.locator('body').innerText();
    assert.ok(!text.includes('Northwind'), 'the other partner is never named');
    assert.ok(!text.includes('Acme Corporation'), 'nor its registration');
  });
  await context.close();
});

test('the vendor admin opens deal registration settings from Program settings', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('deals-settings', page, async () => {
    await signedIn(page, 'admin@tandem.demo');
    await page.getByTestId('main-nav').getByRole('link', { name: 'Program settings' }).click();
    await page.getByRole('link', { name: 'Deal registration' }).click();
    await page.getByRole('heading', { name: 'Deal registration', exact: true }).waitFor();
    await page
      .getByTestId('similarity-explanation')
      .getByText(/^Balanced/)
      .waitFor();
    await page
      .locator('[data-testid="deal-products"] [data-sku="TND-PLAT"]')
      .getByText('12,000.00')
      .waitFor();

    // Platinum partners get a longer protection window than the program's; it survives a reload.
    const platinum = page.getByTestId('tier-protection').getByRole('textbox', { name: 'Platinum' });
    await platinum.fill('120');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await page.getByText('Registration settings saved.').waitFor();
    await page.reload();
    await page.getByTestId('tier-protection').waitFor();
    assert.equal(
      await page
        .getByTestId('tier-protection')
        .getByRole('textbox', { name: 'Platinum' })
        .inputValue(),
      '120 days',
    );

    // A direct opportunity of the vendor's own, added by hand and found again by search.
    const company = `E2E Direct ${stamp}`;
    await page.getByRole('tab', { name: 'Direct opportunities' }).click();
    await page.getByRole('button', { name: 'Add account' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Company name' }).fill(company);
    await dialog.getByRole('textbox', { name: 'Website' }).fill(`e2e-${stamp}.example`);
    await dialog.getByRole('button', { name: 'Add account' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('textbox', { name: 'Search accounts' }).fill(stamp);
    await page.locator(`[data-testid="deal-accounts"] [data-account="${company}"]`).waitFor();
  });
  await context.close();
});
