import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { Partner, Tier } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const TEMPLATE =
  '<p>Hello from {{ partner.name }} ({{partner.website}}), {{user.name}} &lt;{{user.email}}&gt; {{unknown.field}}</p>';

function unzip(buffer: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const files = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.readEntry();
    });
  });
}

describe('content', () => {
  let t: TestApp;
  let vendor: ApiClient;
  let silver: Tier;
  let gold: Tier;
  let silverPartner: Partner;
  let goldPartner: Partner;
  let silverClient: ApiClient;
  let goldClient: ApiClient;
  const files = () => {
    const dir = join(t.config.content.storageDir, 'files');
    return existsSync(dir) ? readdirSync(dir).length : 0;
  };
  const temps = () => {
    const dir = join(t.config.content.storageDir, 'tmp');
    return existsSync(dir) ? readdirSync(dir).length : 0;
  };
  const count = async () =>
    Number((await t.db.asSystem((em) => em.query('SELECT count(*) AS n FROM content_asset')))[0].n);
  const meta = (values: Record<string, unknown> = {}) =>
    JSON.stringify({
      title: 'Audit battlecard',
      type: 'BATTLECARD',
      publishAt: new Date(t.clock.now().getTime() - 60_000).toISOString(),
      ...values,
    });

  beforeAll(async () => {
    t = await startTestApp({ env: { CONTENT_MAX_UPLOAD_MB: '1' } });
    const vm = await t.factories.user({ role: Role.VENDOR_MARKETER });
    vendor = await t.signedIn(vm.email);
    silver = await t.factories.tier({ name: 'Silver*', rank: 11 });
    gold = await t.factories.tier({ name: 'Gold*', rank: 12 });
    silverPartner = await t.factories.partner({
      name: 'Smith & Sons',
      tierId: silver.id,
      websiteDomains: ['smith.example'],
    });
    goldPartner = await t.factories.partner({ tierId: gold.id });
    const s = await t.factories.user({
      role: Role.PARTNER_MARKETER,
      partnerId: silverPartner.id,
      name: 'Sue <Smith>',
    });
    const g = await t.factories.user({ role: Role.PARTNER_MARKETER, partnerId: goldPartner.id });
    silverClient = await t.signedIn(s.email);
    goldClient = await t.signedIn(g.email);
  });
  afterAll(() => t.close());

  async function upload(
    name: string,
    content: Buffer | string,
    values: Record<string, unknown> = {},
  ): Promise<string> {
    const res = await vendor.upload(
      '/api/content/assets',
      { metadata: meta(values) },
      { name, content },
    );
    const body = (await res.json()) as { asset?: { id: string }; errors?: unknown };
    if (res.status !== 201) throw new Error(`upload failed: ${JSON.stringify(body)}`);
    return body.asset?.id ?? '';
  }

  it('stores an upload and refuses bad ones with a clear message, leaving nothing behind', async () => {
    const id = await upload('battlecard.pdf', PDF);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const before = { rows: await count(), files: files() };
    const cases: [string, Buffer | string | undefined, string, RegExp][] = [
      [
        'huge.pdf',
        Buffer.concat([PDF, Buffer.alloc(1.5 * 1024 * 1024)]),
        meta(),
        /larger than 1 MB/,
      ],
      ['tool.exe', Buffer.from('MZ...'), meta(), /cannot be uploaded/],
      ['fake.pdf', Buffer.from('\x89PNG\r\n\x1a\n....'), meta(), /does not look like a PDF/],
      ['empty.pdf', Buffer.alloc(0), meta(), /The file is empty/],
      ['ok.pdf', PDF, JSON.stringify({ type: 'DECK' }), /Title must be 2 to 200 characters/],
      ['ok.pdf', PDF, 'not json', /metadata/],
      ['', undefined, meta(), /Choose a file/],
    ];
    for (const [name, content, metadata, message] of cases) {
      const res = await vendor.upload(
        '/api/content/assets',
        { metadata },
        content === undefined ? undefined : { name, content },
      );
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(message);
    }
    expect({ rows: await count(), files: files(), temps: temps() }).toEqual({
      ...before,
      temps: 0,
    });
    const partnerTry = await silverClient.upload(
      '/api/content/assets',
      { metadata: meta() },
      { name: 'x.pdf', content: PDF },
    );
    expect(partnerTry.status).toBe(403);
  });

  it('cleans up after an interrupted upload', async () => {
    const before = { rows: await count(), files: files() };
    const boundary = 'tandemboundary';
    const url = new URL(`${t.url}/api/content/assets`);
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(10 * 1024 * 1024),
          cookie: `tandem_at=${vendor.cookie('tandem_at')}; tandem_csrf=${vendor.cookie('tandem_csrf')}`,
          'x-csrf-token': vendor.cookie('tandem_csrf') ?? '',
        },
      });
      req.on('error', () => resolve());
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n${meta()}\r\n`,
      );
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.pdf"\r\n\r\n`,
      );
      req.write(Buffer.concat([PDF, Buffer.alloc(200_000)]));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 200);
    });
    await new Promise((r) => setTimeout(r, 300));
    expect({ rows: await count(), files: files(), temps: temps() }).toEqual({
      ...before,
      temps: 0,
    });
  });

  it('lets partners have only what their tier and the publication window allow', async () => {
    const goldOnly = await upload('gold.pdf', PDF, { title: 'Gold pricing', minTierId: gold.id });
    const expired = await upload('old.pdf', PDF, {
      title: 'Old deck',
      expiresAt: new Date(t.clock.now().getTime() - 1000).toISOString(),
      publishAt: new Date(t.clock.now().getTime() - 5000).toISOString(),
    });
    const draft = await upload('draft.pdf', PDF, { title: 'Draft', publishAt: null });
    const later = await upload('later.pdf', PDF, {
      title: 'Next week',
      publishAt: new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString(),
    });
    const listed = async (client: ApiClient) => {
      const res = await client.gql<{ contentAssets: { items: { id: string }[] } }>(
        `{ contentAssets(page:{limit:100}) { items { id } } }`,
      );
      return res.data?.contentAssets.items.map((a) => a.id) ?? [];
    };
    const silverSees = await listed(silverClient);
    expect(silverSees).not.toEqual(expect.arrayContaining([goldOnly]));
    for (const hidden of [goldOnly, expired, draft, later]) {
      expect(silverSees).not.toContain(hidden);
      expect(
        (await silverClient.request('GET', `/api/content/assets/${hidden}/download`)).status,
      ).toBe(404);
    }
    expect(await listed(goldClient)).toContain(goldOnly);
    expect(
      (await goldClient.request('GET', `/api/content/assets/${goldOnly}/download`)).status,
    ).toBe(200);
    expect(await listed(vendor)).toEqual(expect.arrayContaining([goldOnly, expired, draft, later]));
    t.clock.advance(8 * 86_400_000);
    expect(await listed(silverClient)).toContain(later);
  });

  it('streams downloads as attachments, records them, and does not record previews', async () => {
    const id = await upload('case-study.pdf', PDF, { title: 'Case study' });
    const res = await silverClient.request('GET', `/api/content/assets/${id}/download`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      'attachment; filename="case-study.pdf"',
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    const preview = await silverClient.request('GET', `/api/content/assets/${id}/preview`);
    expect(preview.headers.get('content-disposition')).toContain('inline');
    const recorded = await t.db.asSystem((em) =>
      em.query('SELECT partner_id FROM content_download WHERE asset_id = $1', [id]),
    );
    expect(recorded).toEqual([{ partner_id: silverPartner.id }]);
  });

  it('co-brands text templates for the downloading partner', async () => {
    const id = await upload('welcome.html', TEMPLATE, {
      title: 'Welcome email',
      type: 'EMAIL_TEMPLATE',
    });
    const asset = await vendor.gql<{ contentAsset: { cobranded: boolean } }>(
      `query($id:ID!){ contentAsset(id:$id) { cobranded } }`,
      { id },
    );
    expect(asset.data?.contentAsset.cobranded).toBe(true);
    const partnerCopy = await (
      await silverClient.request('GET', `/api/content/assets/${id}/download`)
    ).text();
    expect(partnerCopy).toContain(
      'Hello from Smith &amp; Sons (https://smith.example), Sue &lt;Smith&gt;',
    );
    expect(partnerCopy).toContain('{{unknown.field}}');
    const vendorCopy = await (
      await vendor.request('GET', `/api/content/assets/${id}/download`)
    ).text();
    expect(vendorCopy).toBe(TEMPLATE);
  });

  it('downloads a kit as one ZIP with co-branded templates, the persona sheet and a readme', async () => {
    const persona = await t.factories.persona({ name: 'Kit Persona Kim' });
    const pdf = await upload('one-pager.pdf', PDF, { title: 'One pager' });
    const template = await upload('email.html', TEMPLATE, {
      title: 'Email',
      type: 'EMAIL_TEMPLATE',
    });
    const goldOnly = await upload('gold-only.pdf', PDF, { title: 'Gold only', minTierId: gold.id });
    const link = await t.factories.asset({
      title: 'Webinar recording',
      url: 'https://example.com/webinar',
    });
    const campaign = await t.factories.campaign({ targets: [silverPartner.id] });
    const kit = await vendor.gql<{ saveKit: { id: string } }>(
      `mutation($i:KitInput!){ saveKit(input:$i) { id } }`,
      {
        i: {
          name: 'Audit kit',
          talkingPoints: ['Lead with the audit'],
          personaId: persona.id,
          campaignId: campaign.id,
          assetIds: [pdf, template, goldOnly, link.id],
        },
      },
    );
    const kitId = kit.data?.saveKit.id;
    const linked = await silverClient.gql<{ campaign: { kitId: string } }>(
      `query($id:ID!){ campaign(id:$id) { kitId } }`,
      { id: campaign.id },
    );
    expect(linked.data?.campaign.kitId).toBe(kitId);
    const res = await silverClient.request('GET', `/api/content/kits/${kitId}/download`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = await unzip(Buffer.from(await res.arrayBuffer()));
    expect([...zip.keys()].sort()).toEqual([
      'README.txt',
      'email.html',
      'one-pager.pdf',
      'persona-sheet.html',
    ]);
    expect(zip.get('email.html')).toContain('Smith &amp; Sons');
    expect(zip.get('persona-sheet.html')).toContain('Kit Persona Kim');
    expect(zip.get('README.txt')).toContain('Webinar recording: https://example.com/webinar');
    const report = await vendor.gql<{
      downloadReport: { items: { label: string; downloads: number }[] };
    }>(`{ downloadReport(groupBy: KIT) { items { label downloads } } }`);
    expect(report.data?.downloadReport.items).toContainEqual({ label: 'Audit kit', downloads: 1 });
  });

  it('shows each partner only its own downloads', async () => {
    const id = await upload('shared.pdf', PDF, { title: 'Shared' });
    await silverClient.request('GET', `/api/content/assets/${id}/download`);
    await goldClient.request('GET', `/api/content/assets/${id}/download`);
    await goldClient.request('GET', `/api/content/assets/${id}/download`);
    const report = async (client: ApiClient) =>
      (
        await client.gql<{ downloadReport: { items: { key: string; downloads: number }[] } }>(
          `{ downloadReport(groupBy: PARTNER, page:{limit:100}) { items { key downloads } } }`,
        )
      ).data?.downloadReport.items ?? [];
    expect((await report(goldClient)).map((r) => r.key)).toEqual([goldPartner.id]);
    expect((await report(vendor)).map((r) => r.key)).toEqual(
      expect.arrayContaining([goldPartner.id, silverPartner.id]),
    );
    const perAsset = await goldClient.gql<{ contentAsset: { downloadCount: number } }>(
      `query($id:ID!){ contentAsset(id:$id) { downloadCount } }`,
      { id },
    );
    expect(perAsset.data?.contentAsset.downloadCount).toBe(2);
    const vendorCount = await vendor.gql<{ contentAsset: { downloadCount: number } }>(
      `query($id:ID!){ contentAsset(id:$id) { downloadCount } }`,
      { id },
    );
    expect(vendorCount.data?.contentAsset.downloadCount).toBe(3);
  });
});
