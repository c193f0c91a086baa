import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { launchBrowser, newPage, signedIn, withScreenshot } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// Demo partners' sign-in slugs (apps/api/src/database/seed/demo-seed.ts): users are
// admin@<slug>.demo, marketing@<slug>.demo and sales@<slug>.demo.
const PARTNER_SLUGS = {
  'Northwind Systems': 'northwind',
  'Bluepeak Solutions': 'bluepeak',
  'Mapleleaf IT': 'mapleleaf',
  'Andes Digital': 'andes',
  'Rheinwerk Consulting': 'rheinwerk',
  'Lumière Partners': 'lumiere',
  'Thames Cloud': 'thames',
  'Nordlys Data': 'nordlys',
  'Sakura Networks': 'sakura',
  'Harbour Tech': 'harbour',
  'Merlion Integrators': 'merlion',
  'Paulista Software': 'saopaulo',
};

// Every e2e file shares one server, so everything this file creates is unique to the run.
const stamp = Date.now().toString(36);
const ACCEPTED = { name: `Ada Accept ${stamp}`, email: `e2e-ada-${stamp}@example.com` };
const EXPIRING = { name: `Eli Expire ${stamp}`, email: `e2e-eli-${stamp}@example.com` };

// Both rows meet the demo MQL criteria (required email, company, country, consent; persona 20 +
// company size 15 + title keyword 15 + country 5 + one campaign response 10 ≥ 40) in a US
// territory the demo routing rules hand to North American partners. The third row is invalid.
const CSV = [
  'contact_name,email,title,company,country,company_size,persona,consent,campaign_responses',
  `${ACCEPTED.name},${ACCEPTED.email},IT Director,Ada Corp ${stamp},US,1200,IT Director Irene,yes,1`,
  `${EXPIRING.name},${EXPIRING.email},Head of IT,Eli Inc ${stamp},US,800,IT Director Irene,yes,1`,
  `Broken Row ${stamp},not-an-email,Analyst,Nowhere,US,10,,yes,0`,
].join('\n');

/** Lead facts the later tests need: id, and who the first offer went to. */
const leads = {};

function slugOf(partnerName) {
  const slug = PARTNER_SLUGS[partnerName];
  assert.ok(slug, `no demo sign-in known for partner “${partnerName}”`);
  return slug;
}

/** Reloads `page` until `check()` resolves truthy (background jobs run every 500 ms). */
async function eventually(page, check, what, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check().catch(() => false);
    if (result) return result;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await page.waitForTimeout(750);
    await page.reload();
    await page.getByTestId('lead-name').waitFor();
  }
}

/** Waits for the (debounced) search to narrow the list down to the one lead with `email`. */
async function onlyRow(page, email) {
  await page.waitForFunction((wanted) => {
    const rows = document.querySelectorAll('[data-testid="lead-row"]');
    return rows.length === 1 && rows[0].textContent.includes(wanted);
  }, email);
  return page.getByTestId('lead-row');
}

async function openLeadByEmail(page, email) {
  await page.goto('/leads?tab=all');
  await page.getByRole('textbox', { name: 'Search' }).fill(email);
  await onlyRow(page, email);
  await page.getByTestId('lead-row').getByRole('link').first().click();
  await page.getByTestId('lead-name').waitFor();
  const id = new URL(page.url()).pathname.split('/').pop();
  assert.match(id ?? '', /^[0-9a-f-]{36}$/);
  return id;
}

/** Waits until the lead is offered to a partner and returns who holds the pending offer. */
async function pendingOffer(page) {
  return eventually(
    page,
    async () => {
      const line = (await page.getByTestId('lead-status-line').textContent()) ?? '';
      if (!line.startsWith('Offered to')) return false;
      const card = page.locator('[data-testid="lead-offer"][data-status="PENDING"]');
      if ((await card.count()) !== 1) return false;
      const partner = ((await card.getByTestId('offer-partner').textContent()) ?? '').trim();
      const rep = ((await card.getByTestId('offer-rep').textContent()) ?? '').trim();
      return { partner, rep: rep.startsWith('No rep named') ? null : rep };
    },
    'the lead to be offered to a partner',
  );
}

function partnerLogin(offer) {
  const slug = slugOf(offer.partner);
  return offer.rep ? `sales@${slug}.demo` : `admin@${slug}.demo`;
}

