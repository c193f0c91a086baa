import { MDF_REQUEST_STATUS_LABELS, MdfClaimStatus, MdfRequestStatus } from '@tandem/shared-domain';
import { formatMoney } from './money';

export const REQUEST_STATUS_COLORS: Record<MdfRequestStatus, string> = {
  [MdfRequestStatus.SUBMITTED]: 'blue',
  [MdfRequestStatus.RETURNED]: 'orange',
  [MdfRequestStatus.APPROVED]: 'green',
  [MdfRequestStatus.REJECTED]: 'red',
  [MdfRequestStatus.CLOSED]: 'teal',
};

export const CLAIM_STATUS_COLORS: Record<MdfClaimStatus, string> = {
  [MdfClaimStatus.SUBMITTED]: 'blue',
  [MdfClaimStatus.RETURNED]: 'orange',
  [MdfClaimStatus.APPROVED]: 'green',
  [MdfClaimStatus.REJECTED]: 'red',
  [MdfClaimStatus.PAID]: 'teal',
};

/** Status filter choices, in the order a request moves through them. */
export const STATUS_FILTER_OPTIONS: { value: string; label: string }[] = [
  { value: '', label: 'All statuses' },
  ...[
    MdfRequestStatus.SUBMITTED,
    MdfRequestStatus.RETURNED,
    MdfRequestStatus.APPROVED,
    MdfRequestStatus.CLOSED,
    MdfRequestStatus.REJECTED,
  ].map((s) => ({ value: s, label: MDF_REQUEST_STATUS_LABELS[s] })),
];

export function parseStatusFilter(raw: string | null | undefined): MdfRequestStatus | null {
  return Object.values(MdfRequestStatus).find((s) => s === raw) ?? null;
}

interface ClaimLike {
  claim: { status: MdfClaimStatus };
}

interface ViewLike {
  request: { status: MdfRequestStatus; createdAt: string };
  claims: readonly ClaimLike[];
}

/** The claim still being worked on (waiting for review, or returned to the partner), if any. */
export function openClaim<C extends ClaimLike>(claims: readonly C[]): C | null {
  return (
    claims.find(
      (c) =>
        c.claim.status === MdfClaimStatus.SUBMITTED || c.claim.status === MdfClaimStatus.RETURNED,
    ) ?? null
  );
}

/** Whether a reviewer has something to decide: the request itself or a claim on it. */
export function waitsForReview(view: ViewLike): boolean {
  return (
    view.request.status === MdfRequestStatus.SUBMITTED ||
    view.claims.some(
      (c) =>
        c.claim.status === MdfClaimStatus.SUBMITTED || c.claim.status === MdfClaimStatus.APPROVED,
    )
  );
}

/**
 * The reviewer's queue: requests waiting for a decision first (oldest first, as they queued up),
 * then claims to decide or pay, then everything else newest first as the API lists it.
 */
export function reviewQueue<V extends ViewLike>(views: readonly V[]): V[] {
  const rank = (v: V) =>
    v.request.status === MdfRequestStatus.SUBMITTED ? 0 : waitsForReview(v) ? 1 : 2;
  return views
    .map((v, i) => ({ v, i }))
    .sort((a, b) => {
      const byRank = rank(a.v) - rank(b.v);
      if (byRank !== 0) return byRank;
      if (rank(a.v) === 0) return a.v.request.createdAt.localeCompare(b.v.request.createdAt);
      return a.i - b.i;
    })
    .map(({ v }) => v);
}

export interface ReturnLike {
  leads: number;
  sqls: number;
  pipeline: string;
  revenueWon: string;
  leadsPerThousand?: number | null;
  revenuePerUnit?: number | null;
}

const twoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** The activity's return as labelled figures, in the order the funnel runs. */
export function returnFigures(r: ReturnLike): { key: string; label: string; value: string }[] {
  return [
    { key: 'leads', label: 'Leads', value: whole.format(r.leads) },
    { key: 'sqls', label: 'SQLs', value: whole.format(r.sqls) },
    { key: 'pipeline', label: 'Pipeline', value: formatMoney(r.pipeline) },
    { key: 'revenueWon', label: 'Revenue won', value: formatMoney(r.revenueWon) },
    {
      key: 'leadsPerThousand',
      label: 'Leads per $1,000',
      value: r.leadsPerThousand == null ? '–' : twoDecimals.format(r.leadsPerThousand),
    },
    {
      key: 'revenuePerUnit',
      label: 'Revenue per $1 of funds',
      value: r.revenuePerUnit == null ? '–' : `$${twoDecimals.format(r.revenuePerUnit)}`,
    },
  ];
}

const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "Nov 1, 2026 – Nov 30, 2026" from YYYY-MM-DD strings (no time-zone shift); one day once. */
export function formatDayRange(startsOn: string, endsOn: string): string {
  const day = (value: string) =>
    DAY.test(value) ? dayFormat.format(new Date(`${value}T00:00:00Z`)) : value;
  return startsOn === endsOn ? day(startsOn) : `${day(startsOn)} – ${day(endsOn)}`;
}
