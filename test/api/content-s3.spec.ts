import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import S3rver from 's3rver';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { TestApp, startTestApp } from './support/test-app';

// s3rver speaks the S3 protocol over HTTP from its own process-local server: a real
// S3-compatible endpoint for the storage driver to talk to, started by the test itself.

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const BUCKET = 'tandem-content';
const KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

describe('content in an S3-compatible store', () => {
  let server: { run(): Promise<{ port: number }>; close(): Promise<void> };
  let dir: string;
  let t: TestApp;
  let s3: S3Client;
  let vendor: ApiClient;
  let partner: ApiClient;
  const objects = async () =>
    (await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents?.map((o) => o.Key) ?? [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-s3-'));
    server = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: dir,
      configureBuckets: [{ name: BUCKET }],
    });
    const { port } = await server.run();
    const endpoint = `http://127.0.0.1:${port}`;
    t = await startTestApp({
      env: {
        STORAGE_DRIVER: 's3',
        S3_ENDPOINT: endpoint,
        S3_BUCKET: BUCKET,
        S3_ACCESS_KEY_ID: KEYS.accessKeyId,
        S3_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
      },
    });
    s3 = new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: KEYS,
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
    vendor = await t.signedIn((await t.factories.user({ role: Role.VENDOR_MARKETER })).email);
    const p = await t.factories.partner({ name: 'Bucket & Co' });
    partner = await t.signedIn(
      (await t.factories.user({ role: Role.PARTNER_MARKETER, partnerId: p.id })).email,
    );
  });
  afterAll(async () => {
    s3?.destroy();
    await t?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const meta = (values: Record<string, unknown> = {}) =>
    JSON.stringify({
      title: 'Bucket file',
      type: 'DECK',
      publishAt: new Date(t.clock.now().getTime() - 60_000).toISOString(),
      ...values,
    });

  it('stores uploads in the bucket and streams them back, co-branded where they can be', async () => {
    const res = await vendor.upload(
      '/api/content/assets',
      { metadata: meta() },
      { name: 'deck.pdf', content: PDF },
    );
    expect(res.status).toBe(201);
    const { asset } = (await res.json()) as { asset: { id: string } };
    expect(await objects()).toContain(asset.id);
    const download = await partner.request('GET', `/api/content/assets/${asset.id}/download`);
    const got = Buffer.from(await download.arrayBuffer());
    expect(got.equals(PDF)).toBe(true);

    const tpl = await vendor.upload(
      '/api/content/assets',
      { metadata: meta({ title: 'Mail', type: 'EMAIL_TEMPLATE' }) },
      { name: 'mail.txt', content: 'Regards, {{partner.name}}' },
    );
    const { asset: template } = (await tpl.json()) as { asset: { id: string } };
    const text = await (
      await partner.request('GET', `/api/content/assets/${template.id}/download`)
    ).text();
    expect(text).toBe('Regards, Bucket & Co');
  });

  it('leaves no object behind when an upload is refused', async () => {
    const before = await objects();
    const res = await vendor.upload(
      '/api/content/assets',
      { metadata: meta({ title: '' }) },
      { name: 'deck.pdf', content: PDF },
    );
    expect(res.status).toBe(400);
    expect(await objects()).toEqual(before);
  });
});
