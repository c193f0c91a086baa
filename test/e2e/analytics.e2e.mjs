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

// Read-only: this file only looks at the demo data (apps/api/src/database/seed), so it neither
// depends on nor disturbs what other files create. Oskar at Northwind is a sales rep.
const VENDOR_ADMIN = 'admin@tandem.demo';
const REP = 'sales@northwind.demo';

/** A CSV body as rows of cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Downloads a link the way the signed-in page would (its cookies), returning status and body. */
function fetchInPage(page, href) {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'include' });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      disposition: response.headers.get('content-disposition') ?? '',
      body: await response.text(),
    };
  }, href);
}

/** The leaderboard on screen once it has settled: sorted by `metric`, nothing loading. */
async function settledLeaderboard(page, metric, direction) {
  await page.waitForFunction(
    ({ metric, direction }) => {
      const button = document.querySelector(`[data-testid="leaderboard-sort-${metric}"]`);
      const header = button?.closest('th');
      return (
        header?.getAttribute('aria-sort') === direction &&
        document.querySelectorAll('[data-testid="leaderboard-row"]').length > 0 &&
        !document.querySelector('[aria-busy="true"]')
      );
    },
    { metric, direction },
  );
  return page.getByTestId('leaderboard-row').evaluateAll(
    (rows, m) =>
      rows.map((row) => {
        const cell = row.querySelector(`[data-metric="${m}"]`);
        return {
          partner: row.getAttribute('data-partner'),
          value: cell?.getAttribute('data-value') ?? null,
          text: cell?.textContent ?? '',
        };
      }),
    metric,
  );
}

const money = (raw) =>
  `$${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(Number(raw))}`;

