import { EntityManager } from 'typeorm';
import { Metric, METRIC_LIST, MetricUnit, METRICS } from '@tandem/shared-domain';
import { DbService, RequestContext } from '@tandem/api-core';

/** Metric values by metric, as exact decimal strings (null: not defined, e.g. a rate of 0/0). */
export type MetricValues = Record<Metric, string | null>;

export interface RawCounts {
  /** MQLs of the span that have reached SQL. */
  mqlsAccepted: number;
  /** SQLs of the span that have become opportunities. */
  sqlsConverted: number;
}

export interface Span {
  start: Date;
  end: Date;
}

/** Figures per partner, per rep (the event's user), or one row for the whole selection. */
export type Grouping = 'partner' | 'user' | 'all';

/** Marketing-sourced leads: what "revenue won from marketing leads" counts. */
export const MARKETING_SOURCES = ['VENDOR_MARKETING', 'PARTNER_MARKETING'];

/**
 * Runs `fn` over the funnel events of `partnerIds` in a read of its own with the system scope, so
 * that every caller computes a partner's figures from the same events (a partner's figures count
 * the pool events of a vendor lead it has since rejected, for example). The partner ids are first
 * filtered through the caller's own row-level scope in the request's transaction, so a caller can
 * never reach a partner it cannot see; the request's transaction itself never changes scope (a
 * GraphQL request resolves fields concurrently on it).
 */
export async function withFunnelScope<T>(
  ctx: RequestContext,
  db: DbService,
  partnerIds: string[],
  fn: (em: EntityManager, allowed: string[]) => Promise<T>,
): Promise<T> {
  const allowed: { id: string }[] = partnerIds.length
    ? await ctx.em.query(`SELECT id FROM partner WHERE id = ANY($1::uuid[])`, [partnerIds])
    : [];
  return db.besideRequest((em) =>
    fn(
      em,
      allowed.map((r) => r.id),
    ),
  );
}

const DAY_MS = 86_400_000;

/** Where each span is read from: whole UTC days from the daily rollup, the rest from the rows. */
function splitSpans(spans: Span[], useDays: boolean) {
  const windows: { i: number; a: Date; b: Date }[] = [];
  const days: { i: number; a: string; b: string }[] = [];
  spans.forEach((span, k) => {
    const i = k + 1;
    const d1 = Math.ceil(span.start.getTime() / DAY_MS) * DAY_MS;
    const d2 = Math.floor(span.end.getTime() / DAY_MS) * DAY_MS;
    if (!useDays || d1 >= d2) {
      windows.push({ i, a: span.start, b: span.end });
      return;
    }
    days.push({
      i,
      a: new Date(d1).toISOString().slice(0, 10),
      b: new Date(d2).toISOString().slice(0, 10),
    });
    if (span.start.getTime() < d1) windows.push({ i, a: span.start, b: new Date(d1) });
    if (d2 < span.end.getTime()) windows.push({ i, a: new Date(d2), b: span.end });
  });
  return { windows, days };
}

/** The additive parts every metric is computed from (docs/metrics.md), as in partner_funnel_day. */
const PARTS = [
  'leads_received',
  'mqls',
  'mqls_accepted',
  'sqls',
  'sqls_converted',
  'opportunities',
  'leads_rejected',
  'offers_resolved',
  'offers_pending_due',
  'accepted_in_time',
  'offers_accepted',
  'accept_ms',
  'deals_registered',
  'deals_approved',
  'deals_rejected',
  'deals_won',
  'deals_lost',
  'deals_expired',
  'revenue_won_cents',
  'revenue_marketing_cents',
  'cycle_ms',
  'cycle_n',
] as const;
type Part = (typeof PARTS)[number];
/** A SELECT list of every part: the given expressions, zero for the rest. */
const partsOf = (given: Partial<Record<Part, string>>) =>
  PARTS.map((p) => `${given[p] ?? '0'}::numeric AS ${p}`).join(', ');

