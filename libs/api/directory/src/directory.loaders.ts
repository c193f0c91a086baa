import { In } from 'typeorm';
import {
  RequestContext,
  countLoader,
  countsById,
  idLoader,
  scopeToPartners,
} from '@tandem/api-core';
import { Partner } from './partners/partner.entity';
import { Tier } from './program/tier.entity';
import { PartnerType } from './program/partner-type.entity';
import { User } from './users/user.entity';

/** Per-request loaders for every relation the directory exposes; one query per relation per request. */
export const directoryLoaders = {
  tier: (ctx: RequestContext) =>
    idLoader(ctx, 'tier', (ids) => ctx.em.find(Tier, { where: { id: In(ids) } })),

  partnerType: (ctx: RequestContext) =>
    idLoader(ctx, 'partnerType', (ids) => ctx.em.find(PartnerType, { where: { id: In(ids) } })),

  /** Users by id; partner callers only ever get vendor staff and their own partner's users. */
  user: (ctx: RequestContext) =>
    idLoader(ctx, 'user', (ids) => {
      const qb = ctx.em.createQueryBuilder(User, 'u').where('u.id IN (:...ids)', { ids });
      if (ctx.partnerId)
        qb.andWhere('(u.partner_id IS NULL OR u.partner_id = :own)', { own: ctx.partnerId });
      return qb.getMany();
    }),

  partner: (ctx: RequestContext) =>
    idLoader(ctx, 'partner', (ids) => {
      const qb = ctx.em.createQueryBuilder(Partner, 'p').where('p.id IN (:...ids)', { ids });
      scopeToPartners(ctx, qb, 'p.id');
      return qb.getMany();
    }),

  activeUserCount: (ctx: RequestContext) =>
    countLoader(ctx, 'activeUserCount', async (ids) =>
      countsById(
        await ctx.em.query(
          `SELECT partner_id AS id, count(*) AS n FROM app_user WHERE partner_id = ANY($1) AND status <> 'DISABLED' GROUP BY partner_id`,
          [ids],
        ),
      ),
    ),
};
