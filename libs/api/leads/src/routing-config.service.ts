import { Injectable } from '@nestjs/common';
import {
  AuditService,
  ConflictError,
  FieldError,
  NotFoundError,
  RequestContext,
  ValidationError,
} from '@tandem/api-core';
import { normalizeCountry, Tier } from '@tandem/api-directory';
import { In } from 'typeorm';
import { RoutingRule, SlaPolicy } from './lead.entities';
import { RoutingRuleInput, SlaPolicyInput } from './lead.inputs';

/** Vendor admins' routing rules and SLA policies. */
@Injectable()
export class RoutingConfigService {
  constructor(private readonly audit: AuditService) {}

  rules(ctx: RequestContext): Promise<RoutingRule[]> {
    return ctx.em.find(RoutingRule, { order: { position: 'ASC' } });
  }

  policies(ctx: RequestContext): Promise<SlaPolicy[]> {
    return ctx.em
      .createQueryBuilder(SlaPolicy, 's')
      .leftJoin(Tier, 't', 't.id = s.tier_id')
      .orderBy('t.rank', 'DESC', 'NULLS LAST')
      .addOrderBy('s.priority', 'ASC', 'NULLS LAST')
      .addOrderBy('s.name', 'ASC')
      .getMany();
  }

  private async checkTiers(
    ctx: RequestContext,
    ids: string[],
    errors: FieldError[],
    field: string,
  ) {
    if (!ids.length) return;
    const n = await ctx.em.count(Tier, { where: { id: In(ids) } });
    if (n !== new Set(ids).size) errors.push({ field, message: 'Choose tiers from the list.' });
  }