/**
 * Every metric for every group (partner or rep) and span in one statement. Per partner, whole UTC
 * days come from `partner_funnel_day` (kept by triggers with the events) and only a span's partial
 * first and last day from the rows; per rep or for a whole selection, every span is read from the
 * rows dated inside it, through indexes. Formulas: docs/metrics.md. Groups without events are
 * absent; `emptyValues` fills them.
 */
export async function computeMetrics(
  em: EntityManager,
  partnerIds: string[],
  spans: Span[],
  now: Date,
  grouping: Grouping = 'partner',
  onlyUserId: string | null = null,
  /** Filled with the numerators of the two cohort rates (for plan-from-revenue's blending). */
  raw?: Map<string, RawCounts[]>,
  /** Read whole days from the daily rollup (per partner only); off to check it against the rows. */
  useDays = true,
): Promise<Map<string, MetricValues[]>> {
  const out = new Map<string, MetricValues[]>();
  if (partnerIds.length === 0 || spans.length === 0) return out;
  const byUser = grouping === 'user' || onlyUserId !== null;
  const perPartner = grouping === 'partner' && !byUser;
  const { windows, days } = splitSpans(spans, useDays && perPartner);
  const by = (partnerCol: string, userCol: string) =>
    grouping === 'all' ? `'all'::text` : grouping === 'partner' ? partnerCol : userCol;
  const inW = (col: string) => `(${col} >= w.a AND ${col} < w.b)`;
  const anyMilestoneInW = (alias: string) =>
    ['received_at', 'mql_at', 'sql_at', 'opp_at'].map((c) => inW(`${alias}.${c}`)).join(' OR ');
  const inHull = (col: string) => `(${col} >= $7::timestamptz AND ${col} < $8::timestamptz)`;

  // One row per group and lead with the lead's first dates in that group.
  const leadRows = byUser
    ? // Per rep, from the events: the leads with any event of the partner in the hull, then all of
      // those leads' events (a rep's first date may be in the hull while the partner's is not).
      `SELECT ${by('ev.partner_id', 'ev.user_id')} AS g, ev.lead_id,
         min(ev.occurred_at) FILTER (WHERE (ev.subject = 'LEAD' AND ev.step = 'LEAD') OR ev.step = 'OFFERED') AS received_at,
         min(ev.occurred_at) FILTER (WHERE (ev.subject = 'LEAD' AND ev.step = 'MQL') OR ev.step = 'OFFERED') AS mql_at,
         min(ev.occurred_at) FILTER (WHERE ev.subject = 'LEAD' AND ev.step = 'SQL') AS sql_at,
         min(ev.occurred_at) FILTER (WHERE ev.subject = 'LEAD' AND ev.step = 'OPPORTUNITY') AS opp_at
       FROM funnel_event ev
       WHERE ev.partner_id IN (SELECT id FROM sel) AND ($5::uuid IS NULL OR ev.user_id = $5)
         AND ev.subject IN ('LEAD', 'OFFER') AND ${by('ev.partner_id', 'ev.user_id')} IS NOT NULL
         AND ev.lead_id IN (SELECT c.lead_id FROM funnel_event c
                            WHERE c.partner_id IN (SELECT id FROM sel) AND c.subject IN ('LEAD', 'OFFER')
                              AND ${inHull('c.occurred_at')})
       GROUP BY 1, 2`
    : grouping === 'partner'
      ? null // read per window straight from lead_milestone below
      : // The whole selection: a lead's first dates across its partners.
        `SELECT 'all'::text AS g, a.lead_id, min(a.received_at) AS received_at, min(a.mql_at) AS mql_at,
           min(a.sql_at) AS sql_at, min(a.opp_at) AS opp_at
         FROM lead_milestone a
         WHERE a.partner_id IN (SELECT id FROM sel)
           AND a.lead_id IN (SELECT m.lead_id FROM lead_milestone m
                             WHERE m.partner_id IN (SELECT id FROM sel)
                               AND (${['received_at', 'mql_at', 'sql_at', 'opp_at'].map((c) => inHull(`m.${c}`)).join(' OR ')}))
         GROUP BY a.lead_id`;
  const leadsInWindow = leadRows
    ? `SELECT * FROM lead_row r WHERE ${anyMilestoneInW('r')}`
    : `SELECT m.partner_id AS g, m.received_at, m.mql_at, m.sql_at, m.opp_at FROM lead_milestone m
       WHERE m.partner_id IN (SELECT id FROM sel) AND (${anyMilestoneInW('m')})`;

  // Registration events, rejections and resolved offers (by acceptance deadline) dated in a window,
  // straight from their tables with the funnel_event view's definitions.
  const ms = `floor(extract(epoch FROM o.decided_at - o.offered_at) * 1000)`;
  const eventsInWindow = `
       SELECT ${by('de.partner_id', 'd.registered_by_user_id')} AS g, ${partsOf({
         deals_registered: `(de.to_status = 'SUBMITTED')::int`,
         deals_approved: `(de.to_status = 'APPROVED')::int`,
         deals_rejected: `(de.to_status IN ('REJECTED', 'DUPLICATE'))::int`,
         deals_won: `(de.to_status = 'WON')::int`,
         deals_lost: `(de.to_status = 'LOST')::int`,
         deals_expired: `(de.to_status = 'EXPIRED')::int`,
         revenue_won_cents: `CASE WHEN de.to_status = 'WON' THEN coalesce(d.final_amount, d.amount) * 100 ELSE 0 END`,
         revenue_marketing_cents: `CASE WHEN de.to_status = 'WON' AND d.lead_id IS NOT NULL
             AND (SELECT l.source FROM lead l WHERE l.id = d.lead_id) = ANY($6::text[])
           THEN coalesce(d.final_amount, d.amount) * 100 ELSE 0 END`,
         cycle_ms: `CASE WHEN de.to_status = 'WON'
           THEN coalesce(floor(extract(epoch FROM de."at" - d.submitted_at) * 1000), 0) ELSE 0 END`,
         cycle_n: `(de.to_status = 'WON' AND d.submitted_at IS NOT NULL)::int`,
       })}
       FROM deal_event de JOIN deal_registration d ON d.id = de.deal_id
       WHERE de.partner_id IN (SELECT id FROM sel) AND ($5::uuid IS NULL OR d.registered_by_user_id = $5)
         AND ${inW('de."at"')}
       UNION ALL
       SELECT ${by('o.partner_id', 'o.user_id')}, ${partsOf({ leads_rejected: '1' })}
       FROM lead_offer o
       WHERE o.partner_id IN (SELECT id FROM sel) AND ($5::uuid IS NULL OR o.user_id = $5)
         AND o.status = 'REJECTED' AND ${inW('o.decided_at')}
       UNION ALL
       SELECT ${by('o.partner_id', 'o.user_id')}, ${partsOf({
         offers_resolved: '1',
         accepted_in_time: `(o.status = 'ACCEPTED' AND o.decided_at <= o.accept_due_at)::int`,
         offers_accepted: `(o.status = 'ACCEPTED' AND o.decided_at IS NOT NULL)::int`,
         accept_ms: `CASE WHEN o.status = 'ACCEPTED' AND o.decided_at IS NOT NULL THEN ${ms} ELSE 0 END`,
       })}
       FROM lead_offer o
       WHERE o.partner_id IN (SELECT id FROM sel) AND ($5::uuid IS NULL OR o.user_id = $5)
         AND o.status IN ('ACCEPTED', 'REJECTED', 'EXPIRED') AND ${inW('o.accept_due_at')}`;
  const sumParts = (alias: string, only?: readonly Part[]) =>
    PARTS.map((p) => (only && !only.includes(p) ? `0 AS ${p}` : `sum(${alias}.${p}) AS ${p}`)).join(
      ', ',
    );
  const dayParts: readonly Part[] = PARTS.filter((p) => p !== 'offers_pending_due');
  const params = [
    partnerIds,
    spans.map((x) => x.start),
    spans.map((x) => x.end),
    now,
    onlyUserId,
    MARKETING_SOURCES,
    new Date(Math.min(...spans.map((x) => x.start.getTime()))),
    new Date(Math.max(...spans.map((x) => x.end.getTime()))),
    windows.map((x) => x.i),
    windows.map((x) => x.a),
    windows.map((x) => x.b),
    days.map((x) => x.i),
    days.map((x) => x.a),
    days.map((x) => x.b),
  ];
  const rows: Record<string, string | null>[] = await em.query(
    `WITH sel AS MATERIALIZED (SELECT DISTINCT unnest($1::uuid[]) AS id),
     s AS (SELECT * FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS s(a, b, i)),
     w AS (SELECT * FROM unnest($9::int[], $10::timestamptz[], $11::timestamptz[]) AS w(i, a, b)),
     ${leadRows ? `lead_row AS MATERIALIZED (${leadRows}),` : ''}
     parts AS (
       SELECT w.i, r.g, ${partsOf({
         leads_received: `count(*) FILTER (WHERE ${inW('r.received_at')})`,
         mqls: `count(*) FILTER (WHERE ${inW('r.mql_at')})`,
         mqls_accepted: `count(*) FILTER (WHERE ${inW('r.mql_at')} AND r.sql_at IS NOT NULL)`,
         sqls: `count(*) FILTER (WHERE ${inW('r.sql_at')})`,
         sqls_converted: `count(*) FILTER (WHERE ${inW('r.sql_at')} AND r.opp_at IS NOT NULL)`,
         opportunities: `count(*) FILTER (WHERE ${inW('r.opp_at')})`,
       })}
       FROM w CROSS JOIN LATERAL (${leadsInWindow}) r GROUP BY 1, 2
       UNION ALL
       SELECT w.i, e.g, ${sumParts('e')}
       FROM w CROSS JOIN LATERAL (${eventsInWindow}) e WHERE e.g IS NOT NULL GROUP BY 1, 2
       UNION ALL
       -- Offers still pending past their deadline count as due (and missed) as of now.
       SELECT s.i, ${by('o.partner_id', 'o.user_id')}, ${partsOf({ offers_pending_due: 'count(*)' })}
       FROM s JOIN lead_offer o ON o.partner_id IN (SELECT id FROM sel) AND o.status = 'PENDING'
         AND o.accept_due_at >= s.a AND o.accept_due_at < s.b AND o.accept_due_at <= $4
         AND ${inHull('o.accept_due_at')}
       WHERE ($5::uuid IS NULL OR o.user_id = $5) AND ${by('o.partner_id', 'o.user_id')} IS NOT NULL
       GROUP BY 1, 2
       UNION ALL
       SELECT f.i, ${by('f.partner_id', 'f.partner_id')}, ${PARTS.map((p) => (dayParts.includes(p) ? `f.${p}` : `0`) + `::numeric AS ${p}`).join(', ')}
       FROM tandem_funnel_day_sums($1::uuid[], $12::int[], $13::date[], $14::date[]) f
       ),
     m AS (SELECT i, g, ${sumParts('parts')} FROM parts WHERE i IS NOT NULL GROUP BY 1, 2)
     SELECT i::int AS i, g::text AS g, mqls_accepted::int AS "mqlsAccepted", sqls_converted::int AS "sqlsConverted",
       leads_received::text AS "${Metric.LEADS_RECEIVED}",
       mqls::text AS "${Metric.MQLS}",
       sqls::text AS "${Metric.SQLS}",
       opportunities::text AS "${Metric.OPPORTUNITIES}",
       leads_rejected::text AS "${Metric.LEADS_REJECTED}",
       round(mqls_accepted / nullif(mqls, 0), 4)::text AS "${Metric.MQL_TO_SQL_RATE}",
       round(sqls_converted / nullif(sqls, 0), 4)::text AS "${Metric.LEAD_TO_OPPORTUNITY_RATE}",
       deals_registered::text AS "${Metric.DEALS_REGISTERED}",
       deals_approved::text AS "${Metric.DEALS_APPROVED}",
       deals_rejected::text AS "${Metric.DEALS_REJECTED}",
       deals_won::text AS "${Metric.DEALS_WON}",
       deals_lost::text AS "${Metric.DEALS_LOST}",
       deals_expired::text AS "${Metric.DEALS_EXPIRED}",
       round(deals_won / nullif(deals_won + deals_lost, 0), 4)::text AS "${Metric.WIN_RATE}",
       round(deals_won / nullif(deals_lost, 0), 2)::text AS "${Metric.WIN_LOSS_RATIO}",
       round(revenue_won_cents / 100, 2)::text AS "${Metric.REVENUE_WON}",
       round(revenue_marketing_cents / 100, 2)::text AS "${Metric.REVENUE_WON_MARKETING_SOURCED}",
       round(revenue_won_cents / 100 / nullif(deals_won, 0), 2)::text AS "${Metric.AVERAGE_DEAL_SIZE}",
       round(cycle_ms / 86400000 / nullif(cycle_n, 0), 1)::text AS "${Metric.AVERAGE_SALES_CYCLE_DAYS}",
       round(accepted_in_time / nullif(offers_resolved + offers_pending_due, 0), 4)::text AS "${Metric.SLA_COMPLIANCE}",
       round(accept_ms / 3600000 / nullif(offers_accepted, 0), 2)::text AS "${Metric.AVERAGE_HOURS_TO_ACCEPT}",
       round(deals_approved / nullif(deals_approved + deals_rejected, 0), 4)::text
         AS "${Metric.REGISTRATION_QUALITY}"
     FROM m`,
    params,
  );
  for (const row of rows) {
    const key = row['g'] as string;
    let list = out.get(key);
    if (!list) {
      list = spans.map(() => emptyValues());
      out.set(key, list);
    }
    const values = {} as MetricValues;
    for (const metric of METRIC_LIST) values[metric] = tidy(row[metric] ?? null, metric);
    list[Number(row['i']) - 1] = values;
    if (raw) {
      if (!raw.has(key))
        raw.set(
          key,
          spans.map(() => ({ mqlsAccepted: 0, sqlsConverted: 0 })),
        );
      raw.get(key)![Number(row['i']) - 1] = {
        mqlsAccepted: Number(row['mqlsAccepted']),
        sqlsConverted: Number(row['sqlsConverted']),
      };
    }
  }
  return out;
}

