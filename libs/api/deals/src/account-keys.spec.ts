import { describe, expect, it } from '@jest/globals';
import { normalizeCompanyName, registrableDomain } from './account-keys';

describe('registrableDomain', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['www.acme.com', 'acme.com'],
    ['https://WWW.Acme.com/contact?x=1', 'acme.com'],
    ['shop.eu.acme.com', 'acme.com'],
    ['acme.co.uk', 'acme.co.uk'],
    ['www.acme.co.uk', 'acme.co.uk'],
    ['sales.acme.com.au', 'acme.com.au'],
    ['jane@mail.acme.de', 'acme.de'],
    ['acme.com.', 'acme.com'],
    ['not a domain', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(registrableDomain(input)).toBe(expected);
  });
});

describe('normalizeCompanyName', () => {
  it.each([
    ['ACME, Inc.', 'acme'],
    ['Acme Incorporated', 'acme'],
    ['Société Générale S.A.', 'societe generale'],
    ['Müller GmbH & Co. KG', 'muller'],
    ['The Boring Company', 'boring'],
    ['Inc', 'inc'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeCompanyName(input)).toBe(expected);
  });
});
