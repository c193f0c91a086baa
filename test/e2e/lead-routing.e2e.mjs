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

const stamp = Date.now() % 1_000_000;

/** Opens a select or multi-select and picks options (a multi-select stays open afterwards). */
async function choose(page, dialog, label, ...options) {
  await dialog.getByRole('combobox', { name: label }).click();
  for (const option of options) {
    await page.getByRole('option', { name: option, exact: true }).click();
  }
}

/** Rule names in the order the table shows them. */
async function ruleOrder(page) {
  return page
    .getByTestId('routing-rules')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule-name')));
}

test('a vendor admin adds routing rules, reorders them and sets an SLA policy', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('lead-routing-admin', page, async () => {
    await signedIn(page, 'admin@tandem.demo');
    await page.getByTestId('main-nav').getByRole('link', { name: 'Program settings' }).click();
    await page.getByRole('link', { name: 'Lead routing & SLAs' }).click();
    await page.getByRole('heading', { name: 'Lead routing & SLAs' }).waitFor();
    await page.getByTestId('routing-explainer').getByText('manual queue').waitFor();

    // Switched off and limited to Iceland, so other suites' leads never meet these rules.
    const first = `Rule ${stamp} Iceland`;
    const second = `Rule ${stamp} Iceland hot`;
    const addRule = async (name, { hot = false } = {}) => {
      await page.getByRole('button', { name: 'Add rule' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add routing rule' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
      await dialog.getByRole('switch', { name: 'Active' }).uncheck();
      await dialog.getByRole('combobox', { name: 'Lead countries' }).fill('Iceland');
      await page.getByRole('option', { name: 'Iceland (IS)', exact: true }).click();
      if (hot) await choose(page, dialog, 'Lead priority', 'Hot');
      await dialog.getByRole('checkbox', { name: 'Same country as the lead' }).check();
      await choose(page, dialog, 'Partner tiers', 'Gold', 'Platinum');
      await dialog.getByRole('textbox', { name: 'Name' }).click();
      await dialog.getByRole('textbox', { name: 'Tier weight' }).fill('2');
      await dialog
        .getByTestId('rule-preview')
        .getByText(
          `${hot ? 'Hot leads' : 'Leads'} from IS → partners in the same country, Gold or Platinum`,
        )
        .waitFor();
      await dialog.getByRole('button', { name: 'Save rule' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: `Edit rule ${name}`, exact: true }).waitFor();
    };
    await addRule(first);
    await addRule(second, { hot: true });

    let order = await ruleOrder(page);
    assert.ok(order.indexOf(first) < order.indexOf(second), 'new rules go to the end');
    await page.getByRole('button', { name: `Move ${second} up` }).click();
    await page.waitForFunction(
      ([a, b]) => {
        const names = [...document.querySelectorAll('[data-testid="routing-rules"] tbody tr')].map(
          (r) => r.getAttribute('data-rule-name'),
        );
        return names.indexOf(b) >= 0 && names.indexOf(b) < names.indexOf(a);
      },
      [first, second],
    );
    await page.reload();
    await page.getByRole('button', { name: `Edit rule ${second}`, exact: true }).waitFor();
    order = await ruleOrder(page);
    assert.ok(order.indexOf(second) < order.indexOf(first), 'the new order is saved');
    const row = page.locator(`tr[data-rule-name="${second}"]`);
    assert.match(
      (await row.textContent()) ?? '',
      /Hot leads from IS → partners in the same country, Gold or Platinum/,
    );
    assert.match(
      (await row.textContent()) ?? '',
      /Scored by tier ×2, conversion ×1, SLA record ×1, free capacity ×1/,
    );
    assert.equal(await row.getByRole('switch').isChecked(), false);

    // An SLA policy for a tier that has no policy for hot leads yet.
    const taken = await page
      .locator('[data-testid="sla-policies"] tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
    const tier = ['Platinum', 'Gold', 'Silver', 'Registered'].find(
      (t) => !taken.some((cells) => cells[1] === t && cells[2] === 'Hot'),
    );
    assert.ok(tier, 'a tier is free for a hot-lead policy');
    const policy = `SLA ${stamp} ${tier} hot`;
    await page.getByRole('button', { name: 'Add policy' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add SLA policy' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(policy);
    await choose(page, dialog, 'Tier', tier);
    await choose(page, dialog, 'Priority', 'Hot');
    await dialog.getByRole('textbox', { name: 'Accept within' }).fill('2');
    await dialog.getByRole('textbox', { name: 'First contact within' }).fill('1');
    await dialog.getByRole('button', { name: 'Save policy' }).click();
    await dialog.getByText('First contact cannot be due before the accept deadline.').waitFor();
    await dialog.getByRole('textbox', { name: 'First contact within' }).fill('6');
    await dialog.getByRole('textbox', { name: 'Reminder at' }).fill('50');
    await dialog.getByRole('button', { name: 'Save policy' }).click();
    await dialog.waitFor({ state: 'detached' });
    const policyRow = page.locator(`tr[data-policy-name="${policy}"]`);
    await policyRow.waitFor();
    const cells = await policyRow.locator('td').allTextContents();
    assert.deepEqual(cells.slice(0, 6), [
      policy,
      tier,
      'Hot',
      '2 business hours',
      '6 business hours',
      '50% of the time',
    ]);
    const coverage = page.getByTestId('sla-coverage').getByRole('row', { name: new RegExp(tier) });
    assert.match((await coverage.textContent()) ?? '', new RegExp(`2 h / 6 h${policy}`));

    // Leave nothing behind that could change how other suites' leads are routed or timed.
    for (const [label, confirm] of [
      [`Delete policy ${policy}`, 'Delete policy'],
      [`Delete rule ${first}`, 'Delete rule'],
      [`Delete rule ${second}`, 'Delete rule'],
    ]) {
      await page.getByRole('button', { name: label, exact: true }).click();
      const confirmDialog = page.getByRole('dialog');
      await confirmDialog.getByRole('button', { name: confirm }).click();
      await confirmDialog.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: label, exact: true }).waitFor({ state: 'detached' });
    }
  });
  await context.close();
});

test('a partner admin sets business hours and specialisations on their profile', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('lead-routing-partner-hours', page, async () => {
    await signedIn(page, 'admin@lumiere.demo');
    await page.getByTestId('main-nav').getByRole('link', { name: 'Partners' }).click();
    await page.getByTestId('partner-table').getByRole('link', { name: 'Lumière Partners' }).click();
    await page.getByTestId('partner-business-hours').getByText('Mon–Fri').waitFor();
    await page.getByRole('button', { name: 'Edit profile' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit your organisation profile' });
    await dialog.getByRole('checkbox', { name: 'Saturday' }).check();
    await choose(page, dialog, 'Working day starts', '08:00');
    await choose(page, dialog, 'Working day ends', '07:00');
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await dialog.getByText('Business hours must end after they start.').waitFor();
    await choose(page, dialog, 'Working day ends', '18:00');
    await choose(page, dialog, 'Specialisations', 'CFO Carlos');
    await dialog.getByRole('textbox', { name: 'Legal name' }).click();
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByTestId('partner-business-hours')
      .getByText('Mon–Sat, 08:00–18:00 Europe/Paris', { exact: true })
      .waitFor();
    await page.getByTestId('partner-specialisations').getByText('CFO Carlos').waitFor();
    await page.reload();
    await page
      .getByTestId('partner-business-hours')
      .getByText('Mon–Sat, 08:00–18:00 Europe/Paris', { exact: true })
      .waitFor();
    // The partner admin also sees how the partner handles hand-offs and registrations.
    const performance = page.getByTestId('partner-performance');
    await performance.getByText('SLA compliance').waitFor();
    await performance.getByText('Registration quality').waitFor();
    await performance.getByText('Contacted in time').waitFor();
    await performance.getByText(/\d+ first contacts due/).waitFor();
  });
  await context.close();
});