  async saveRule(ctx: RequestContext, input: RoutingRuleInput): Promise<RoutingRule> {
    const errors: FieldError[] = [];
    const leadCountries = [...new Set(input.leadCountries.map((c) => normalizeCountry(c, errors)))];
    for (const e of errors) e.field = 'leadCountries';
    await this.checkTiers(ctx, input.partnerTierIds, errors, 'partnerTierIds');
    if (errors.length) throw new ValidationError(errors);
    const values = {
      name: input.name.trim(),
      active: input.active,
      leadCountries,
      leadPersonaIds: [...new Set(input.leadPersonaIds)],
      leadPriority: input.leadPriority ?? null,
      sameCountry: input.sameCountry,
      partnerRegions: [...new Set(input.partnerRegions)],
      partnerTierIds: [...new Set(input.partnerTierIds)],
      requireSpecialisation: input.requireSpecialisation,
      maxOpenOffers: input.maxOpenOffers ?? null,
      weightTier: input.weightTier,
      weightConversion: input.weightConversion,
      weightSla: input.weightSla,
      weightCapacity: input.weightCapacity,
    };
    let rule: RoutingRule;
    let before: RoutingRule | null = null;
    if (input.id) {
      const found = await ctx.em.findOne(RoutingRule, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw new NotFoundError('Routing rule');
      if (input.version !== undefined && input.version !== found.version)
        throw new ConflictError('Someone else changed this rule; reload to see their changes.');
      before = { ...found };
      rule = await ctx.em.save(Object.assign(found, values));
    } else {
      await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext('tandem:routing-rule'))`);
      const [{ next }] = await ctx.em.query(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM routing_rule`,
      );
      rule = await ctx.em.save(ctx.em.create(RoutingRule, { ...values, position: Number(next) }));
    }
    await this.audit.record(ctx, {
      action: input.id ? 'routing-rule.updated' : 'routing-rule.created',
      entityType: 'RoutingRule',
      entityId: rule.id,
      before,
      after: rule,
    });
    return rule;
  }

  /** Sets the order of all rules at once (ids in their new order). */
  async reorderRules(ctx: RequestContext, ids: string[]): Promise<RoutingRule[]> {
    const rules = await ctx.em.find(RoutingRule, { lock: { mode: 'pessimistic_write' } });
    if (ids.length !== rules.length || !rules.every((r) => ids.includes(r.id)))
      throw ValidationError.field('ids', 'List every routing rule exactly once.');
    // Two steps so the new positions never collide with old ones mid-update.
    for (const [i, id] of ids.entries())
      await ctx.em.update(RoutingRule, { id }, { position: 10_000 + i });
    for (const [i, id] of ids.entries())
      await ctx.em.update(RoutingRule, { id }, { position: i + 1 });
    await this.audit.record(ctx, {
      action: 'routing-rule.reordered',
      entityType: 'RoutingRule',
      entityId: 'all',
      after: { ids },
    });
    return this.rules(ctx);
  }

  async deleteRule(ctx: RequestContext, id: string): Promise<boolean> {
    const rule = await ctx.em.findOne(RoutingRule, { where: { id } });
    if (!rule) throw new NotFoundError('Routing rule');
    await ctx.em.delete(RoutingRule, { id });
    await this.audit.record(ctx, {
      action: 'routing-rule.deleted',
      entityType: 'RoutingRule',
      entityId: id,
      before: rule,
    });
    return true;
  }

  async savePolicy(ctx: RequestContext, input: SlaPolicyInput): Promise<SlaPolicy> {
    const errors: FieldError[] = [];
    if (input.tierId) await this.checkTiers(ctx, [input.tierId], errors, 'tierId');
    if (input.contactHours < input.acceptHours)
      errors.push({
        field: 'contactHours',
        message: 'First contact cannot be due before the accept deadline.',
      });
    if (errors.length) throw new ValidationError(errors);
    const values = {
      name: input.name.trim(),
      tierId: input.tierId ?? null,
      priority: input.priority ?? null,
      acceptHours: input.acceptHours,
      contactHours: input.contactHours,
      reminderPercent: input.reminderPercent,
    };
    const clash = await ctx.em
      .createQueryBuilder(SlaPolicy, 's')
      .where(values.tierId ? 's.tier_id = :tier' : 's.tier_id IS NULL', { tier: values.tierId })
      .andWhere(values.priority ? 's.priority = :prio' : 's.priority IS NULL', {
        prio: values.priority,
      })
      .getOne();
    if (clash && clash.id !== input.id)
      throw new ConflictError(
        `“${clash.name}” already covers this tier and priority; edit it instead.`,
        [{ field: 'tierId', message: 'Another policy covers this tier and priority.' }],
      );
    let policy: SlaPolicy;
    let before: SlaPolicy | null = null;
    if (input.id) {
      const found = await ctx.em.findOne(SlaPolicy, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw new NotFoundError('SLA policy');
      if (input.version !== undefined && input.version !== found.version)
        throw new ConflictError('Someone else changed this policy; reload to see their changes.');
      before = { ...found };
      policy = await ctx.em.save(Object.assign(found, values));
    } else {
      try {
        policy = await ctx.em.save(ctx.em.create(SlaPolicy, values));
      } catch (err) {
        if ((err as { code?: string }).code === '23505')
          throw new ConflictError('Another policy already covers this tier and priority.');
        throw err;
      }
    }
    await this.audit.record(ctx, {
      action: input.id ? 'sla-policy.updated' : 'sla-policy.created',
      entityType: 'SlaPolicy',
      entityId: policy.id,
      before,
      after: policy,
    });
    return policy;
  }

  async deletePolicy(ctx: RequestContext, id: string): Promise<boolean> {
    const policy = await ctx.em.findOne(SlaPolicy, { where: { id } });
    if (!policy) throw new NotFoundError('SLA policy');
    await ctx.em.delete(SlaPolicy, { id });
    await this.audit.record(ctx, {
      action: 'sla-policy.deleted',
      entityType: 'SlaPolicy',
      entityId: id,
      before: policy,
    });
    return true;
  }
}
