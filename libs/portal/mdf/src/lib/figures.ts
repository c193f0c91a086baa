import { centsToString, toCents } from './money';

/** A budget's or an allocation's figures: allocated = reserved + claimed + paid + remaining. */
export interface Figures {
  allocated: string;
  reserved: string;
  claimed: string;
  paid: string;
  remaining: string;
}

/** A budget's figures, with the vendor-wide total and what is not allocated yet. */
export interface BudgetFigures extends Figures {
  total: string;
  unallocated: string;
}

/**
 * Whose figures a card shows: the vendor's whole budget, a channel manager's partners, or one
 * partner's own allocation.
 */
export type FiguresScope = 'vendor' | 'manager' | 'partner';

export type FigureKey = 'paid' | 'claimed' | 'reserved' | 'remaining' | 'unallocated';

/** How each part of the money is named and coloured, in the order the bar stacks them. */
export const FIGURE_PARTS: readonly {
  key: FigureKey;
  label: string;
  color: string;
  hint: string;
}[] = [
  { key: 'paid', label: 'Paid', color: 'teal', hint: 'Claims paid out to partners.' },
  { key: 'claimed', label: 'Claimed', color: 'blue', hint: 'Approved claims waiting for payment.' },
  {
    key: 'reserved',
    label: 'Reserved',
    color: 'yellow',
    hint: 'Approved requests not claimed yet.',
  },
  { key: 'remaining', label: 'Remaining', color: 'green.2', hint: 'Allocated, free to request.' },
  {
    key: 'unallocated',
    label: 'Unallocated',
    color: 'gray.4',
    hint: 'Not allocated to any partner yet.',
  },
];

export interface BarSection {
  key: FigureKey;
  label: string;
  color: string;
  amount: string;
  /** Share of the bar, 0–100. */
  value: number;
}

/**
 * The stacked bar's sections: what the base splits into, in a fixed order, leaving out empty
 * parts. The vendor's base is the budget total (so the unallocated part shows); everyone else's is
 * what was allocated to them. Shares are rounded down to a hundredth of a percent so they never
 * add up to more than the bar.
 */
export function barSections(figures: Figures & { unallocated?: string }, scope: FiguresScope) {
  const parts = FIGURE_PARTS.filter((p) => p.key !== 'unallocated' || scope === 'vendor');
  const amounts = parts.map((p) => {
    const raw = p.key === 'unallocated' ? (figures.unallocated ?? '0') : figures[p.key];
    const cents = toCents(raw);
    return { part: p, cents: cents > 0n ? cents : 0n };
  });
  const base = amounts.reduce((s, a) => s + a.cents, 0n);
  if (base === 0n) return [] as BarSection[];
  return amounts
    .filter((a) => a.cents > 0n)
    .map((a): BarSection => ({
      key: a.part.key,
      label: a.part.label,
      color: a.part.color,
      amount: centsToString(a.cents),
      value: Number((a.cents * 10_000n) / base) / 100,
    }));
}

/** Whether the figures add up: the parts make the allocation (and, vendor-wide, the total). */
export function figuresAddUp(figures: Figures & Partial<BudgetFigures>, scope: FiguresScope) {
  const parts =
    toCents(figures.reserved) +
    toCents(figures.claimed) +
    toCents(figures.paid) +
    toCents(figures.remaining);
  if (parts !== toCents(figures.allocated)) return false;
  if (scope !== 'vendor' || figures.total === undefined || figures.unallocated === undefined)
    return true;
  return toCents(figures.allocated) + toCents(figures.unallocated) === toCents(figures.total);
}

export interface FigureLine {
  key: FigureKey | 'total' | 'allocated';
  label: string;
  amount: string;
  color?: string;
}

/** The numbers beside the bar: the whole first, then its parts (each with the bar's colour). */
export function figureLines(figures: BudgetFigures, scope: FiguresScope): FigureLine[] {
  const head: FigureLine[] =
    scope === 'vendor'
      ? [
          { key: 'total', label: 'Budget', amount: figures.total },
          { key: 'allocated', label: 'Allocated', amount: figures.allocated },
        ]
      : [
          {
            key: 'allocated',
            label: scope === 'partner' ? 'Your allocation' : 'Allocated to your partners',
            amount: figures.allocated,
          },
        ];
  const parts = FIGURE_PARTS.filter((p) => p.key !== 'unallocated' || scope === 'vendor').map(
    (p): FigureLine => ({
      key: p.key,
      label: p.label,
      color: p.color,
      amount: p.key === 'unallocated' ? figures.unallocated : figures[p.key],
    }),
  );
  return [...head, ...parts];
}
