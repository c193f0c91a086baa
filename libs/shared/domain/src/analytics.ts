/**
 * The metric layer's vocabulary, shared by the API (formulas in docs/metrics.md) and the portal
 * (labels and formatting). Every metric value travels as an exact decimal string.
 */
export enum Metric {
  LEADS_RECEIVED = 'LEADS_RECEIVED',
  MQLS = 'MQLS',
  SQLS = 'SQLS',
  OPPORTUNITIES = 'OPPORTUNITIES',
  LEADS_REJECTED = 'LEADS_REJECTED',
  MQL_TO_SQL_RATE = 'MQL_TO_SQL_RATE',
  LEAD_TO_OPPORTUNITY_RATE = 'LEAD_TO_OPPORTUNITY_RATE',
  DEALS_REGISTERED = 'DEALS_REGISTERED',
  DEALS_APPROVED = 'DEALS_APPROVED',
  DEALS_REJECTED = 'DEALS_REJECTED',
  DEALS_WON = 'DEALS_WON',
  DEALS_LOST = 'DEALS_LOST',
  DEALS_EXPIRED = 'DEALS_EXPIRED',
  WIN_RATE = 'WIN_RATE',
  WIN_LOSS_RATIO = 'WIN_LOSS_RATIO',
  REVENUE_WON = 'REVENUE_WON',
  REVENUE_WON_MARKETING_SOURCED = 'REVENUE_WON_MARKETING_SOURCED',
  AVERAGE_DEAL_SIZE = 'AVERAGE_DEAL_SIZE',
  AVERAGE_SALES_CYCLE_DAYS = 'AVERAGE_SALES_CYCLE_DAYS',
  SLA_COMPLIANCE = 'SLA_COMPLIANCE',
  AVERAGE_HOURS_TO_ACCEPT = 'AVERAGE_HOURS_TO_ACCEPT',
  REGISTRATION_QUALITY = 'REGISTRATION_QUALITY',
}

export enum MetricUnit {
  COUNT = 'COUNT',
  /** A share between 0 and 1, shown as a percentage. */
  RATE = 'RATE',
  RATIO = 'RATIO',
  MONEY = 'MONEY',
  HOURS = 'HOURS',
  DAYS = 'DAYS',
}

export interface MetricInfo {
  label: string;
  unit: MetricUnit;
  /** Lower is better (e.g. hours to accept). */
  lowerIsBetter: boolean;
  /** Adds up over the period (a count or a sum): progress is judged against the pace so far. */
  cumulative: boolean;
  /** Which side of a partner usually owns a goal on it. */
  defaultSide: GoalSide;
  description: string;
}

export enum GoalSide {
  MARKETING = 'MARKETING',
  SALES = 'SALES',
  JOINT = 'JOINT',
}

export const GOAL_SIDE_LABELS: Record<GoalSide, string> = {
  [GoalSide.MARKETING]: 'Marketing',
  [GoalSide.SALES]: 'Sales',
  [GoalSide.JOINT]: 'Marketing and sales (joint)',
};

export enum GoalStatus {
  UPCOMING = 'UPCOMING',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  ACHIEVED = 'ACHIEVED',
  MISSED = 'MISSED',
}

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  [GoalStatus.UPCOMING]: 'Not started',
  [GoalStatus.ON_TRACK]: 'On track',
  [GoalStatus.AT_RISK]: 'At risk',
  [GoalStatus.ACHIEVED]: 'Achieved',
  [GoalStatus.MISSED]: 'Missed',
};

export enum PeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

export enum ClosedLoopGrouping {
  SOURCE = 'SOURCE',
  CAMPAIGN = 'CAMPAIGN',
  PERSONA = 'PERSONA',
  KIT = 'KIT',
}

const m = (
  label: string,
  unit: MetricUnit,
  defaultSide: GoalSide,
  description: string,
  opts: { lowerIsBetter?: boolean; average?: boolean } = {},
): MetricInfo => ({
  label,
  unit,
  lowerIsBetter: opts.lowerIsBetter ?? false,
  cumulative: !opts.average && (unit === MetricUnit.COUNT || unit === MetricUnit.MONEY),
  defaultSide,
  description,
});

