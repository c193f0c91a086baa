import { DealConflictKind, DealStatus } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  conflictLabel,
  dealStatusColor,
  dealStatusLine,
  dealStatusShortLabel,
} from './deal-status';

describe('deal status', () => {
  it('uses short labels in badges', () => {
    expect(dealStatusShortLabel(DealStatus.APPROVED)).toBe('Approved');
    expect(dealStatusShortLabel(DealStatus.SUBMITTED)).toBe('Submitted');
  });

  it('says what happens next, for each side', () => {
    const deal = { status: DealStatus.SUBMITTED, currency: 'USD', partnerName: 'Northwind' };
    expect(dealStatusLine(deal, true)).toMatch(/^Submitted: waiting for a decision/);
    expect(dealStatusLine(deal, false)).toMatch(/vendor reviews it/);
    expect(dealStatusLine({ ...deal, status: DealStatus.APPROVED }, true)).toMatch(
      /Northwind holds this customer/,
    );
  });

  it('names the final amount of a won deal exactly', () => {
    expect(
      dealStatusLine(
        {
          status: DealStatus.WON,
          currency: 'EUR',
          finalAmount: '18500.5',
          closedOn: '2026-05-01',
        },
        false,
      ),
    ).toBe('Won: 18,500.50 EUR on 2026-05-01.');
  });

  it('labels conflicts, with the name similarity as a percentage', () => {
    expect(conflictLabel(DealConflictKind.SIMILAR_NAME, 0.823)).toBe(
      'Similar company name (82% alike)',
    );
    expect(conflictLabel(DealConflictKind.SAME_DOMAIN, 1)).toBe('Same website domain');
  });

  it('never gives an alert the dark colour', () => {
    expect(dealStatusColor(DealStatus.LOST)).toBe('gray');
    expect(dealStatusColor(DealStatus.REJECTED)).toBe('red');
  });
});
