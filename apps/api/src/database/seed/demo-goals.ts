import { EntityManager } from 'typeorm';
import { GoalSide, Metric, PeriodKind } from '@tandem/shared-domain';
import { periodContaining, periodsUpTo, readCalendar } from '@tandem/api-analytics';

interface Item {
  metric: Metric;
  target: string;
  side: GoalSide;
}

const { MARKETING, SALES, JOINT } = GoalSide;

/** Quarterly goal templates per tier; the demo applies Platinum and Silver, Gold is left to try. */
const TEMPLATES: { name: string; tier: string; items: Item[]; apply: boolean }[] = [
  {
    name: 'Platinum quarterly',
    tier: 'Platinum',
    apply: true,
    items: [
      { metric: Metric.LEADS_RECEIVED, target: '30', side: MARKETING },
      { metric: Metric.SQLS, target: '18', side: SALES },
      { metric: Metric.DEALS_WON, target: '6', side: SALES },
      { metric: Metric.REVENUE_WON, target: '200000', side: JOINT },
      { metric: Metric.REVENUE_WON_MARKETING_SOURCED, target: '60000', side: JOINT },
      { metric: Metric.SLA_COMPLIANCE, target: '0.85', side: SALES },
    ],
  },
  {
    name: 'Gold quarterly',
    tier: 'Gold',
    apply: false,
    items: [
      { metric: Metric.LEADS_RECEIVED, target: '20', side: MARKETING },
      { metric: Metric.SQLS, target: '12', side: SALES },
      { metric: Metric.DEALS_WON, target: '4', side: SALES },
      { metric: Metric.REVENUE_WON, target: '120000', side: JOINT },
      { metric: Metric.SLA_COMPLIANCE, target: '0.8', side: SALES },
    ],
  },
  {
    name: 'Silver quarterly',
    tier: 'Silver',
    apply: true,
    items: [
      { metric: Metric.LEADS_RECEIVED, target: '12', side: MARKETING },
      { metric: Metric.DEALS_WON, target: '2', side: SALES },
      { metric: Metric.REVENUE_WON, target: '60000', side: JOINT },
    ],
  },
];

/**
 * Demo goals: tier templates, applied to the running and the previous quarter for Platinum and
 * Silver partners, and an objective with key results for Northwind Systems this quarter.
 */
export async function seedDemoGoals(em: EntityManager, now: Date): Promise<void> {
  const cal = await readCalendar(em);
  const quarters = periodsUpTo(periodContaining(now, PeriodKind.QUARTER, cal), 1, cal);
  for (const t of TEMPLATES) {
    const [{ id }] = await em.query(
      `INSERT INTO goal_template (name, tier_id, period_kind, items)
       SELECT $1, id, $3, $4::jsonb FROM tier WHERE name = $2 RETURNING id`,
      [t.name, t.tier, PeriodKind.QUARTER, JSON.stringify(t.items)],
    );
    if (!t.apply) continue;
    for (const q of quarters) {
      await em.query(
        `INSERT INTO goal (partner_id, period_code, metric, target, side, template_id, updated_by_label)
         SELECT p.id, $2, i.metric, i.target, i.side, $3, 'Demo seed'
         FROM partner p JOIN tier t ON t.id = p.tier_id
         CROSS JOIN jsonb_to_recordset($4::jsonb) AS i(metric text, target numeric, side text)
         WHERE t.name = $1`,
        [t.tier, q.code, id, JSON.stringify(t.items)],
      );
    }
  }
  const current = quarters[quarters.length - 1];
  const [objective] = await em.query(
    `INSERT INTO objective (partner_id, period_code, title, side, updated_by_label)
     SELECT id, $1, 'Marketing pipeline = sales quota', 'JOINT', 'Demo seed'
     FROM partner WHERE name = 'Northwind Systems' RETURNING id, partner_id`,
    [current.code],
  );
  const keyResults: Item[] = [
    { metric: Metric.REVENUE_WON_MARKETING_SOURCED, target: '60000', side: JOINT },
    { metric: Metric.MQL_TO_SQL_RATE, target: '0.6', side: JOINT },
    { metric: Metric.LEAD_TO_OPPORTUNITY_RATE, target: '0.3', side: SALES },
  ];
  for (const k of keyResults) {
    await em.query(
      `INSERT INTO goal (partner_id, period_code, metric, target, side, objective_id, updated_by_label)
       VALUES ($1, $2, $3, $4, $5, $6, 'Demo seed')
       ON CONFLICT (partner_id, period_code, metric) DO UPDATE
         SET objective_id = EXCLUDED.objective_id, target = EXCLUDED.target, adjusted = true`,
      [objective.partner_id, current.code, k.metric, k.target, k.side, objective.id],
    );
  }
}

/**
 * Ties registrations to the partner's leads that reached opportunity, in order, so the closed
 * loop has revenue to follow back to sources, campaigns and personas.
 */
export async function linkDemoDealsToLeads(em: EntityManager): Promise<void> {
  await em.query(
    `WITH d AS (
       SELECT id, partner_id, row_number() OVER (PARTITION BY partner_id ORDER BY created_at, id) AS rn
       FROM deal_registration WHERE lead_id IS NULL AND status IN ('WON', 'LOST', 'APPROVED')),
     l AS (
       SELECT id, partner_id, row_number() OVER (PARTITION BY partner_id ORDER BY stage_changed_at, id) AS rn
       FROM lead WHERE partner_id IS NOT NULL AND stage IN ('OPPORTUNITY', 'WON', 'LOST'))
     UPDATE deal_registration r SET lead_id = l.id
     FROM d JOIN l ON l.partner_id = d.partner_id AND l.rn = d.rn
     WHERE r.id = d.id`,
  );
}

/**
 * Wins two of Northwind's approved registrations this quarter (never the Acme one the conflict demo
 * needs), preferring ones made from marketing leads, so the partner home and its bonus show money.
 */
export async function winDemoDeals(em: EntityManager, now: Date): Promise<void> {
  const cal = await readCalendar(em);
  const quarter = periodContaining(now, PeriodKind.QUARTER, cal);
  const deals: { id: string; partnerId: string }[] = await em.query(
    `SELECT d.id, d.partner_id AS "partnerId" FROM deal_registration d
     JOIN partner p ON p.id = d.partner_id LEFT JOIN lead l ON l.id = d.lead_id
     WHERE p.name = 'Northwind Systems' AND d.status = 'APPROVED' AND d.company_name NOT ILIKE 'acme%'
     ORDER BY (l.source IN ('VENDOR_MARKETING', 'PARTNER_MARKETING')) DESC NULLS LAST, d.approved_at, d.id
     LIMIT 2`,
  );
  for (const [i, deal] of deals.entries()) {
    const at = new Date(
      Math.max(now.getTime() - (3 + 7 * i) * 86_400_000, quarter.start.getTime() + 3_600_000),
    );
    await em.query(
      `UPDATE deal_registration SET status = 'WON', final_amount = amount, closed_at = $2::timestamptz,
         closed_on = $2::timestamptz::date, status_comment = 'Signed after the pilot.' WHERE id = $1`,
      [deal.id, at],
    );
    await em.query(
      `INSERT INTO deal_event (deal_id, partner_id, from_status, to_status, "at", actor_label, comment)
       VALUES ($1, $2, 'APPROVED', 'WON', $3, 'Demo seed', 'Signed after the pilot.')`,
      [deal.id, deal.partnerId, at],
    );
  }
}