export const METRICS: Record<Metric, MetricInfo> = {
  [Metric.LEADS_RECEIVED]: m(
    'Leads received',
    MetricUnit.COUNT,
    GoalSide.MARKETING,
    'Leads the partner got in the period: offered by the vendor or sourced itself.',
  ),
  [Metric.MQLS]: m(
    'MQLs',
    MetricUnit.COUNT,
    GoalSide.MARKETING,
    'Leads that became marketing-qualified in the partner’s hands (or arrived qualified).',
  ),
  [Metric.SQLS]: m('SQLs (accepted)', MetricUnit.COUNT, GoalSide.SALES, 'Leads sales accepted.'),
  [Metric.OPPORTUNITIES]: m(
    'Opportunities',
    MetricUnit.COUNT,
    GoalSide.SALES,
    'Leads that became an opportunity.',
  ),
  [Metric.LEADS_REJECTED]: m(
    'Leads rejected',
    MetricUnit.COUNT,
    GoalSide.SALES,
    'Offers the partner rejected, with their reasons.',
    { lowerIsBetter: true },
  ),
  [Metric.MQL_TO_SQL_RATE]: m(
    'MQL → SQL rate',
    MetricUnit.RATE,
    GoalSide.JOINT,
    'Of the period’s MQLs, the share sales has accepted so far.',
  ),
  [Metric.LEAD_TO_OPPORTUNITY_RATE]: m(
    'SQL → opportunity rate',
    MetricUnit.RATE,
    GoalSide.SALES,
    'Of the period’s SQLs, the share that became an opportunity so far.',
  ),
  [Metric.DEALS_REGISTERED]: m(
    'Deals registered',
    MetricUnit.COUNT,
    GoalSide.SALES,
    'Registrations submitted.',
  ),
  [Metric.DEALS_APPROVED]: m(
    'Deals approved',
    MetricUnit.COUNT,
    GoalSide.SALES,
    'Registrations approved.',
  ),
  [Metric.DEALS_REJECTED]: m(
    'Deals rejected',
    MetricUnit.COUNT,
    GoalSide.SALES,
    'Registrations rejected or marked duplicate.',
    { lowerIsBetter: true },
  ),
  [Metric.DEALS_WON]: m('Deals won', MetricUnit.COUNT, GoalSide.SALES, 'Registrations won.'),
  [Metric.DEALS_LOST]: m('Deals lost', MetricUnit.COUNT, GoalSide.SALES, 'Registrations lost.', {
    lowerIsBetter: true,
  }),
  [Metric.DEALS_EXPIRED]: m(
    'Deals expired',
    MetricUnit.COUNT,
    GoalSide.SALES,
    'Approved registrations whose protection ran out.',
    { lowerIsBetter: true },
  ),
  [Metric.WIN_RATE]: m(
    'Win rate',
    MetricUnit.RATE,
    GoalSide.SALES,
    'Won / (won + lost) among registrations closed in the period.',
  ),
  [Metric.WIN_LOSS_RATIO]: m(
    'Win/loss ratio',
    MetricUnit.RATIO,
    GoalSide.SALES,
    'Won / lost among registrations closed in the period.',
  ),
  [Metric.REVENUE_WON]: m(
    'Revenue won',
    MetricUnit.MONEY,
    GoalSide.JOINT,
    'Final amounts of registrations won.',
  ),
  [Metric.REVENUE_WON_MARKETING_SOURCED]: m(
    'Revenue won from marketing leads',
    MetricUnit.MONEY,
    GoalSide.JOINT,
    'Revenue won on registrations that came from vendor or partner marketing leads.',
  ),
  [Metric.AVERAGE_DEAL_SIZE]: m(
    'Average deal size',
    MetricUnit.MONEY,
    GoalSide.SALES,
    'Revenue won / deals won.',
    { average: true },
  ),
  [Metric.AVERAGE_SALES_CYCLE_DAYS]: m(
    'Average sales cycle',
    MetricUnit.DAYS,
    GoalSide.SALES,
    'Days from submitting a registration to winning it, for deals won in the period.',
    { lowerIsBetter: true },
  ),
  [Metric.SLA_COMPLIANCE]: m(
    'SLA compliance',
    MetricUnit.RATE,
    GoalSide.SALES,
    'Offers accepted in time / offers due in the period.',
  ),
  [Metric.AVERAGE_HOURS_TO_ACCEPT]: m(
    'Average time to accept',
    MetricUnit.HOURS,
    GoalSide.SALES,
    'Hours from offer to acceptance, for offers due in the period.',
    { lowerIsBetter: true },
  ),
  [Metric.REGISTRATION_QUALITY]: m(
    'Registration quality',
    MetricUnit.RATE,
    GoalSide.SALES,
    'Approved / (approved + rejected + duplicate) among decisions in the period.',
  ),
};

export const METRIC_LIST: readonly Metric[] = Object.values(Metric);

/** Most key results per objective. */
export const MAX_KEY_RESULTS = 4;

/** Period kinds for pickers, the most used first. */
export const PERIOD_KIND_OPTIONS: { value: PeriodKind; label: string }[] = [
  { value: PeriodKind.QUARTER, label: 'Quarter' },
  { value: PeriodKind.MONTH, label: 'Month' },
  { value: PeriodKind.YEAR, label: 'Year' },
];

/** The kind of a period code: FY2026-Q4 (quarter), FY2026 (year), 2026-11 (month); null otherwise. */
export function periodKindOfCode(code: string | null | undefined): PeriodKind | null {
  if (!code) return null;
  if (/^FY\d{4}-Q[1-4]$/.test(code)) return PeriodKind.QUARTER;
  if (/^FY\d{4}$/.test(code)) return PeriodKind.YEAR;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(code)) return PeriodKind.MONTH;
  return null;
}

/** A period kind from text (an address parameter), or null. */
export function parsePeriodKind(raw: string | null | undefined): PeriodKind | null {
  return Object.values(PeriodKind).find((k) => k === raw) ?? null;
}

/** The period running at `now` (start ≤ now < end), or null when none of them is. */
export function runningPeriod<P extends { start: string; end: string }>(
  periods: readonly P[],
  now: number,
): P | null {
  return periods.find((p) => Date.parse(p.start) <= now && now < Date.parse(p.end)) ?? null;
}
