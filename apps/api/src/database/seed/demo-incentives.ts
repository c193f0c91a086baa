import { EntityManager } from 'typeorm';
import { PeriodKind } from '@tandem/shared-domain';
import { periodContaining, periodsUpTo, readCalendar } from '@tandem/api-analytics';
import { INCENTIVE_CLOSE_JOB } from '@tandem/api-incentives';

const MEASURES = [
  { metric: 'REVENUE_WON', weight: 2 },
  { metric: 'SLA_COMPLIANCE', weight: 1 },
];

/**
 * Demo incentives: the running quarter's "smarketing bonus" for Platinum and Silver partners (both
 * have goals on revenue won; Platinum also on SLA compliance), and last quarter's, whose close job
 * is already due so the app freezes its payouts for review right after it starts.
 */
export async function seedDemoIncentives(em: EntityManager, now: Date): Promise<void> {
  const cal = await readCalendar(em);
  const [previous, current] = periodsUpTo(periodContaining(now, PeriodKind.QUARTER, cal), 1, cal);
  for (const period of [previous, current]) {
    const [{ id }] = await em.query(
      `INSERT INTO incentive_plan (name, period_code, status, eligibility, tier_ids, measures,
         revenue_metric, pool_kind, pool_percent, threshold_percent, cap_percent,
         marketing_share_percent, updated_by_label)
       SELECT 'Smarketing bonus', $1, 'ACTIVE', 'TIERS', array_agg(id), $2::jsonb, 'REVENUE_WON',
              'PERCENT_OF_REVENUE', 4, 80, 150, 40, 'Demo seed'
       FROM tier WHERE name IN ('Platinum', 'Silver')
       RETURNING id`,
      [period.code, JSON.stringify(MEASURES)],
    );
    await em.query(
      `INSERT INTO job (kind, payload, run_at, dedupe_key) VALUES ($1, $2::jsonb, $3, $4)`,
      [
        INCENTIVE_CLOSE_JOB,
        JSON.stringify({ planId: id }),
        period.end,
        `${INCENTIVE_CLOSE_JOB}:${id}`,
      ],
    );
  }
}
