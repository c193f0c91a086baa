import { describe, expect, it } from 'vitest';
import { csvExportHref } from './csv-export';

describe('csvExportHref', () => {
  it('passes the on-screen filters, joining lists and leaving out empty ones', () => {
    expect(
      csvExportHref('/api/exports/leads.csv', {
        view: 'ALL',
        stage: ['MQL', 'SQL'],
        source: [],
        partnerId: null,
        search: 'acme & co',
        conflictsOnly: false,
      }),
    ).toBe('/api/exports/leads.csv?view=ALL&stage=MQL%2CSQL&search=acme+%26+co');
    expect(csvExportHref('/api/exports/goals.csv', { search: '' })).toBe('/api/exports/goals.csv');
  });
});