test('a vendor admin sorts the leaderboard by revenue won and downloads the same order', async () => {
  const { context, page } = await newPage(browser);
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  await withScreenshot('analytics-leaderboard', page, async () => {
    await signedIn(page, VENDOR_ADMIN);
    await page.getByTestId('main-nav').getByRole('link', { name: 'Analytics' }).click();
    await page.getByRole('heading', { name: 'Analytics', exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Leaderboard', selected: true }).waitFor();
    await page.waitForURL(/\/analytics\/leaderboard/);

    // The default order is revenue won, highest first: one click flips it, a second restores it.
    const sort = page.getByTestId('leaderboard-sort-REVENUE_WON');
    await expectText(sort, 'Revenue won');
    await settledLeaderboard(page, 'REVENUE_WON', 'descending');
    await sort.click();
    const ascending = await settledLeaderboard(page, 'REVENUE_WON', 'ascending');
    const up = ascending.map((r) => Number(r.value));
    assert.deepEqual(
      up,
      [...up].sort((a, b) => a - b),
      'lowest revenue first',
    );
    await sort.click();
    await page.waitForURL(/sort=REVENUE_WON.*descending=true|descending=true.*sort=REVENUE_WON/);
    const rows = await settledLeaderboard(page, 'REVENUE_WON', 'descending');
    const down = rows.map((r) => Number(r.value));
    assert.ok(rows.length > 1, 'the demo channel has several partners');
    assert.deepEqual(
      down,
      [...down].sort((a, b) => b - a),
      'highest revenue first',
    );
    assert.ok(down[0] > 0, 'the top partner has won revenue');
    assert.ok(
      !requested.some((url) => /analytics-charts/.test(url)),
      'no chart code is fetched for a screen without charts',
    );

    const [first] = rows;
    assert.equal(first.text.trim(), money(first.value), 'the screen shows the value as money');

    // The CSV carries the screen's order and holds the same first partner and figure.
    const href = await page.getByTestId('leaderboard-csv').getAttribute('href');
    assert.ok(href, 'the CSV link has an address');
    const params = new URL(href, 'http://localhost').searchParams;
    assert.equal(params.get('sort'), 'REVENUE_WON');
    assert.equal(params.get('descending'), 'true');
    assert.match(params.get('period') ?? '', /^FY\d{4}-Q[1-4]$/);
    assert.equal(await page.getByTestId('leaderboard-csv').getAttribute('download'), '');
    const csv = await fetchInPage(page, href);
    assert.equal(csv.status, 200);
    assert.match(csv.type, /^text\/csv/);
    assert.match(csv.disposition, /attachment; filename="leaderboard-FY\d{4}-Q[1-4]\.csv"/);
    const [header, ...data] = parseCsv(csv.body).filter((r) => r.some(Boolean));
    const partnerColumn = header.indexOf('Partner');
    const revenueColumn = header.indexOf('Revenue won');
    assert.ok(partnerColumn >= 0 && revenueColumn >= 0, `columns in ${header.join(', ')}`);
    assert.equal(data[0][partnerColumn], first.partner);
    assert.equal(data[0][revenueColumn], first.value);
    assert.deepEqual(
      data.slice(0, rows.length).map((r) => r[partnerColumn]),
      rows.map((r) => r.partner),
      'the whole page comes in the same order',
    );

    // The partner links to its scorecard for the same period.
    await page
      .getByTestId('leaderboard-row')
      .first()
      .getByRole('link', { name: first.partner })
      .click();
    await page.waitForURL(/\/analytics\/scorecard\?/);
    await page.getByRole('tab', { name: 'Scorecard', selected: true }).waitFor();
    await expectText(page.getByTestId('scorecard-partner'), first.partner);
    assert.equal(new URL(page.url()).searchParams.get('period'), params.get('period'));
    await page.getByTestId('scorecard-line').first().waitFor();

    // Charts are fetched only once one is on screen: the leaderboard had none.
    await page.getByTestId('scorecard-trend').locator('svg').first().waitFor();
    const chartRequests = requested.filter((url) => /analytics-charts/.test(url));
    assert.ok(chartRequests.length > 0, 'the chart chunk loads with the first chart');
  });
  await context.close();
});

test('a sales rep sees the Northwind scorecard, only their own figures and no channel views', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('analytics-rep', page, async () => {
    await signedIn(page, REP);
    const me = ((await page.getByTestId('user-menu').textContent()) ?? '').trim();
    await page.getByTestId('main-nav').getByRole('link', { name: 'Analytics' }).click();
    await page.waitForURL(/\/analytics\/scorecard/);
    await expectText(page.getByTestId('scorecard-partner'), 'Northwind Systems');
    assert.equal(await page.getByRole('tab').count(), 0, 'no tabs for partner users');
    assert.equal(await page.getByRole('tab', { name: 'Leaderboard' }).count(), 0);

    // Every metric has a line with a value; the goals show with their status.
    await page.getByTestId('scorecard-line').first().waitFor();
    const lines = page.getByTestId('scorecard-line');
    assert.equal(await lines.count(), 22);
    const leads = page.locator('[data-testid="scorecard-line"][data-metric="LEADS_RECEIVED"]');
    assert.match((await leads.getByTestId('scorecard-value').textContent()) ?? '', /^\d[\d,]*$/);
    await leads.getByTestId('goal-status').waitFor();

    // Team figures speak of the rep alone.
    const team = page.getByTestId('team-figures');
    await team.getByRole('heading', { name: 'Your figures' }).waitFor();
    await team.getByTestId('team-row').first().waitFor();
    const reps = await team
      .getByTestId('team-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-user')));
    assert.equal(reps.length, 1);
    assert.ok(me.includes(reps[0]), `the row is the signed-in rep (${reps[0]} in “${me}”)`);
    const teamCsv = await fetchInPage(
      page,
      await team.getByTestId('team-csv').getAttribute('href'),
    );
    assert.equal(teamCsv.status, 200);
    const teamRows = parseCsv(teamCsv.body).filter((r) => r.some(Boolean));
    assert.deepEqual(
      teamRows.slice(1).map((r) => r[0]),
      reps,
      'the download holds the same single row',
    );

    // The channel views stay closed, even by address.
    await page.goto('/analytics/leaderboard');
    await page.waitForURL(/\/analytics\/scorecard/);
    await expectText(page.getByTestId('scorecard-partner'), 'Northwind Systems');
  });
  await context.close();
});

async function expectText(locator, expected) {
  await locator.filter({ hasText: expected }).first().waitFor();
}
