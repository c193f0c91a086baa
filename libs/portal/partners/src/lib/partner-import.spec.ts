import { describe, expect, it } from 'vitest';
import { PARTNER_CSV_COLUMNS } from '@tandem/shared-domain';
import { partnerCsvTemplate } from './partner-import';

describe('partner import template', () => {
  it('has every column the import reads and one example row of the same width', () => {
    const [header, example, rest] = partnerCsvTemplate().split('\n');
    expect(header.split(',')).toEqual([...PARTNER_CSV_COLUMNS]);
    expect(example.split(',')).toHaveLength(PARTNER_CSV_COLUMNS.length);
    expect(rest).toBe('');
  });
});
