import { SecretBox } from '@tandem/api-core';
import { describe, expect, it } from '@jest/globals';
import { emailDomainOf, normalizeEmailDomains } from './email-domains';

describe('single sign-on helpers', () => {
  it('normalizes email domains and names the invalid ones', () => {
    expect(normalizeEmailDomains([' Example.COM ', '@sub.example.com', 'example.com', ''])).toEqual(
      { domains: ['example.com', 'sub.example.com'], invalid: [] },
    );
    expect(normalizeEmailDomains(['not a domain', 'x@y.com', 'localhost']).invalid).toEqual([
      'not a domain',
      'x@y.com',
      'localhost',
    ]);
  });

  it('reads the domain of an email address', () => {
    expect(emailDomainOf('Ann.Lee@Northwind.Demo')).toBe('northwind.demo');
    expect(emailDomainOf('no-at-sign')).toBeNull();
    expect(emailDomainOf('@example.com')).toBeNull();
  });

  it('seals secrets so that only the same master secret opens them', () => {
    const box = new SecretBox('a'.repeat(32), 'sso');
    const sealed = box.seal('client-secret-1');
    expect(sealed).not.toContain('client-secret-1');
    expect(box.open(sealed)).toBe('client-secret-1');
    expect(new SecretBox('b'.repeat(32), 'sso').open(sealed)).toBeNull();
    expect(box.open(sealed.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toBeNull();
  });
});
