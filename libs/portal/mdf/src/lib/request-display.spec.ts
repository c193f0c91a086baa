import { MdfClaimStatus, MdfRequestStatus } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  formatDayRange,
  openClaim,
  parseStatusFilter,
  returnFigures,
  reviewQueue,
  waitsForReview,
} from './request-display';

const view = (
  id: string,
  status: MdfRequestStatus,
  createdAt: string,
  claims: MdfClaimStatus[] = [],
) => ({
  id,
  request: { status, createdAt },
  claims: claims.map((s) => ({ claim: { status: s } })),
});

describe('the reviewer’s queue', () => {
  it('puts requests to decide first (oldest first), then claims to decide or pay', () => {
    const list = [
      view('closed', MdfRequestStatus.CLOSED, '2026-11-05', [MdfClaimStatus.PAID]),
      view('new', MdfRequestStatus.SUBMITTED, '2026-11-04'),
      view('claim', MdfRequestStatus.APPROVED, '2026-11-03', [MdfClaimStatus.SUBMITTED]),
      view('old', MdfRequestStatus.SUBMITTED, '2026-11-01'),
      view('approved', MdfRequestStatus.APPROVED, '2026-11-02'),
    ];
    expect(reviewQueue(list).map((v) => v.id)).toEqual([
      'old',
      'new',
      'claim',
      'closed',
      'approved',
    ]);
    expect(
      waitsForReview(view('pay', MdfRequestStatus.CLOSED, 'x', [MdfClaimStatus.APPROVED])),
    ).toBe(true);
  });
});

describe('claims', () => {
  it('finds the claim still open', () => {
    const claims = [
      { claim: { status: MdfClaimStatus.RETURNED } },
      { claim: { status: MdfClaimStatus.REJECTED } },
    ];
    expect(openClaim(claims)).toBe(claims[0]);
    expect(openClaim([{ claim: { status: MdfClaimStatus.PAID } }])).toBeNull();
  });
});

describe('display helpers', () => {
  it('reads the status filter from the address', () => {
    expect(parseStatusFilter('RETURNED')).toBe(MdfRequestStatus.RETURNED);
    expect(parseStatusFilter('nope')).toBeNull();
  });

  it('shows the return with money and per-unit figures', () => {
    expect(
      returnFigures({
        leads: 2,
        sqls: 1,
        pipeline: '24000.00',
        revenueWon: '24000.00',
        leadsPerThousand: 0.36,
        revenuePerUnit: 4.36,
      }).map((f) => f.value),
    ).toEqual(['2', '1', '$24,000', '$24,000', '0.36', '$4.36']);
    expect(
      returnFigures({ leads: 0, sqls: 0, pipeline: '0.00', revenueWon: '0.00' }).slice(4),
    ).toMatchObject([{ value: '–' }, { value: '–' }]);
  });

  it('shows YYYY-MM-DD days without shifting them', () => {
    expect(formatDayRange('2026-11-01', '2026-11-30')).toBe('Nov 1, 2026 – Nov 30, 2026');
    expect(formatDayRange('2026-11-01', '2026-11-01')).toBe('Nov 1, 2026');
  });
});
