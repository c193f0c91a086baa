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

// The runner seeds demo personas; this file works only with one it creates itself.
const NAME = `Ops Olivia ${Date.now().toString(36)}`;
const PAIN = 'Partner portals nobody logs in to';
const PROPOSED_PAIN = 'Quarterly partner reviews take days of spreadsheet work';
const COMMENT = 'Our customers call this role "channel operations lead".';
let personaPath;

async function openPersona(page, tab) {
  await page.goto(personaPath);
  await page.getByTestId('persona-name').getByText(NAME).waitFor();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

test('a vendor marketer creates a persona and publishes version 1', async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('persona-create', page, async () => {
    await signedIn(page, 'marketing@tandem.demo');
    await page.getByTestId('main-nav').getByRole('link', { name: 'Personas' }).click();
    await page.getByRole('link', { name: 'New persona' }).first().click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(NAME);
    await page
      .getByRole('textbox', { name: 'Summary' })
      .fill('Runs the partner program day to day at a mid-sized software vendor.');
    await page
      .getByRole('textbox', { name: 'Job titles and roles' })
      .fill('Channel operations manager\nPartner program manager');
    await page.getByRole('textbox', { name: 'Company size from (employees)' }).fill('200');
    await page.getByRole('textbox', { name: 'Company size to (employees)' }).fill('2000');
    await page.getByRole('textbox', { name: 'Pain points' }).fill(PAIN);
    await page.getByRole('button', { name: 'Add objection' }).click();
    await page.getByRole('textbox', { name: 'Objection 1' }).fill('We already have a CRM');
    await page
      .getByRole('textbox', { name: 'Answer 1' })
      .fill('Tandem is the shared layer between you and your partners; it syncs with the CRM.');
    await page.getByRole('button', { name: 'Save draft' }).click();

    await page.getByTestId('persona-name').getByText(NAME).waitFor();
    personaPath = new URL(page.url()).pathname;
    assert.match(personaPath, /^\/personas\/[0-9a-f-]{36}$/);
    await page.getByTestId('persona-version').getByText('Not published yet').waitFor();
    await page.getByText('Partner program manager').waitFor();

    await page.getByRole('button', { name: 'Publish' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Change note' }).fill('First version');
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByTestId('persona-version')
      .getByText(/^Version 1 · published/)
      .waitFor();
  });
  await context.close();
});

test('the persona sheet opens as HTML of the published version', async () => {
  assert.ok(personaPath, 'needs the persona from the first test');
  const { context, page } = await newPage(browser);
  await withScreenshot('persona-sheet', page, async () => {
    await signedIn(page, 'marketing@northwind.demo');
    await openPersona(page);
    const href = await page.getByRole('link', { name: 'Persona sheet' }).getAttribute('href');
    assert.equal(href, `/api${personaPath}/sheet`);
    // Ask the way a browser tab does, with the signed-in cookies.
    const accept = { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const sheet = await page.request.get(href, { headers: accept });
    assert.equal(sheet.status(), 200);
    assert.match(sheet.headers()['content-type'] ?? '', /text\/html/);
    assert.ok((await sheet.text()).includes(NAME), 'the sheet names the persona');
    const downloadHref = await page
      .getByRole('link', { name: 'Download sheet' })
      .getAttribute('href');
    const download = await page.request.get(downloadHref, { headers: accept });
    assert.equal(download.status(), 200);
    assert.match(download.headers()['content-disposition'] ?? '', /attachment/);
  });
  await context.close();
});

test('a partner marketer follows, proposes a change with evidence and comments', async () => {
  assert.ok(personaPath, 'needs the persona from the first test');
  const { context, page } = await newPage(browser);
  await withScreenshot('persona-propose', page, async () => {
    await signedIn(page, 'marketing@northwind.demo');
    await openPersona(page);
    // Partners never see manager actions.
    assert.equal(await page.getByRole('button', { name: 'Edit draft' }).count(), 0);
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await page.getByRole('button', { name: 'Unfollow' }).waitFor();

    await page.getByRole('tab', { name: 'Discussion' }).click();
    await page.getByRole('button', { name: 'Propose a change' }).click();
    const form = page.getByTestId('proposal-form');
    await form.getByRole('combobox', { name: 'Field' }).click();
    await page.getByRole('option', { name: 'Pain points' }).click();
    await form.getByText('Each line becomes a new entry').waitFor();
    await form.getByRole('textbox', { name: 'Suggestion' }).fill(PROPOSED_PAIN);
    await form
      .getByRole('textbox', { name: 'What did you see in the field?' })
      .fill('Three of our last five prospects said so in discovery calls.');
    await form.getByRole('button', { name: 'Send proposal' }).click();
    await form.waitFor({ state: 'detached' });

    await page.getByRole('textbox', { name: 'Comment' }).fill(COMMENT);
    await page.getByRole('button', { name: 'Post comment' }).click();
    const list = page.getByTestId('comment-list');
    await list.getByText(COMMENT).waitFor();
    const proposal = list.getByTestId('comment').filter({ hasText: PROPOSED_PAIN });
    await proposal.getByTestId('proposal-status').getByText('Open').waitFor();
  });
  await context.close();
});

test('the vendor marketer accepts the proposal: version 2 with the pain point added', async () => {
  assert.ok(personaPath, 'needs the persona from the first test');
  const { context, page } = await newPage(browser);
  await withScreenshot('persona-accept', page, async () => {
    await signedIn(page, 'marketing@tandem.demo');
    await openPersona(page, 'Discussion');
    const proposal = page
      .getByTestId('comment-list')
      .getByTestId('comment')
      .filter({ hasText: PROPOSED_PAIN });
    await proposal.getByRole('button', { name: 'Accept' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Heard the same from other partners');
    await dialog.getByRole('button', { name: 'Accept and publish' }).click();
    await dialog.waitFor({ state: 'detached' });
    await proposal.getByTestId('proposal-status').getByText('Accepted').waitFor();
    await page
      .getByTestId('persona-version')
      .getByText(/^Version 2 · published/)
      .waitFor();

    await page.getByRole('tab', { name: 'History' }).click();
    assert.equal(await page.getByRole('combobox', { name: 'From' }).inputValue(), 'Version 1');
    assert.equal(await page.getByRole('combobox', { name: 'To' }).inputValue(), 'Version 2');
    const diff = page.getByTestId('persona-diff');
    await diff.locator('[data-change="added"]').filter({ hasText: PROPOSED_PAIN }).waitFor();
    // The old entry stays, unchanged.
    await diff.locator('[data-change="same"]').filter({ hasText: PAIN }).waitFor();

    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByTestId('persona-content').getByText(PROPOSED_PAIN).waitFor();
  });
  await context.close();
});

test("the partner marketer's bell shows the decision", async () => {
  const { context, page } = await newPage(browser);
  await withScreenshot('persona-decision-bell', page, async () => {
    await signedIn(page, 'marketing@northwind.demo');
    await page.getByRole('button', { name: /Notifications, \d+ unread/ }).click();
    // Newest first; the persona page opens from the notification.
    await page.getByText('Your proposal was accepted (version 2)').first().click();
    await page.getByTestId('persona-name').getByText(NAME).waitFor();
    assert.equal(new URL(page.url()).pathname, personaPath);
  });
  await context.close();
});

test("another partner sees the persona but not Northwind's comment or proposal", async () => {
  assert.ok(personaPath, 'needs the persona from the first test');
  const { context, page } = await newPage(browser);
  await withScreenshot('persona-other-partner', page, async () => {
    await signedIn(page, 'marketing@rheinwerk.demo');
    await openPersona(page);
    await page.getByTestId('persona-content').getByText(PROPOSED_PAIN).waitFor();
    await page.getByRole('tab', { name: 'Discussion' }).click();
    await page.getByText('No comments or proposals yet.').waitFor();
    assert.equal(await page.getByText(COMMENT).count(), 0);
    assert.equal(await page.getByText('Three of our last five prospects').count(), 0);
  });
  await context.close();
});

test('two managers editing the same draft: the second is told and can reload', async () => {
  assert.ok(personaPath, 'needs the persona from the first test');
  const first = await newPage(browser);
  const second = await newPage(browser);
  await withScreenshot('persona-edit-conflict', second.page, async () => {
    for (const { page } of [first, second]) {
      await signedIn(page, 'marketing@tandem.demo');
      await openPersona(page);
      await page.getByRole('button', { name: 'Edit draft' }).click();
    }
    await first.page.getByRole('textbox', { name: 'Interests' }).fill('Partner ecosystems');
    await first.page.getByRole('button', { name: 'Save draft' }).click();
    await first.page.getByText('Unpublished changes').first().waitFor();

    await second.page.getByRole('textbox', { name: 'Interests' }).fill('Channel analytics');
    await second.page.getByRole('button', { name: 'Save draft' }).click();
    await second.page.getByText('This persona changed while you were editing').waitFor();
    await second.page.getByRole('button', { name: 'Reload latest draft' }).click();
    // The form starts again from the saved draft.
    await second.page
      .getByText('This persona changed while you were editing')
      .waitFor({ state: 'detached' });
    assert.equal(
      await second.page.getByRole('textbox', { name: 'Interests' }).inputValue(),
      'Partner ecosystems',
    );
  });
  await first.context.close();
  await second.context.close();
});
