import { describe, expect, it } from 'vitest';
import { barSections, figureLines, figuresAddUp } from './figures';

// The API spec's budget: 50,000 total, 30,000 allocated, 10,000 reserved, 5,500 paid.
const vendor = {
  total: '50000.00',
  allocated: '30000.00',
  unallocated: '20000.00',
  reserved: '10000.00',
  claimed: '0.00',
  paid: '5500.00',
  remaining: '14500.00',
};

describe('barSections', () => {
  it('stacks the vendor-wide budget over its total, leaving out empty parts', () => {
    const sections = barSections(vendor, 'vendor');
    expect(sections.map((s) => [s.key, s.amount, s.value])).toEqual([
      ['paid', '5500.00', 11],
      ['reserved', '10000.00', 20],
      ['remaining', '14500.00', 29],
      ['unallocated', '20000.00', 40],
    ]);
  });

  it('stacks a partner’s allocation over what was allocated, without unallocated', () => {
    const sections = barSections(
      {
        allocated: '20000.00',
        reserved: '0.00',
        claimed: '5000.00',
        paid: '0.00',
        remaining: '15000.00',
        unallocated: '0.00',
      },
      'partner',
    );
    expect(sections.map((s) => [s.key, s.value])).toEqual([
      ['claimed', 25],
      ['remaining', 75],
    ]);
  });

  it('never adds up to more than the bar', () => {
    const sections = barSections(
      { allocated: '3.00', reserved: '1.00', claimed: '1.00', paid: '0.00', remaining: '1.00' },
      'manager',
    );
    const total = sections.reduce((s, x) => s + x.value, 0);
    expect(total).toBeLessThanOrEqual(100);
    expect(sections.map((s) => s.value)).toEqual([33.33, 33.33, 33.33]);
  });

  it('draws nothing for an empty budget', () => {
    expect(
      barSections(
        { allocated: '0.00', reserved: '0.00', claimed: '0.00', paid: '0.00', remaining: '0.00' },
        'partner',
      ),
    ).toEqual([]);
  });
});

describe('figuresAddUp', () => {
  it('checks the parts against the allocation and, vendor-wide, the total', () => {
    expect(figuresAddUp(vendor, 'vendor')).toBe(true);
    expect(figuresAddUp({ ...vendor, remaining: '14000.00' }, 'vendor')).toBe(false);
    expect(figuresAddUp({ ...vendor, unallocated: '0.00' }, 'vendor')).toBe(false);
    // Others see 0 unallocated; only the parts count.
    expect(figuresAddUp({ ...vendor, unallocated: '0.00' }, 'partner')).toBe(true);
  });
});

describe('figureLines', () => {
  it('lists the whole, then the parts the bar shows', () => {
    expect(figureLines(vendor, 'vendor').map((l) => l.key)).toEqual([
      'total',
      'allocated',
      'paid',
      'claimed',
      'reserved',
      'remaining',
      'unallocated',
    ]);
    const partner = figureLines(vendor, 'partner');
    expect(partner[0]).toMatchObject({ key: 'allocated', label: 'Your allocation' });
    expect(partner.map((l) => l.key)).not.toContain('unallocated');
  });
});
