import type { Metric } from '@tandem/shared-domain';
import { share, sumDecimals } from './metric-values';

export interface FunnelStage {
  metric: Metric;
  label: string;
  count: number;
}

export interface StageConversion extends FunnelStage {
  /** count / previous stage's count; null for the first stage or when the previous one is 0. */
  fromPrevious: number | null;
  /** count / first stage's count; null for the first stage or when nothing entered. */
  fromFirst: number | null;
}

/**
 * Conversion between neighbouring funnel stages. Stages count events in the period, not one
 * cohort, so a later stage can exceed an earlier one (leads accepted this quarter that qualified
 * last quarter): the share then shows above 100% instead of being capped.
 */
export function stageConversions(stages: readonly FunnelStage[]): StageConversion[] {
  const first = stages[0]?.count ?? 0;
  return stages.map((stage, i) => ({
    ...stage,
    fromPrevious: i === 0 ? null : share(stage.count, stages[i - 1].count),
    fromFirst: i === 0 ? null : share(stage.count, first),
  }));
}

export interface ClosedLoopFigures {
  leads: number;
  sqls: number;
  opportunities: number;
  dealsWon: number;
  revenueWon: string;
}

export interface ClosedLoopRates {
  /** SQLs / leads. */
  sqlRate: number | null;
  /** Opportunities / SQLs. */
  opportunityRate: number | null;
  /** Deals won / opportunities. */
  winRate: number | null;
}

/** The step-by-step conversions of one closed-loop row. */
export function closedLoopRates(row: ClosedLoopFigures): ClosedLoopRates {
  return {
    sqlRate: share(row.sqls, row.leads),
    opportunityRate: share(row.opportunities, row.sqls),
    winRate: share(row.dealsWon, row.opportunities),
  };
}

/** The closed loop's total row: counts added up, revenue added exactly. */
export function closedLoopTotals(rows: readonly ClosedLoopFigures[]): ClosedLoopFigures {
  return {
    leads: rows.reduce((n, r) => n + r.leads, 0),
    sqls: rows.reduce((n, r) => n + r.sqls, 0),
    opportunities: rows.reduce((n, r) => n + r.opportunities, 0),
    dealsWon: rows.reduce((n, r) => n + r.dealsWon, 0),
    revenueWon: sumDecimals(rows.length ? rows.map((r) => r.revenueWon) : ['0.00']),
  };
}
