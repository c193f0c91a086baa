import { Role } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import { emptySsoValues, splitDomains, toSsoInput, validateSsoForm } from './sso-form';

describe('single sign-on form', () => {
  it('splits domains on commas, spaces and new lines', () => {
    expect(splitDomains(' Acme.com, @sub.acme.com\nother.io;; ')).toEqual([
      'acme.com',
      'sub.acme.com',
      'other.io',
    ]);
  });

  it('asks for a secret only when creating, and for a role of the chosen scope', () => {
    const values = {
      ...emptySsoValues(),
      name: 'Acme Okta',
      partnerId: 'p1',
      issuer: 'https://acme.okta.com',
      clientId: 'tandem',
      emailDomains: 'acme.com',
    };
    expect(validateSsoForm(values, false)).toEqual({ clientSecret: 'Enter the client secret.' });
    expect(validateSsoForm(values, true)).toEqual({});
    expect(
      validateSsoForm({ ...values, scope: 'vendor', defaultRole: Role.PARTNER_ADMIN }, true),
    ).toEqual({ defaultRole: 'Choose a role for this kind of user.' });
  });

  it('keeps the stored secret when the field is left empty, and drops the partner for vendor staff', () => {
    const input = toSsoInput(
      {
        ...emptySsoValues(),
        scope: 'vendor',
        partnerId: 'p1',
        defaultRole: Role.VENDOR_MARKETER,
        emailDomains: 'acme.com',
      },
      { id: 'c1' },
    );
    expect(input).toMatchObject({ id: 'c1', partnerId: null, clientSecret: null });
  });
});
