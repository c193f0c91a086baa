import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import yauzl from 'yauzl';
import { launchBrowser, newPage, signedIn, withScreenshot } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const KIT = 'IT Director audit kit';
const PRICING = 'Partner pricing guide';
const UPLOAD_TITLE = `E2E one-pager ${Date.now().toString(36)}`;

/** Every entry of a ZIP file: name → contents. */
function readZip(path) {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = new Map();
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks = [];
          stream.on('data', (chunk) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

const byBaseName = (entries, base) =>
  [...entries.keys()].find((name) => name.split('/').pop() === base);

test('a partner marketer downloads the persona kit as a ZIP with co-branded templates', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('content-kit-download', page, async () => {
    await signedIn(page, 'marketing@northwind.demo');
    // Platinum Northwind is entitled to the Gold-only pricing guide.
    await page.goto(`/content?q=${encodeURIComponent(PRICING)}`);
    await page.getByTestId('asset-card').filter({ hasText: PRICING }).first().waitFor();

    await page.getByTestId('main-nav').getByRole('link', { name: 'Personas' }).click();
    await page.getByRole('link', { name: 'IT Director Irene' }).first().click();
    await page.getByTestId('persona-name').getByText('IT Director Irene').waitFor();
    const kits = page.getByTestId('persona-kits');
    await kits.getByRole('heading', { name: 'Kits for this persona' }).waitFor();
    const card = kits.getByTestId('kit-card').filter({ hasText: KIT });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: 'Download kit' }).click(),
    ]);
    const path = await download.path();
    assert.ok(path, 'the download was saved');
    const entries = await readZip(path);
    for (const expected of [
      'audit-readiness-battlecard.pdf',
      'audit-season-invitation.html',
      'persona-sheet.html',
      'README.txt',
    ]) {
      assert.ok(byBaseName(entries, expected), `the ZIP holds ${expected}: ${[...entries.keys()]}`);
    }
    const invitation = entries.get(byBaseName(entries, 'audit-season-invitation.html')).toString();
    assert.ok(invitation.includes('Northwind Systems'), 'the template is filled for Northwind');
    assert.ok(!invitation.includes('{{partner.name}}'), 'no merge field is left');
    const pdf = entries.get(byBaseName(entries, 'audit-readiness-battlecard.pdf'));
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');

    // The kit page offers the same one-click download.
    await card.getByRole('link', { name: KIT }).click();
    await page.getByTestId('kit-name').getByText(KIT).waitFor();
    await page.getByTestId('kit-assets').getByText('Audit-season invitation').first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Edit kit' }).count(), 0);
  });
  await context.close();
});

test('the vendor marketer sees the kit download attributed to Northwind Systems', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('content-download-report', page, async () => {
    await signedIn(page, 'marketing@tandem.demo');
    await page.getByTestId('main-nav').getByRole('link', { name: 'Content' }).click();
    await page.getByRole('tab', { name: 'Downloads' }).click();
    await page.waitForURL(/\/content\/reports$/);
    // Newest first: the kit download from the test before.
    const newest = page.getByTestId('recent-downloads').getByTestId('download-row').first();
    await newest.getByText(KIT).waitFor();
    await newest.getByText('Northwind Systems').waitFor();
    await page.getByText('Per kit', { exact: true }).click();
    await page.getByTestId('download-report').getByRole('cell', { name: KIT }).waitFor();
    await page.getByText('Per partner', { exact: true }).click();
    await page
      .getByTestId('download-report')
      .getByRole('cell', { name: 'Northwind Systems' })
      .waitFor();
  });
  await context.close();
});

test('a Silver partner does not see Gold-only content', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('content-silver', page, async () => {
    await signedIn(page, 'marketing@mapleleaf.demo');
    await page.goto('/content');
    await page.getByTestId('asset-card').first().waitFor();
    assert.equal(await page.getByTestId('asset-card').filter({ hasText: PRICING }).count(), 0);
    await page.getByRole('textbox', { name: 'Search' }).fill(PRICING);
    await page.getByText('No content matches').waitFor();
  });
  await context.close();
});

test('a vendor marketer uploads a PDF and sees the API refuse an .exe', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('content-upload', page, async () => {
    await signedIn(page, 'marketing@tandem.demo');
    await page.goto('/content');
    await page.getByTestId('asset-card').first().waitFor();

    await page.getByRole('button', { name: 'Upload file' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'e2e-one-pager.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(UPLOAD_TITLE);
    await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('textbox', { name: 'Search' }).fill(UPLOAD_TITLE);
    const card = page.getByTestId('asset-card').filter({ hasText: UPLOAD_TITLE });
    await card.waitFor();
    await card.getByTestId('asset-availability').getByText('Published').waitFor();

    await page.getByRole('button', { name: 'Upload file' }).click();
    dialog = page.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'tool.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('MZ not really a program'),
    });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Not allowed');
    await dialog.getByRole('button', { name: 'Upload', exact: true }).click();
    await dialog.getByText('Files of this type cannot be uploaded').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
  await context.close();
});
