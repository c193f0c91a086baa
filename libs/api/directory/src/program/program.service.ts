import { Injectable } from '@nestjs/common';
import { Not } from 'typeorm';
import { AuditService, ConflictError, NotFoundError, RequestContext } from '@tandem/api-core';
import { Tier } from './tier.entity';
import { PartnerType } from './partner-type.entity';
import { PartnerTypeInput, TierInput } from './program.inputs';

/** Program settings: the tier ladder and the list of partner types. */
@Injectable()
export class ProgramService {
  constructor(private readonly audit: AuditService) {}

  tiers(ctx: RequestContext): Promise<Tier[]> {
    return ctx.em.find(Tier, { order: { rank: 'ASC' } });
  }

  partnerTypes(ctx: RequestContext): Promise<PartnerType[]> {
    return ctx.em.find(PartnerType, { order: { name: 'ASC' } });
  }

  async saveTier(ctx: RequestContext, input: TierInput): Promise<Tier> {
    const name = input.name.trim();
    const others = input.id ? { id: Not(input.id) } : {};
    if (await ctx.em.exists(Tier, { where: { name, ...others } })) {
      throw new ConflictError(`A tier named “${name}” already exists.`, [
        { field: 'name', message: 'Name taken.' },
      ]);
    }
    if (await ctx.em.exists(Tier, { where: { rank: input.rank, ...others } })) {
      throw new ConflictError(`Another tier already has rank ${input.rank}.`, [
        { field: 'rank', message: 'Each tier needs its own rank.' },
      ]);
    }
    const before = input.id ? await ctx.em.findOne(Tier, { where: { id: input.id } }) : null;
    if (input.id && !before) throw new NotFoundError('Tier');
    const tier = await ctx.em.save(
      ctx.em.create(Tier, {
        ...(before ?? {}),
        name,
        rank: input.rank,
        description: input.description?.trim() ?? before?.description ?? '',
      }),
    );
    await this.audit.record(ctx, {
      action: before ? 'tier.updated' : 'tier.created',
      entityType: 'Tier',
      entityId: tier.id,
      before,
      after: tier,
    });
    return tier;
  }

  async savePartnerType(ctx: RequestContext, input: PartnerTypeInput): Promise<PartnerType> {
    const name = input.name.trim();
    const others = input.id ? { id: Not(input.id) } : {};
    if (await ctx.em.exists(PartnerType, { where: { name, ...others } })) {
      throw new ConflictError(`A partner type named “${name}” already exists.`, [
        { field: 'name', message: 'Name taken.' },
      ]);
    }
    const before = input.id ? await ctx.em.findOne(PartnerType, { where: { id: input.id } }) : null;
    if (input.id && !before) throw new NotFoundError('Partner type');
    const type = await ctx.em.save(
      ctx.em.create(PartnerType, {
        ...(before ?? {}),
        name,
        description: input.description?.trim() ?? before?.description ?? '',
        active: input.active ?? before?.active ?? true,
      }),
    );
    await this.audit.record(ctx, {
      action: before ? 'partner-type.updated' : 'partner-type.created',
      entityType: 'PartnerType',
      entityId: type.id,
      before,
      after: type,
    });
    return type;
  }
}
