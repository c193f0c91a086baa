import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { WebhookSecretBox, newWebhookSecret, signWebhook } from './webhook-crypto';
import { webhookRetryDelay } from './webhook-dispatcher.service';
import { webhookUrlProblem } from './webhook-url';

describe('webhook URLs', () => {
  it('takes public https URLs and, where allowed, http and local ones', () => {
    expect(webhookUrlProblem('https://crm.example.com/hooks?x=1', false)).toBeNull();
    expect(webhookUrlProblem('http://crm.example.com/hooks', false)).toBe('Use an https:// URL.');
    expect(webhookUrlProblem('http://127.0.0.1:8080/hooks', true)).toBeNull();
  });

  it('refuses private, loopback and link-local addresses in production', () => {
    for (const url of [
      'https://localhost/x',
      'https://127.0.0.1/x',
      'https://10.1.2.3/x',
      'https://172.20.0.1/x',
      'https://192.168.1.1/x',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/x',
      'https://[fd00::1]/x',
      'https://[::ffff:127.0.0.1]/x',
    ])
      expect(webhookUrlProblem(url, false)).toMatch(/Private, loopback/);
    expect(webhookUrlProblem('https://172.32.0.1/x', false)).toBeNull();
  });

  it('explains other mistakes', () => {
    expect(webhookUrlProblem('crm.example.com', false)).toMatch(/full URL/);
    expect(webhookUrlProblem('ftp://crm.example.com', true)).toBe(
      'Use an http:// or https:// URL.',
    );
    expect(webhookUrlProblem('https://user:pw@crm.example.com', false)).toMatch(/user name/);
  });
});

describe('webhook secrets and signatures', () => {
  it('signs "<t>.<body>" with HMAC-SHA256', () => {
    const expected = createHmac('sha256', 'whsec_x').update('1700000000.{"a":1}').digest('hex');
    expect(signWebhook('whsec_x', 1700000000, '{"a":1}')).toBe(`t=1700000000,v1=${expected}`);
  });

  it('encrypts secrets at rest when a key is set, and reads back both forms', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const box = new WebhookSecretBox('a-key-of-at-least-thirty-two-characters');
    const sealed = box.seal(secret);
    expect(sealed).not.toContain(secret.slice(6));
    expect(box.open(sealed)).toBe(secret);
    expect(box.open(new WebhookSecretBox(undefined).seal(secret))).toBe(secret);
    expect(() =>
      new WebhookSecretBox('another-key-of-at-least-thirty-two-chars').open(sealed),
    ).toThrow();
    expect(() => new WebhookSecretBox(undefined).open(sealed)).toThrow(/cannot be decrypted/);
  });

  it('backs off 1, 2, 4 … 32 minutes, then hourly', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 12].map((n) => webhookRetryDelay(n) / 60_000)).toEqual([
      1, 2, 4, 8, 16, 32, 60, 60,
    ]);
  });
});
