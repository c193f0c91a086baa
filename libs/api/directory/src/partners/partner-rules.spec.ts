import { describe, expect, it } from '@jest/globals';
import { FieldError } from '@tandem/api-core';
import {
  checkTimeZone,
  normalizeCountry,
  normalizeDomain,
  normalizeDomains,
} from './partner-rules';

describe('partner rules', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['https://www.Acme.co.uk/contact?x=1', 'acme.co.uk'],
    ['WWW.ACME.DE.', 'acme.de'],
    ['sub.domain.example', 'sub.domain.example'],
    ['not a domain', null],
    ['localhost', null],
    ['-bad-.com', null],
  ])('normalizes %s to %s', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });

  it('drops duplicates and blanks and reports each bad domain', () => {
    const errors: FieldError[] = [];
    expect(normalizeDomains(['acme.com', 'www.acme.com', ' ', 'nope'], errors)).toEqual([
      'acme.com',
    ]);
    expect(errors).toEqual([{ field: 'websiteDomains', message: expect.stringContaining('nope') }]);
  });

  it('accepts ISO country codes in any case and refuses unknown ones', () => {
    const errors: FieldError[] = [];
    expect(normalizeCountry(' de ', errors)).toBe('DE');
    expect(errors).toEqual([]);
    normalizeCountry('ZZ', errors);
    normalizeCountry('Germany', errors);
    expect(errors.map((e) => e.field)).toEqual(['country', 'country']);
  });

  it('accepts IANA time zones only', () => {
    const errors: FieldError[] = [];
    checkTimeZone('Europe/Berlin', errors);
    checkTimeZone('UTC', errors);
    expect(errors).toEqual([]);
    checkTimeZone('CET+1', errors);
    expect(errors).toHaveLength(1);
  });
});
