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

const IN_SPAN = (col: string) => `(${col} >= s.a AND ${col} < s.b)`;

/**
 * Every metric for every group (partner or rep) and span in one statement over `funnel_event`.
 * Formulas: docs/metrics.md. Groups without events are absent; `emptyValues` fills them.
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
): Promise<Map<string, MetricValues[]>> {
  const out = new Map<string, MetricValues[]>();
  if (partnerIds.length === 0 || spans.length === 0) return out;
  const byUser = grouping === 'user' || onlyUserId !== null;
  const g = (alias: string) =>
    grouping === 'all'
      ? `'all'::text`
      : `${alias}.${grouping === 'partner' ? 'partner_id' : 'user_id'}`;
  // Only rows with a date inside [$7, $8) — the spans' hull — can count, so each source below is
  // read by that range through an index, never a partner's whole history (docs/metrics.md).
  const inHull = (col: string) => `(${col} >= $7 AND ${col} < $8)`;
  const milestoneInHull = ['received_at', 'mql_at', 'sql_at', 'opp_at']
    .map((c) => inHull(`m.${c}`))
    .join(' OR ');
  // One row per group and lead with the lead's first dates in that group.
  const leadRows = byUser
    ? // Per rep, from the events: the leads with any event of the partner in the hull, then all of
      // those leads' events (a rep's first date may be in the hull while the partner's is not).
      `SELECT ${g('ev')} AS g, ev.lead_id,
         min(ev.occurred_at) FILTER (WHERE (ev.subject = 'LEAD' AND ev.step = 'LEAD') OR ev.step = 'OFFERED') AS received_at,
         min(ev.occurred_at) FILTER (WHERE (ev.subject = 'LEAD' AND ev.step = 'MQL') OR ev.step = 'OFFERED') AS mql_at,
         min(ev.occurred_at) FILTER (WHERE ev.subject = 'LEAD' AND ev.step = 'SQL') AS sql_at,
         min(ev.occurred_at) FILTER (WHERE ev.subject = 'LEAD' AND ev.step = 'OPPORTUNITY') AS opp_at
       FROM funnel_event ev
       WHERE ev.partner_id = ANY($1::uuid[]) AND ($5::uuid IS NULL OR ev.user_id = $5)
         AND ev.subject IN ('LEAD', 'OFFER') AND ${g('ev')} IS NOT NULL
         AND ev.lead_id IN (SELECT c.lead_id FROM funnel_event c
                            WHERE c.partner_id = ANY($1::uuid[]) AND c.subject IN ('LEAD', 'OFFER')
                              AND ${inHull('c.occurred_at')})
       GROUP BY 1, 2`
    : grouping === 'partner'
      ? // The milestones are per partner already.
        `SELECT m.partner_id AS g, m.lead_id, m.received_at, m.mql_at, m.sql_at, m.opp_at
         FROM lead_milestone m WHERE m.partner_id = ANY($1::uuid[]) AND (${milestoneInHull})`
      : // The whole selection: a lead's first dates across its partners.
        `SELECT 'all'::text AS g, a.lead_id, min(a.received_at) AS received_at, min(a.mql_at) AS mql_at,
           min(a.sql_at) AS sql_at, min(a.opp_at) AS opp_at
         FROM lead_milestone a
         WHERE a.partner_id = ANY($1::uuid[])
           AND a.lead_id IN (SELECT m.lead_id FROM lead_milestone m
                             WHERE m.partner_id = ANY($1::uuid[]) AND (${milestoneInHull}))
         GROUP BY a.lead_id`;
  // Registration events, rejections and offers (placed by their acceptance deadline) dated in the
  // hull, straight from their tables with the funnel_event view's definitions, reading only the
  // columns the metrics use (the view would join every row to its lead for source and campaign).
  const by = (partnerCol: string, userCol: string) =>
    grouping === 'all' ? `'all'::text` : grouping === 'partner' ? partnerCol : userCol;
  const events = `
       SELECT ${by('de.partner_id', 'd.registered_by_user_id')} AS g, 'DEAL'::text AS subject,
         de.to_status AS step, de."at" AS t, de."at" AS occurred_at,
         CASE WHEN de.to_status = 'WON' THEN coalesce(d.final_amount, d.amount) ELSE d.amount END AS amount,
         d.submitted_at AS started_at,
         CASE WHEN de.to_status = 'WON' AND d.lead_id IS NOT NULL
           THEN (SELECT l.source FROM lead l WHERE l.id = d.lead_id) END AS source,
         NULL::timestamptz AS due_at, NULL::text AS outcome, NULL::timestamptz AS outcome_at
       FROM deal_event de JOIN deal_registration d ON d.id = de.deal_id
       WHERE de.partner_id = ANY($1::uuid[]) AND ($5::uuid IS NULL OR d.registered_by_user_id = $5)
         AND ${inHull('de."at"')}
       UNION ALL
       SELECT ${by('o.partner_id', 'o.user_id')}, 'OFFER', 'OFFER_REJECTED', o.decided_at, o.decided_at,
         NULL, NULL, NULL, NULL, NULL, NULL
       FROM lead_offer o
       WHERE o.partner_id = ANY($1::uuid[]) AND ($5::uuid IS NULL OR o.user_id = $5)
         AND o.status = 'REJECTED' AND ${inHull('o.decided_at')}
       UNION ALL
       SELECT ${by('o.partner_id', 'o.user_id')}, 'OFFER', 'OFFERED', o.accept_due_at, o.offered_at,
         NULL, NULL, NULL, o.accept_due_at, o.status, o.decided_at
       FROM lead_offer o
       WHERE o.partner_id = ANY($1::uuid[]) AND ($5::uuid IS NULL OR o.user_id = $5)
         AND o.status <> 'WITHDRAWN' AND ${inHull('o.accept_due_at')}`;
  const rows: Record<string, string | null>[] = await em.query(
    `WITH s AS (SELECT * FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS s(a, b, i)),
     ev AS (${events}),
     lead_row AS (${leadRows}),
     lead_m AS (
       SELECT s.i, r.g,
         count(*) FILTER (WHERE ${IN_SPAN('r.received_at')}) AS leads_received,
         count(*) FILTER (WHERE ${IN_SPAN('r.mql_at')}) AS mqls,
         count(*) FILTER (WHERE ${IN_SPAN('r.mql_at')} AND r.sql_at IS NOT NULL) AS mqls_accepted,
         count(*) FILTER (WHERE ${IN_SPAN('r.sql_at')}) AS sqls,
         count(*) FILTER (WHERE ${IN_SPAN('r.sql_at')} AND r.opp_at IS NOT NULL) AS sqls_converted,
         count(*) FILTER (WHERE ${IN_SPAN('r.opp_at')}) AS opportunities
       FROM lead_row r JOIN s ON ${IN_SPAN('r.received_at')} OR ${IN_SPAN('r.mql_at')}
         OR ${IN_SPAN('r.sql_at')} OR ${IN_SPAN('r.opp_at')}
       GROUP BY 1, 2),
     ev_m AS (
       SELECT s.i, e.g,
         count(*) FILTER (WHERE e.step = 'OFFER_REJECTED') AS leads_rejected,
         count(*) FILTER (WHERE e.subject = 'DEAL' AND e.step = 'SUBMITTED') AS deals_registered,
         count(*) FILTER (WHERE e.subject = 'DEAL' AND e.step = 'APPROVED') AS deals_approved,
         count(*) FILTER (WHERE e.subject = 'DEAL' AND e.step IN ('REJECTED', 'DUPLICATE')) AS deals_rejected,
         count(*) FILTER (WHERE e.subject = 'DEAL' AND e.step = 'WON') AS deals_won,
         count(*) FILTER (WHERE e.subject = 'DEAL' AND e.step = 'LOST') AS deals_lost,
         count(*) FILTER (WHERE e.subject = 'DEAL' AND e.step = 'EXPIRED') AS deals_expired,
         coalesce(sum(e.amount) FILTER (WHERE e.subject = 'DEAL' AND e.step = 'WON'), 0) AS revenue_won,
         coalesce(sum(e.amount) FILTER (WHERE e.subject = 'DEAL' AND e.step = 'WON'
                                   AND e.source = ANY($6::text[])), 0) AS revenue_marketing,
         avg(extract(epoch FROM e.occurred_at - e.started_at) / 86400)
           FILTER (WHERE e.subject = 'DEAL' AND e.step = 'WON') AS cycle_days,
         count(*) FILTER (WHERE e.step = 'OFFERED'
           AND (e.outcome IN ('ACCEPTED', 'REJECTED', 'EXPIRED') OR (e.outcome = 'PENDING' AND e.due_at <= $4))) AS offers_due,
         count(*) FILTER (WHERE e.step = 'OFFERED'
           AND e.outcome = 'ACCEPTED' AND e.outcome_at <= e.due_at) AS accepted_in_time,
         avg(extract(epoch FROM e.outcome_at - e.occurred_at) / 3600)
           FILTER (WHERE e.step = 'OFFERED' AND e.outcome = 'ACCEPTED') AS hours_to_accept
       FROM ev e JOIN s ON e.t >= s.a AND e.t < s.b WHERE e.g IS NOT NULL GROUP BY 1, 2),
     m AS (
       SELECT coalesce(l.i, v.i) AS i, coalesce(l.g, v.g) AS g,
         coalesce(l.leads_received, 0) AS leads_received, coalesce(l.mqls, 0) AS mqls,
         coalesce(l.mqls_accepted, 0) AS mqls_accepted, coalesce(l.sqls, 0) AS sqls,
         coalesce(l.sqls_converted, 0) AS sqls_converted, coalesce(l.opportunities, 0) AS opportunities,
         coalesce(v.leads_rejected, 0) AS leads_rejected, coalesce(v.deals_registered, 0) AS deals_registered,
         coalesce(v.deals_approved, 0) AS deals_approved, coalesce(v.deals_rejected, 0) AS deals_rejected,
         coalesce(v.deals_won, 0) AS deals_won, coalesce(v.deals_lost, 0) AS deals_lost,
         coalesce(v.deals_expired, 0) AS deals_expired, coalesce(v.revenue_won, 0) AS revenue_won,
         coalesce(v.revenue_marketing, 0) AS revenue_marketing, v.cycle_days,
         coalesce(v.offers_due, 0) AS offers_due, coalesce(v.accepted_in_time, 0) AS accepted_in_time,
         v.hours_to_accept
       FROM lead_m l FULL JOIN ev_m v ON v.i = l.i AND v.g = l.g)
     SELECT i::int AS i, g::text AS g, mqls_accepted::int AS "mqlsAccepted", sqls_converted::int AS "sqlsConverted",
       leads_received::text AS "${Metric.LEADS_RECEIVED}",
       mqls::text AS "${Metric.MQLS}",
       sqls::text AS "${Metric.SQLS}",
       opportunities::text AS "${Metric.OPPORTUNITIES}",
       leads_rejected::text AS "${Metric.LEADS_REJECTED}",
       round(mqls_accepted::numeric / nullif(mqls, 0), 4)::text AS "${Metric.MQL_TO_SQL_RATE}",
       round(sqls_converted::numeric / nullif(sqls, 0), 4)::text AS "${Metric.LEAD_TO_OPPORTUNITY_RATE}",
       deals_registered::text AS "${Metric.DEALS_REGISTERED}",
       deals_approved::text AS "${Metric.DEALS_APPROVED}",
       deals_rejected::text AS "${Metric.DEALS_REJECTED}",
       deals_won::text AS "${Metric.DEALS_WON}",
       deals_lost::text AS "${Metric.DEALS_LOST}",
       deals_expired::text AS "${Metric.DEALS_EXPIRED}",
       round(deals_won::numeric / nullif(deals_won + deals_lost, 0), 4)::text AS "${Metric.WIN_RATE}",
       round(deals_won::numeric / nullif(deals_lost, 0), 2)::text AS "${Metric.WIN_LOSS_RATIO}",
       round(revenue_won, 2)::text AS "${Metric.REVENUE_WON}",
       round(revenue_marketing, 2)::text AS "${Metric.REVENUE_WON_MARKETING_SOURCED}",
       round(revenue_won / nullif(deals_won, 0), 2)::text AS "${Metric.AVERAGE_DEAL_SIZE}",
       round(cycle_days::numeric, 1)::text AS "${Metric.AVERAGE_SALES_CYCLE_DAYS}",
       round(accepted_in_time::numeric / nullif(offers_due, 0), 4)::text AS "${Metric.SLA_COMPLIANCE}",
       round(hours_to_accept::numeric, 2)::text AS "${Metric.AVERAGE_HOURS_TO_ACCEPT}",
       round(deals_approved::numeric / nullif(deals_approved + deals_rejected, 0), 4)::text
         AS "${Metric.REGISTRATION_QUALITY}"
     FROM m`,
    [
      partnerIds,
      spans.map((s) => s.start),
      spans.map((s) => s.end),
      now,
      onlyUserId,
      MARKETING_SOURCES,
      new Date(Math.min(...spans.map((x) => x.start.getTime()))),
      new Date(Math.max(...spans.map((x) => x.end.getTime()))),
    ],
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
