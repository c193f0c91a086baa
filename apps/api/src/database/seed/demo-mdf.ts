import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { PeriodKind } from '@tandem/shared-domain';
import { periodContaining, periodsUpTo, readCalendar } from '@tandem/api-analytics';
import { ContentStorage } from '@tandem/api-content';

const ALLOCATION_BY_TIER: Record<string, string> = {
  Platinum: '20000',
  Gold: '12000',
  Silver: '6000',
};

/**
 * Demo market development funds: last quarter's budget with a paid claim (proof attached) and this
 * quarter's with an approved webinar for Northwind, a request waiting for Maya (Bluepeak) and one
 * returned for changes (Mapleleaf).
 */
export async function seedDemoMdf(
  em: EntityManager,
  storage: ContentStorage,
  now: Date,
): Promise<void> {
  const cal = await readCalendar(em);
  const [previous, current] = periodsUpTo(periodContaining(now, PeriodKind.QUARTER, cal), 1, cal);
  const budgets: Record<string, string> = {};
  for (const period of [previous, current]) {
    const [{ id }] = await em.query(
      `INSERT INTO mdf_budget (name, period_code, total, updated_by_label)
       VALUES ('Market development funds', $1, 250000, 'Demo seed') RETURNING id`,
      [period.code],
    );
    budgets[period.code] = id;
    for (const [tier, amount] of Object.entries(ALLOCATION_BY_TIER)) {
      await em.query(
        `INSERT INTO mdf_allocation (budget_id, partner_id, amount)
         SELECT $1, p.id, $3 FROM partner p JOIN tier t ON t.id = p.tier_id
         WHERE t.name = $2 AND p.status <> 'SUSPENDED'`,
        [id, tier, amount],
      );
    }
  }
  const day = (d: Date, offset: number) =>
    new Date(d.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const request = async (
    partner: string,
    periodCode: string,
    values: {
      title: string;
      type: string;
      starts: string;
      ends: string;
      planned: string;
      requested: string;
      status: string;
      approved?: string;
      reason?: string;
      campaign?: string;
    },
  ): Promise<string> => {
    const [{ id }] = await em.query(
      `INSERT INTO mdf_request (allocation_id, budget_id, partner_id, activity_type, title, description,
         starts_on, ends_on, planned_cost, requested_amount, expected_leads, campaign_id, status,
         approved_amount, decision_reason, decided_by_label, decided_at, requested_by_label)
       SELECT a.id, a.budget_id, p.id, $3, $4, 'Planned with our channel manager.', $5, $6, $7, $8, 25,
              (SELECT id FROM campaign WHERE name = $12), $9, $10, $11,
              CASE WHEN $9 = 'SUBMITTED' THEN NULL ELSE 'Maya Lindqvist' END,
              CASE WHEN $9 = 'SUBMITTED' THEN NULL ELSE now() END, 'Demo seed'
       FROM partner p JOIN mdf_allocation a ON a.partner_id = p.id AND a.budget_id = $2
       WHERE p.name = $1 RETURNING id`,
      [
        partner,
        budgets[periodCode],
        values.type,
        values.title,
        values.starts,
        values.ends,
        values.planned,
        values.requested,
        values.status,
        values.approved ?? null,
        values.reason ?? '',
        values.campaign ?? null,
      ],
    );
    return id;
  };
  // Last quarter: Northwind's roadshow, claimed with an invoice and paid.
  const roadshow = await request('Northwind Systems', previous.code, {
    title: 'Security roadshow (3 cities)',
    type: 'EVENT',
    starts: day(previous.start, 20),
    ends: day(previous.start, 35),
    planned: '18000',
    requested: '9000',
    status: 'CLOSED',
    approved: '9000',
  });
  const [{ id: claimId }] = await em.query(
    `INSERT INTO mdf_claim (request_id, partner_id, actual_cost, amount, status, decided_by_label,
       decided_at, paid_at, submitted_by_label)
     SELECT id, partner_id, 17400, 8700, 'PAID', 'Maya Lindqvist', now(), now(), 'Demo seed'
     FROM mdf_request WHERE id = $1 RETURNING id`,
    [roadshow],
  );
  const fileId = randomUUID();
  const invoice = Buffer.from(
    '%PDF-1.4\n% Demo invoice: security roadshow, 3 cities, venue and catering 17,400.00\n',
  );
  await storage.write(fileId, invoice);
  await em.query(
    `INSERT INTO mdf_claim_file (id, claim_id, partner_id, storage_key, file_name, content_type, size_bytes)
     SELECT $1::uuid, id, partner_id, $1::text, 'roadshow-invoice.pdf', 'application/pdf', $3 FROM mdf_claim WHERE id = $2`,
    [fileId, claimId, invoice.length],
  );
  // This quarter.
  await request('Northwind Systems', current.code, {
    title: 'Audit-season webinar for IT directors',
    type: 'WEBINAR',
    starts: day(current.start, 30),
    ends: day(current.start, 60),
    planned: '8000',
    requested: '6000',
    status: 'APPROVED',
    approved: '5000',
    campaign: 'Audit season: reach IT directors',
  });
  await request('Bluepeak Solutions', current.code, {
    title: 'CFO breakfast briefing',
    type: 'EVENT',
    starts: day(current.start, 70),
    ends: day(current.start, 70),
    planned: '5000',
    requested: '4000',
    status: 'SUBMITTED',
  });
  await request('Mapleleaf IT', current.code, {
    title: 'LinkedIn ads for the compliance persona',
    type: 'DIGITAL_ADVERTISING',
    starts: day(current.start, 40),
    ends: day(current.start, 80),
    planned: '6000',
    requested: '6000',
    status: 'RETURNED',
    reason: 'Split the spend by month and add the expected click-through rate.',
  });
}
