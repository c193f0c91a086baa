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

// Every e2e file shares one server, so everything this file creates is unique to the run.
const stamp = Date.now().toString(36);
const CSV = [
  'name,website_domains,country,region,time_zone,tier,partner_type',
  `Csv Alpha ${stamp},alpha-${stamp}.example,DE,EMEA,Europe/Berlin,Gold,Reseller`,
  `Csv Bravo ${stamp},bravo-${stamp}.example,US,NA,America/New_York,Silver,Reseller`,
  `Csv Broken ${stamp},,US,NA,America/New_York,Diamond,Reseller`,
].join('\n');

test('a vendor admin previews and imports partners from a CSV, and a re-run changes nothing', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('csv-partner-import', page, async () => {
    await signedIn(page, 'admin@tandem.demo');
    await page.goto('/partners');
    await page.getByRole('heading', { name: 'Partners', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Import partners' }).click();
    await page.getByRole('heading', { name: 'Import partners' }).waitFor();

    await page.getByRole('textbox', { name: 'CSV text' }).fill(CSV);
    await page.getByRole('button', { name: 'Check file' }).click();
    const report = page.getByTestId('import-report');
    await page.locator('[data-testid="import-report"][data-preview="true"]').waitFor();
    assert.equal(
      await report.getByTestId('import-summary').textContent(),
      '3 rows: 2 new, 1 with errors (not imported).',
    );
    const invalid = report.locator('[data-testid="import-row"][data-outcome="INVALID"]');
    assert.equal(await invalid.count(), 1);
    await invalid.getByText('tier: No tier named “Diamond”', { exact: false }).waitFor();
    assert.equal(await invalid.locator('td').first().textContent(), '4');

    await report.getByRole('button', { name: 'Import 2 partners' }).click();
    await page.locator('[data-testid="import-report"][data-preview="false"]').waitFor();
    assert.equal(
      await report.getByTestId('import-summary').textContent(),
      '3 rows: 2 created, 1 with errors (not imported).',
    );

    // The same file again: both partners are found (by name) and left alone.
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.locator('[data-testid="import-report"][data-preview="true"]').waitFor();
    assert.equal(
      await report.getByTestId('import-summary').textContent(),
      '3 rows: 2 unchanged, 1 with errors (not imported).',
    );
    assert.equal(
      await report.getByRole('button', { name: 'Import 0 partners' }).isDisabled(),
      true,
    );

    await page.goto(`/partners?q=${encodeURIComponent(`Csv Alpha ${stamp}`)}`);
    await page.getByRole('link', { name: `Csv Alpha ${stamp}` }).waitFor();
  });
  await context.close();
});

test('a partner admin downloads the leads list as CSV with the filters on screen', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('csv-leads-export', page, async () => {
    await signedIn(page, 'admin@northwind.demo');
    await page.goto('/leads?tab=all');
    await page.getByRole('heading', { name: 'Leads', exact: true }).waitFor();
    const link = page.getByTestId('leads-export-csv');
    assert.match((await link.getAttribute('href')) ?? '', /^\/api\/exports\/leads\.csv\?view=ALL$/);

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.match(download.suggestedFilename(), /^leads-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'the file starts with a byte-order mark for Excel');
    const lines = text.slice(1).trim().split(/\r?\n/);
    assert.ok(
      lines[0].startsWith('Lead ID,Contact name,Email,Phone,Job title,Company,Domain,Country'),
      lines[0],
    );
    assert.ok(lines.length > 1, 'the demo partner has leads');
    const header = lines[0].split(',');
    const partnerColumn = header.indexOf('Partner');
    // Simple rows (no quoted commas) are enough to see whose leads these are.
    const partners = new Set(
      lines
        .slice(1)
        .map((l) => l.split(','))
        .filter((cells) => cells.length === header.length)
        .map((cells) => cells[partnerColumn]),
    );
    assert.deepEqual([...partners], ['Northwind Systems']);

    // A filter on screen narrows the file the same way.
    await page.goto('/leads?tab=all&stage=WON');
    await page.getByRole('heading', { name: 'Leads', exact: true }).waitFor();
    assert.equal(
      await page.getByTestId('leads-export-csv').getAttribute('href'),
      '/api/exports/leads.csv?view=ALL&stage=WON',
    );
  });
  await context.close();
});

test('a vendor admin checks a product file before importing its valid rows', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('csv-product-import', page, async () => {
    await signedIn(page, 'admin@tandem.demo');
    await page.goto('/deal-settings');
    const products = page.getByRole('region', { name: 'Products' });
    await products.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import products' });
    await dialog
      .getByRole('textbox', { name: 'CSV text' })
      .fill(`sku,name,list_price\nE2E-${stamp},E2E product ${stamp},10\nBAD-${stamp},,ten`);
    await dialog.getByRole('button', { name: 'Check file' }).click();
    await dialog.locator('[data-testid="import-report"][data-preview="true"]').waitFor();
    assert.equal(
      await dialog.getByTestId('import-summary').textContent(),
      '2 rows: 1 new, 1 with errors (not imported).',
    );
    await dialog.getByText('list_price: “ten” is not an amount', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Import 1 product' }).click();
    await dialog.locator('[data-testid="import-report"][data-preview="false"]').waitFor();
    assert.equal(
      await dialog.getByTestId('import-summary').textContent(),
      '2 rows: 1 created, 1 with errors (not imported).',
    );
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    await products.getByText(`E2E product ${stamp}`).waitFor();
  });
  await context.close();
});