async function reassignToRep(lead, repName) {
  const admin = await newPage(browser);
  await withScreenshot('leads-reassign', admin.page, async () => {
    const { page } = admin;
    await signedIn(page, `admin@${slugOf(lead.partner)}.demo`);
    await page.goto(`/leads/${lead.id}`);
    await page.getByTestId('lead-name').waitFor();
    await page.getByRole('button', { name: 'Assign…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByPlaceholder('Choose a rep').click();
    await page.getByRole('option', { name: `${repName} ·` }).click();
    await dialog.getByRole('button', { name: 'Assign' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('lead-status-line').getByText(`(${repName})`).waitFor();
  });
  await admin.context.close();
}

test('a vendor marketer previews and imports a CSV of leads', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('leads-import', page, async () => {
    await signedIn(page, 'marketing@tandem.demo');
    await page.getByTestId('main-nav').getByRole('link', { name: 'Leads' }).click();
    await page.getByRole('heading', { name: 'Leads', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByRole('heading', { name: 'Import leads' }).waitFor();
    await page.getByTestId('csv-columns').getByText('contact_name').waitFor();

    await page.getByRole('textbox', { name: 'CSV text' }).fill(CSV);
    await page.getByRole('button', { name: 'Check file' }).click();
    const report = page.getByTestId('import-report');
    await page.locator('[data-testid="import-report"][data-preview="true"]').waitFor();
    assert.equal(
      await report.getByTestId('import-summary').textContent(),
      '3 rows: 2 new leads, 1 invalid.',
    );
    const invalid = report.locator('[data-testid="import-row"][data-outcome="INVALID"]');
    assert.equal(await invalid.count(), 1);
    await invalid.getByText('“not-an-email” is not an email address.').waitFor();

    await report.getByRole('button', { name: 'Import 2 leads' }).click();
    await page.locator('[data-testid="import-report"][data-preview="false"]').waitFor();
    const summary = (await report.getByTestId('import-summary').textContent()) ?? '';
    assert.match(summary, /^3 rows: 2 leads created, 1 invalid\./);
    assert.match(summary, /2 of the new leads met the MQL criteria/);
  });
  await context.close();
});

test('routing offers each imported lead to a partner within seconds', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('leads-routed', page, async () => {
    await signedIn(page, 'marketing@tandem.demo');
    for (const [key, lead] of Object.entries({ accepted: ACCEPTED, expiring: EXPIRING })) {
      const id = await openLeadByEmail(page, lead.email);
      await page.getByTestId('lead-name').getByText(lead.name).waitFor();
      const offer = await pendingOffer(page);
      assert.ok(offer.partner, 'the offer names a partner');
      await page
        .getByTestId('lead-status')
        .getByTestId('lead-countdown')
        .getByText(/^due in /)
        .waitFor();
      // The explanation names the rule and ranks the eligible partners.
      const card = page.locator('[data-testid="lead-offer"][data-status="PENDING"]');
      await card.getByRole('button', { name: /^Why / }).click();
      await card.getByTestId('routing-candidates').getByText(offer.partner).first().waitFor();
      await page.getByTestId('stage-history').getByText('Lead → MQL').waitFor();
      leads[key] = { id, ...offer };
    }
  });
  await context.close();
});

test('the partner’s sales rep sees the offer in the inbox with a countdown and accepts it', async () => {
  const lead = leads.accepted;
  assert.ok(lead, 'needs the routed lead from the previous test');
  const { context, page } = await newPage(browser);
  await withScreenshot('leads-accept', page, async () => {
    await signedIn(page, partnerLogin(lead));
    // The account menu shows the avatar's initials, then the name.
    const me = (await page.getByTestId('user-menu').innerText()).trim().split('\n').pop();
    // Round-robin may have picked another rep of the partner (other files invite reps): the
    // partner admin then hands the offer to the demo rep, as a partner would.
    if (lead.rep && lead.rep !== me) await reassignToRep(lead, me);
    await page.getByTestId('main-nav').getByRole('link', { name: 'Leads' }).click();
    await page.getByRole('tab', { name: 'Inbox', selected: true }).waitFor();
    await page.getByRole('textbox', { name: 'Search' }).fill(ACCEPTED.email);
    const row = await onlyRow(page, ACCEPTED.email);
    const countdown = row.getByTestId('lead-countdown');
    assert.match((await countdown.textContent()) ?? '', /^due in \d+ (d|h|min)/);
    assert.equal(await countdown.getAttribute('data-overdue'), 'false');

    await row.getByRole('link', { name: ACCEPTED.name }).click();
    await page.getByTestId('lead-name').getByText(ACCEPTED.name).waitFor();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page
      .getByTestId('lead-status-line')
      .getByText(/^Accepted and worked by /)
      .waitFor();
    await page.getByTestId('lead-stage').getByText('SQL', { exact: true }).waitFor();
    await page.getByTestId('stage-history').getByText('MQL → SQL').waitFor();

    await page.getByRole('button', { name: 'Record first contact' }).click();
    await page
      .getByTestId('lead-status')
      .getByText(/^First contact recorded /)
      .waitFor();
    await page.getByRole('button', { name: 'Convert to opportunity' }).waitFor();
  });
  await context.close();
});

test(
  'an offer nobody answers in time expires and the lead goes to another partner',
  { skip: !process.env.E2E_DATABASE_URL && 'needs E2E_DATABASE_URL (run through run.mjs)' },
  async () => {
    const lead = leads.expiring;
    assert.ok(lead, 'needs the routed lead from the second test');
    // Move the deadline into the past rather than waiting a business day for it.
    const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT id FROM lead_offer WHERE lead_id = $1 AND status = 'PENDING'`,
        [lead.id],
      );
      assert.equal(rows.length, 1, 'one pending offer');
      const offerId = rows[0].id;
      await db.query(
        `UPDATE lead_offer SET accept_due_at = now() - interval '1 minute' WHERE id = $1`,
        [offerId],
      );
      const jobs = await db.query(
        `UPDATE job SET run_at = now() WHERE kind = 'lead.offer.accept-deadline'
           AND payload->>'offerId' = $1 AND completed_at IS NULL`,
        [offerId],
      );
      assert.equal(jobs.rowCount, 1, 'the deadline job is queued');
      const manager = await db.query(
        `SELECT u.email FROM lead_offer o JOIN partner p ON p.id = o.partner_id
           JOIN app_user u ON u.id = p.channel_manager_id WHERE o.id = $1`,
        [offerId],
      );
      lead.managerEmail = manager.rows[0]?.email ?? null;
    } finally {
      await db.end();
    }

    const { context, page } = await newPage(browser);
    await withScreenshot('leads-expire', page, async () => {
      await signedIn(page, 'marketing@tandem.demo');
      await page.goto(`/leads/${lead.id}`);
      await page.getByTestId('lead-name').getByText(EXPIRING.name).waitFor();
      await eventually(
        page,
        async () =>
          (await page.locator('[data-testid="lead-offer"][data-status="EXPIRED"]').count()) === 1,
        'the first offer to expire',
      );
      const expired = page.locator('[data-testid="lead-offer"][data-status="EXPIRED"]');
      assert.equal(
        ((await expired.getByTestId('offer-partner').textContent()) ?? '').trim(),
        lead.partner,
      );
      await expired.getByText('Missed').waitFor();
      await page
        .getByTestId('sla-events')
        .getByText('Accept deadline missed — lead recalled')
        .waitFor();

      const next = await pendingOffer(page);
      assert.notEqual(next.partner, lead.partner, 'handed to a different partner');
      const card = page.locator('[data-testid="lead-offer"][data-status="PENDING"]');
      await card.getByRole('button', { name: /^Why / }).click();
      await card
        .getByTestId('routing-explanation')
        .getByText(/left out because they rejected this lead or let an offer of it expire/)
        .waitFor();
    });
    await context.close();

    // The partner's channel manager hears about the missed deadline and can open the lead.
    if (!lead.managerEmail) return;
    const manager = await newPage(browser);
    await withScreenshot('leads-expire-manager', manager.page, async () => {
      const { page } = manager;
      await signedIn(page, lead.managerEmail);
      await page.getByRole('button', { name: /Notifications, \d+ unread/ }).click();
      await page.getByText(`Missed deadline: Eli Inc ${stamp}`).click();
      await page.getByTestId('lead-name').getByText(EXPIRING.name).waitFor();
      assert.equal(new URL(page.url()).pathname, `/leads/${lead.id}`);
    });
    await manager.context.close();
  },
);
