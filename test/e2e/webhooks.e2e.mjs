import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, signedIn, withScreenshot } from './support.mjs';

// A partner admin registers a webhook endpoint pointing at a receiver inside this test, copies
// the secret shown once, sends a test event (signed with it), watches a failing delivery retry and
// resends it, rotates the secret and deletes the endpoint. The API's job runner delivers for real.
const ADMIN = 'admin@northwind.demo';
const STAMP = Date.now();

let browser;
let receiver;
let receiverUrl;
const received = [];
let answer = 200;

before(async () => {
  browser = await launchBrowser();
  receiver = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, raw: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = answer;
      res.end();
    });
  });
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${receiver.address().port}/northwind-${STAMP}`;
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve()));
});

async function until(check, what, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`Timed out waiting for ${what}`);
}

function signatureOk(secret, delivery) {
  const parts = Object.fromEntries(
    String(delivery.headers['tandem-signature'])
      .split(',')
      .map((p) => p.split('=')),
  );
  const expected = createHmac('sha256', secret).update(`${parts.t}.${delivery.raw}`).digest('hex');
  return parts.v1 === expected;
}

test('a partner admin registers an endpoint, tests it, resends a failed delivery and deletes it', async () => {
  const { page } = await newPage(browser);
  await withScreenshot('webhooks', page, async () => {
    await signedIn(page, ADMIN);
    await page.getByTestId('main-nav').getByRole('link', { name: 'Integrations' }).click();
    await page.waitForURL(/\/integrations\/webhooks$/);

    await page.getByTestId('new-webhook').click();
    const dialog = page.getByRole('dialog', { name: 'New webhook endpoint' });
    await dialog.getByTestId('webhook-url').fill(receiverUrl);
    await dialog.getByTestId('webhook-description').fill('E2E receiver');
    await dialog.getByTestId('webhook-submit').click();

    const secretDialog = page.getByRole('dialog', { name: 'Signing secret' });
    const secret = await secretDialog.getByTestId('webhook-secret').inputValue();
    assert.match(secret, /^whsec_/);
    await secretDialog.getByTestId('webhook-secret-done').click();
    await page.waitForURL(/\/integrations\/webhooks\/[0-9a-f-]{36}$/);
    await page.getByTestId('webhook-detail-url').getByText(receiverUrl).waitFor();

    // A test event arrives, signed with the secret that was shown.
    await page.getByTestId('webhook-test').click();
    await until(() => received.length === 1, 'the test event');
    assert.equal(JSON.parse(received[0].raw).type, 'ping');
    assert.ok(signatureOk(secret, received[0]), 'the signature verifies');
    const log = page.getByTestId('delivery-table');
    await page.getByRole('button', { name: 'Refresh' }).click();
    await log.getByTestId('delivery-status').getByText('Delivered').waitFor();

    // A failing receiver: the delivery waits for a retry; once fixed, resend delivers it.
    answer = 500;
    await page.getByTestId('webhook-test').click();
    await until(() => received.length === 2, 'the second test event');
    await page.getByRole('button', { name: 'Refresh' }).click();
    const failing = page.getByTestId('delivery-row').first();
    await failing.getByTestId('delivery-status').getByText('Pending').waitFor();
    await failing.getByRole('cell', { name: '500', exact: true }).waitFor();
    answer = 204;
    await failing.getByTestId('delivery-resend').click();
    await until(() => received.length === 3, 'the resent delivery');
    assert.equal(received[2].raw, received[1].raw);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await failing.getByTestId('delivery-status').getByText('Delivered').waitFor();
    await failing.getByRole('cell', { name: '204', exact: true }).waitFor();

    // Rotating shows a new secret once.
    await page.getByTestId('webhook-rotate').click();
    const rotated = page.getByRole('dialog', { name: 'Signing secret' });
    const next = await rotated.getByTestId('webhook-secret').inputValue();
    assert.notEqual(next, secret);
    await rotated.getByTestId('webhook-secret-done').click();

    await page.getByTestId('webhook-delete').click();
    await page
      .getByRole('dialog', { name: 'Delete this endpoint?' })
      .getByRole('button', { name: 'Delete endpoint' })
      .click();
    await page.waitForURL(/\/integrations\/webhooks$/);
    await page.getByText('Webhook endpoint deleted.').waitFor();
    await page
      .getByRole('dialog', { name: 'Delete this endpoint?' })
      .waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Integrations' }).waitFor();
    assert.equal(await page.getByText(receiverUrl).count(), 0);
  });
});
