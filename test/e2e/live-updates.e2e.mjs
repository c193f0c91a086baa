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

const stamp = Date.now().toString(36);

/** A GraphQL call from inside `page`, with its session cookie and CSRF header, like the portal. */
async function gql(page, query, variables = {}) {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const csrf = decodeURIComponent(
        /(?:^|; )tandem_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '',
      );
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ query, variables }),
      });
      return res.json();
    },
    { query, variables },
  );
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** The unread count the notification bell shows. */
async function unreadCount(page) {
  const label = await page
    .locator('button[aria-label^="Notifications"]')
    .getAttribute('aria-label');
  return Number(/(\d+) unread/.exec(label ?? '')?.[1] ?? 0);
}

test('a partner sales rep’s leads inbox and bell show a new offer without reloading', async () => {
  const rep = await newPage(browser);
  const vendor = await newPage(browser);
  const otherPartner = await newPage(browser);
  try {
    await withScreenshot('live-updates-rep-inbox', rep.page, async () => {
      await signedIn(rep.page, 'sales@northwind.demo');
      await signedIn(vendor.page, 'admin@tandem.demo');
      // A rep of another partner, on the same screen at the same time.
      await signedIn(otherPartner.page, 'sales@bluepeak.demo');
      await otherPartner.page.goto('/leads');
      await otherPartner.page.getByTestId('lead-tab-description').waitFor();
      const { me } = await gql(rep.page, `query { me { id partnerId } }`);
      assert.ok(me.partnerId, 'the demo rep belongs to Northwind');

      let reloads = 0;
      rep.page.on('framenavigated', (frame) => {
        if (frame === rep.page.mainFrame()) reloads++;
      });
      await rep.page.goto('/leads');
      await rep.page.getByTestId('lead-tab-description').waitFor();
      const company = `Live Offer ${stamp}`;
      assert.equal(await rep.page.getByText(company).count(), 0);
      const navigationsBefore = reloads;
      // Let the inbox open its subscription before the offer is made.
      await rep.page.waitForTimeout(1_000);
      const unreadBefore = await unreadCount(rep.page);

      // The vendor creates a lead and hands it to this rep.
      const { createLead } = await gql(
        vendor.page,
        `mutation($i: CreateLeadInput!) { createLead(input: $i) { id } }`,
        {
          i: {
            contactName: `Lia Live ${stamp}`,
            email: `e2e-live-${stamp}@example.com`,
            company,
            country: 'US',
          },
        },
      );
      await gql(vendor.page, `mutation($i: AssignLeadInput!) { assignLead(input: $i) { id } }`, {
        i: { leadId: createLead.id, partnerId: me.partnerId, userId: me.id, note: 'e2e live' },
      });

      // The rep's page shows it by itself: a toast, and the offer in the inbox list.
      await rep.page.getByText('New lead offered').waitFor({ timeout: 10_000 });
      await rep.page
        .locator(`[data-testid="lead-row"][data-lead-id="${createLead.id}"]`)
        .waitFor({ timeout: 10_000 });
      // The offer's in-app notification reaches the bell too.
      await rep.page.waitForFunction(
        (before) => {
          const bell = document.querySelector('button[aria-label^="Notifications"]');
          const n = Number(/(\d+) unread/.exec(bell?.getAttribute('aria-label') ?? '')?.[1] ?? 0);
          return n === before + 1;
        },
        unreadBefore,
        { timeout: 10_000 },
      );
      assert.equal(reloads, navigationsBefore, 'the page was not reloaded or navigated');
      // The other partner's rep heard nothing of it.
      await otherPartner.page.waitForTimeout(1_000);
      assert.equal(await otherPartner.page.getByText('New lead offered').count(), 0);
      assert.equal(await otherPartner.page.getByText(company).count(), 0);
    });
  } finally {
    await rep.context.close();
    await vendor.context.close();
    await otherPartner.context.close();
  }
});

test('a partner sales rep’s open registration shows the vendor’s decision without reloading', async () => {
  const rep = await newPage(browser);
  const vendor = await newPage(browser);
  try {
    await withScreenshot('live-updates-deal-decision', rep.page, async () => {
      await signedIn(rep.page, 'sales@northwind.demo');
      await signedIn(vendor.page, 'admin@tandem.demo');
      const { products } = await gql(rep.page, `query { products { id } }`);
      assert.ok(products.length, 'the demo catalog has products');
      const { registerDeal } = await gql(
        rep.page,
        `mutation($i: DealInput!) { registerDeal(input: $i) { id status } }`,
        {
          i: {
            companyName: `Live Decision ${stamp}`,
            website: `https://live-decision-${stamp}.example`,
            country: 'US',
            contactName: 'Dana Live',
            contactEmail: `dana@live-decision-${stamp}.example`,
            contactRole: 'CTO',
            currency: 'USD',
            lines: [{ productId: products[0].id, quantity: 1, amount: '1000.00' }],
          },
        },
      );
      assert.equal(registerDeal.status, 'SUBMITTED');

      let navigations = 0;
      await rep.page.goto(`/deals/${registerDeal.id}`);
      await rep.page.getByTestId('deal-status-line').waitFor();
      rep.page.on('framenavigated', (frame) => {
        if (frame === rep.page.mainFrame()) navigations++;
      });
      assert.match(await rep.page.getByTestId('deal-status-line').innerText(), /^Submitted/);
      await rep.page.waitForTimeout(1_000);

      await gql(vendor.page, `mutation($i: DecideDealInput!) { decideDeal(input: $i) { id } }`, {
        i: { dealId: registerDeal.id, decision: 'APPROVED', comment: '' },
      });

      await rep.page.waitForFunction(
        () =>
          document
            .querySelector('[data-testid="deal-status-line"]')
            ?.textContent?.startsWith('Approved'),
        undefined,
        { timeout: 10_000 },
      );
      assert.equal(navigations, 0, 'the page was not reloaded or navigated');
    });
  } finally {
    await rep.context.close();
    await vendor.context.close();
  }
});