/** The values of a group with no events: counts and money zero, everything else undefined. */
export function emptyValues(): MetricValues {
  const values = {} as MetricValues;
  for (const metric of METRIC_LIST) {
    const unit = METRICS[metric].unit;
    values[metric] =
      unit === MetricUnit.COUNT
        ? '0'
        : unit === MetricUnit.MONEY && METRICS[metric].cumulative
          ? '0.00'
          : null;
  }
  return values;
}

/** Trailing zeros off rates ("0.5000" → "0.5"); money keeps its two decimals. */
function tidy(v: string | null, metric: Metric): string | null {
  if (v === null) return null;
  if (METRICS[metric].unit === MetricUnit.MONEY) return v;
  return v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v;
}

/** Offers rejected in a span, by reason code (the scorecard's "rejected by reason"). */
export async function rejectionsByReason(
  em: EntityManager,
  partnerId: string,
  span: Span,
  onlyUserId: string | null = null,
): Promise<{ reasonCodeId: string | null; label: string; count: number }[]> {
  const rows: { reasonCodeId: string | null; label: string | null; count: number }[] =
    await em.query(
      `SELECT e.reason_code_id AS "reasonCodeId", r.label, count(*)::int AS count
       FROM funnel_event e LEFT JOIN reason_code r ON r.id = e.reason_code_id
       WHERE e.partner_id = $1 AND e.step = 'OFFER_REJECTED' AND e.occurred_at >= $2 AND e.occurred_at < $3
         AND ($4::uuid IS NULL OR e.user_id = $4)
       GROUP BY 1, 2 ORDER BY 3 DESC, 2`,
      [partnerId, span.start, span.end, onlyUserId],
    );
  return rows.map((r) => ({ ...r, label: r.label ?? 'No reason given' }));
}
