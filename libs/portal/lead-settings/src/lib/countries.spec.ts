import { describe, expect, it } from 'vitest';
import { countryLabel, countryOptions } from './countries';

describe('countries', () => {
  it('labels codes with their English names', () => {
    expect(countryLabel('de')).toBe('Germany (DE)');
    expect(countryLabel('US')).toBe('United States (US)');
  });

  it('lists every assigned code once, and keeps unknown chosen codes selectable', () => {
    const all = countryOptions();
    expect(all).toHaveLength(249);
    expect(new Set(all.map((o) => o.value)).size).toBe(249);
    expect(countryOptions(['XK', 'DE'])[0]).toEqual({ value: 'XK', label: countryLabel('XK') });
  });
});
