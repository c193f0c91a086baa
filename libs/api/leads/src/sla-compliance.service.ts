import { Injectable } from '@nestjs/common';
import { Role } from '@tandem/shared-domain';
import { assertPartnerInScope, Clock, RequestContext, ValidationError } from '@tandem/api-core';

export interface SlaComplianceFigures {
  userId: string | null;
  label: string;
  offersDue: number;
  answeredInTime: number;
  acceptedInTime: number;
  contactsDue: number;
  contactedInTime: number;
  acceptCompliance: number | null;
  contactCompliance: number | null;
  averageHoursToAccept: number | null;
}

/**
 * SLA compliance per partner and per rep over the offers whose accept deadline falls in a period:
 * accepted in time / offers due (documented in docs/metrics.md for the analytics issue).
 */
@Injectable()
export class SlaComplianceService {
  constructor(private readonly clock: Clock) {}

  async compliance(
    ctx: RequestContext,
    partnerId: string | null,
    from: Date,
    to: Date,
  ): Promise<SlaComplianceFigures[]> {
    const pid = ctx.partnerId ?? partnerId;
    if (!pid) throw ValidationError.field('partnerId', 'Choose a partner.');
    await assertPartnerInScope(ctx, pid);
    if (!(from < to)) throw ValidationError.field('to', 'The period must end after it starts.');
    if (to.getTime() - from.getTime() > 366 * 86_400_000)
      throw ValidationError.field('to', 'Choose a period of at most a year.');
    const onlyRep = ctx.role === Role.PARTNER_SALES_REP ? ctx.user.userId : null;
    const rows: Record<string, unknown>[] = await ctx.em.query(
      `SELECT o.user_id AS "userId", GROUPING(o.user_id) AS total,
         count(*) FILTER (WHERE o.status IN ('ACCEPTED', 'REJECTED', 'EXPIRED')
                             OR (o.status = 'PENDING' AND o.accept_due_at <= $4))::int AS "offersDue",
         count(*) FILTER (WHERE o.status IN ('ACCEPTED', 'REJECTED')
                             AND o.decided_at <= o.accept_due_at)::int AS "answeredInTime",
         count(*) FILTER (WHERE o.status = 'ACCEPTED' AND o.decided_at <= o.accept_due_at)::int AS "acceptedInTime",
         count(*) FILTER (WHERE o.status = 'ACCEPTED'
                             AND (o.contact_due_at <= $4 OR o.contacted_at IS NOT NULL))::int AS "contactsDue",
         count(*) FILTER (WHERE o.status = 'ACCEPTED' AND o.contacted_at <= o.contact_due_at)::int AS "contactedInTime",
         avg(extract(epoch FROM o.decided_at - o.offered_at) / 3600)
           FILTER (WHERE o.status = 'ACCEPTED') AS "averageHoursToAccept"
       FROM lead_offer o
       WHERE o.partner_id = $1 AND o.accept_due_at >= $2 AND o.accept_due_at < $3
         AND o.status <> 'WITHDRAWN' AND ($5::uuid IS NULL OR o.user_id = $5)
       GROUP BY GROUPING SETS ((), (o.user_id))`,
      [pid, from, to, this.clock.now(), onlyRep],
    );
    const userIds = rows.map((r) => r['userId']).filter(Boolean) as string[];
    const names = new Map<string, string>(
      userIds.length
        ? (
            (await ctx.em.query(`SELECT id, name FROM app_user WHERE id = ANY($1)`, [userIds])) as {
              id: string;
              name: string;
            }[]
          ).map((u) => [u.id, u.name])
        : [],
    );
    const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null);
    return rows
      .filter((r) => onlyRep === null || Number(r['total']) === 0)
      .map((r) => {
        const isTotal = Number(r['total']) === 1;
        const userId = isTotal ? null : ((r['userId'] as string | null) ?? null);
        const f = {
          offersDue: Number(r['offersDue']),
          answeredInTime: Number(r['answeredInTime']),
          acceptedInTime: Number(r['acceptedInTime']),
          contactsDue: Number(r['contactsDue']),
          contactedInTime: Number(r['contactedInTime']),
        };
        const avg = r['averageHoursToAccept'];
        return {
          userId,
          label: isTotal
            ? 'Whole partner'
            : userId
              ? (names.get(userId) ?? 'Former rep')
              : 'No rep (partner admins)',
          ...f,
          acceptCompliance: ratio(f.acceptedInTime, f.offersDue),
          contactCompliance: ratio(f.contactedInTime, f.contactsDue),
          averageHoursToAccept: avg === null ? null : Math.round(Number(avg) * 100) / 100,
        };
      })
      .sort((a, b) =>
        a.userId === null ? -1 : b.userId === null ? 1 : a.label.localeCompare(b.label),
      );
  }
}
