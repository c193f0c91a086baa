import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { RequestContext, scopeToPartners } from '@tandem/api-core';
import { Partner } from './partners/partner.entity';
import { Tier } from './program/tier.entity';
import { PartnerType } from './program/partner-type.entity';
import { User } from './users/user.entity';

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Per-request loaders for every relation the directory exposes; one query per relation per request. */
export const directoryLoaders = {
  tier: (ctx: RequestContext) =>
    ctx.loader(
      'tier',
      () =>
        new DataLoader<string, Tier | null>(async (ids) =>
          byId(await ctx.em.find(Tier, { where: { id: In([...ids]) } }), ids),
        ),
    ),

  partnerType: (ctx: RequestContext) =>
    ctx.loader(
      'partnerType',
      () =>
        new DataLoader<string, PartnerType | null>(async (ids) =>
          byId(await ctx.em.find(PartnerType, { where: { id: In([...ids]) } }), ids),
        ),
    ),

  /** Users by id; partner callers only ever get vendor staff and their own partner's users. */
  user: (ctx: RequestContext) =>
    ctx.loader(
      'user',
      () =>
        new DataLoader<string, User | null>(async (ids) => {
          const qb = ctx.em
            .createQueryBuilder(User, 'u')
            .where('u.id IN (:...ids)', { ids: [...ids] });
          if (ctx.partnerId)
            qb.andWhere('(u.partner_id IS NULL OR u.partner_id = :own)', { own: ctx.partnerId });
          return byId(await qb.getMany(), ids);
        }),
    ),

  partner: (ctx: RequestContext) =>
    ctx.loader(
      'partner',
      () =>
        new DataLoader<string, Partner | null>(async (ids) => {
          const qb = ctx.em
            .createQueryBuilder(Partner, 'p')
            .where('p.id IN (:...ids)', { ids: [...ids] });
          scopeToPartners(ctx, qb, 'p.id');
          return byId(await qb.getMany(), ids);
        }),
    ),

  activeUserCount: (ctx: RequestContext) =>
    ctx.loader(
      'activeUserCount',
      () =>
        new DataLoader<string, number>(async (ids) => {
          const rows: { partner_id: string; n: string }[] = await ctx.em.query(
            `SELECT partner_id, count(*) AS n FROM app_user WHERE partner_id = ANY($1) AND status <> 'DISABLED' GROUP BY partner_id`,
            [[...ids]],
          );
          const map = new Map(rows.map((r) => [r.partner_id, Number(r.n)]));
          return ids.map((id) => map.get(id) ?? 0);
        }),
    ),
};
