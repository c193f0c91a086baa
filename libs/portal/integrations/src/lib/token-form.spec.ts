import { describe, expect, it } from 'vitest';
import { curlExample, toTokenInput, tokenState, validateTokenForm } from './token-form';

describe('token form', () => {
  const base = { name: 'CRM', permissions: ['lead:read'], rateLimitPerMinute: 600, expiresOn: '' };

  it('asks for a name, a permission, a sane limit and a future expiry', () => {
    expect(validateTokenForm(base, '2026-12-07')).toEqual({});
    const errors = validateTokenForm(
      { name: ' ', permissions: [], rateLimitPerMinute: 0, expiresOn: '2026-12-07' },
      '2026-12-07',
    );
    expect(Object.keys(errors).sort()).toEqual(
      ['expiresOn', 'name', 'permissions', 'rateLimitPerMinute'].sort(),
    );
    expect(validateTokenForm({ ...base, rateLimitPerMinute: 1.5 }, '2026-12-07')).toHaveProperty(
      'rateLimitPerMinute',
    );
  });

  it('sends the end of the chosen day and a trimmed name', () => {
    expect(toTokenInput({ ...base, name: ' CRM ', expiresOn: '2027-01-31' })).toEqual({
      name: 'CRM',
      permissions: ['lead:read'],
      rateLimitPerMinute: 600,
      expiresAt: '2027-01-31T23:59:59.999Z',
    });
    expect(toTokenInput(base).expiresAt).toBeNull();
  });

  it('tells active, revoked and expired tokens apart', () => {
    const now = new Date('2026-12-07T12:00:00Z');
    expect(tokenState({}, now)).toBe('active');
    expect(tokenState({ expiresAt: '2026-12-07T11:00:00Z' }, now)).toBe('expired');
    expect(tokenState({ revokedAt: '2026-12-01T00:00:00Z', expiresAt: null }, now)).toBe('revoked');
  });

  it('gives a working curl call with the bearer header', () => {
    const example = curlExample('https://prm.example', 'tdm_abc');
    expect(example).toContain('https://prm.example/graphql');
    expect(example).toContain('Authorization: Bearer tdm_abc');
  });
});
