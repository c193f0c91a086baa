import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  DefinitionStatus,
  FitRuleKind,
  LEAD_STAGES,
  NotificationKind,
  PartnerSide,
  ReasonKind,
  Role,
} from '@tandem/shared-domain';
import {
  AuditService,
  Clock,
  ConflictError,
  FieldError,
  NotFoundError,
  Page,
  PaginatedResult,
  RequestContext,
  ValidationError,
  paginated,
  scopeToPartners,
} from '@tandem/api-core';
import { NotificationsService } from '@tandem/api-notifications';
import { DefinitionAck, FunnelDefinition, ReasonCode } from './definition.entities';
import { FunnelDefinitionInput, ReasonCodeInput } from './definition.types';

export interface PartnerAgreement {
  partnerId: string;
  partnerName: string;
  marketingVersion: number | null;
  salesVersion: number | null;
}

@Injectable()
export class DefinitionsService {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  current(ctx: RequestContext): Promise<FunnelDefinition | null> {
    return ctx.em.findOne(FunnelDefinition, {
      where: { status: DefinitionStatus.PUBLISHED },
      order: { number: 'DESC' },
    });
  }

  draft(ctx: RequestContext): Promise<FunnelDefinition | null> {
    return ctx.em.findOne(FunnelDefinition, { where: { status: DefinitionStatus.DRAFT } });
  }

  async versions(ctx: RequestContext, page: Page): Promise<PaginatedResult<FunnelDefinition>> {
    const [items, total] = await ctx.em.findAndCount(FunnelDefinition, {
      where: { status: DefinitionStatus.PUBLISHED },
      order: { number: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return paginated(items, total, page);
  }

  async saveDraft(ctx: RequestContext, input: FunnelDefinitionInput): Promise<FunnelDefinition> {
    this.validate(input);
    const existing = await ctx.em.findOne(FunnelDefinition, {
      where: { status: DefinitionStatus.DRAFT },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing && input.version !== existing.version) {
      throw new ConflictError(
        'Someone else changed the draft while you were editing. Reload to see their changes.',
      );
    }
    const order = new Map(LEAD_STAGES.map((s, i) => [s, i]));
    const values = {
      stages: [...input.stages]
        .sort((a, b) => (order.get(a.stage) ?? 0) - (order.get(b.stage) ?? 0))
        .map((s) => ({
          stage: s.stage,
          description: s.description.trim(),
          entryCriteria: s.entryCriteria.trim(),
        })),
      mql: {
        requiredFields: [...new Set(input.mql.requiredFields)],
        threshold: input.mql.threshold,
        fitRules: input.mql.fitRules.map((r) => ({
          ...r,
          values: r.values.map((v) => v.trim()).filter(Boolean),
        })),
        engagementRules: input.mql.engagementRules,
      },
    };
    const saved = await ctx.em.save(
      existing
        ? Object.assign(existing, values)
        : ctx.em.create(FunnelDefinition, { ...values, status: DefinitionStatus.DRAFT }),
    );
    await this.audit.record(ctx, {
      action: 'definition.draft-saved',
      entityType: 'FunnelDefinition',
      entityId: saved.id,
      after: values,
    });
    return saved;
  }

  /** Publishes the draft as the next version and asks every partner admin to acknowledge it. */
  async publish(ctx: RequestContext, changeNote: string): Promise<FunnelDefinition> {
    const draft = await ctx.em.findOne(FunnelDefinition, {
      where: { status: DefinitionStatus.DRAFT },
      lock: { mode: 'pessimistic_write' },
    });
    if (!draft)
      throw ValidationError.field(
        'draft',
        'There is no draft to publish; edit the definition first.',
      );
    const [{ max }] = await ctx.em.query(
      'SELECT coalesce(max(number), 0)::int AS max FROM funnel_definition',
    );
    draft.status = DefinitionStatus.PUBLISHED;
    draft.number = max + 1;
    draft.changeNote = changeNote.trim().slice(0, 1000);
    draft.publishedAt = this.clock.now();
    draft.publishedByLabel = ctx.user.name;
    const saved = await ctx.em.save(draft);
    await this.audit.record(ctx, {
      action: 'definition.published',
      entityType: 'FunnelDefinition',
      entityId: saved.id,
      after: { number: saved.number, changeNote: saved.changeNote },
    });
    await this.notifications.notifyAudience(
      ctx.em,
      `SELECT id FROM app_user WHERE role = '${Role.PARTNER_ADMIN}' AND status = 'ACTIVE'`,
      [],
      {
        kind: NotificationKind.DEFINITION_PUBLISHED,
        title: `Funnel definition version ${saved.number} published`,
        body: `${saved.changeNote}\nPlease review and acknowledge it for your marketing and sales teams.`.trim(),
        link: '/definitions',
      },
    );
    return saved;
  }

  async acknowledge(
    ctx: RequestContext,
    definitionId: string,
    sides: PartnerSide[],
  ): Promise<DefinitionAck[]> {
    const partnerId = ctx.partnerId;
    if (!partnerId) throw ValidationError.field('sides', 'Only partners acknowledge definitions.');
    if (!sides.length) throw ValidationError.field('sides', 'Choose marketing, sales or both.');
    const definition = await ctx.em.findOne(FunnelDefinition, {
      where: { id: definitionId, status: DefinitionStatus.PUBLISHED },
    });
    if (!definition) throw new NotFoundError('Published definition');
    await ctx.em
      .createQueryBuilder()
      .insert()
      .into(DefinitionAck)
      .values(
        [...new Set(sides)].map((side) => ({
          definitionId,
          partnerId,
          side,
          acknowledgedByLabel: ctx.user.name,
          acknowledgedAt: this.clock.now(),
        })),
      )
      .orIgnore()
      .updateEntity(false)
      .execute();
    await this.audit.record(ctx, {
      action: 'definition.acknowledged',
      entityType: 'FunnelDefinition',
      entityId: definitionId,
      partnerId,
      after: { number: definition.number, sides },
    });
    return ctx.em.find(DefinitionAck, { where: { definitionId, partnerId } });
  }

  /** Which version each partner's marketing and sales sides have agreed to (latest acknowledged). */
  async agreements(
    ctx: RequestContext,
    page: Page,
    missingOnly: boolean,
  ): Promise<PaginatedResult<PartnerAgreement>> {
    const qb = ctx.em
      .createQueryBuilder()
      .from('partner', 'p')
      .select('p.id', 'partnerId')
      .addSelect('p.name', 'partnerName')
      .addSelect(
        `(SELECT max(fd.number) FROM definition_ack a JOIN funnel_definition fd ON fd.id = a.definition_id WHERE a.partner_id = p.id AND a.side = 'MARKETING')`,
        'marketingVersion',
      )
      .addSelect(
        `(SELECT max(fd.number) FROM definition_ack a JOIN funnel_definition fd ON fd.id = a.definition_id WHERE a.partner_id = p.id AND a.side = 'SALES')`,
        'salesVersion',
      );
    scopeToPartners(ctx, qb, 'p.id');
    const current = await this.current(ctx);
    if (missingOnly && current) {
      qb.andWhere(
        `(SELECT count(*) FROM definition_ack a WHERE a.partner_id = p.id AND a.definition_id = :currentId) < 2`,
        { currentId: current.id },
      );
    }
    const total = await qb.clone().getCount();
    const rows: {
      partnerId: string;
      partnerName: string;
      marketingVersion: number | null;
      salesVersion: number | null;
    }[] = await qb.orderBy('p.name', 'ASC').offset(page.offset).limit(page.limit).getRawMany();
    return paginated(rows, total, page);
  }

  reasonCodes(
    ctx: RequestContext,
    kind: ReasonKind | undefined,
    includeInactive: boolean,
  ): Promise<ReasonCode[]> {
    return ctx.em.find(ReasonCode, {
      where: { ...(kind ? { kind } : {}), ...(includeInactive ? {} : { active: true }) },
      order: { kind: 'ASC', position: 'ASC', label: 'ASC' },
    });
  }

  async saveReasonCode(ctx: RequestContext, input: ReasonCodeInput): Promise<ReasonCode> {
    const code = input.code
      .trim()
      .toUpperCase()
      .replace(/[^A-Z0-9_]+/g, '_');
    const label = input.label.trim();
    const errors: FieldError[] = [];
    if (!code)
      errors.push({ field: 'code', message: 'Give the reason a short code, e.g. NO_BUDGET.' });
    if (!label)
      errors.push({ field: 'label', message: 'Give the reason a label people will read.' });
    if (errors.length) throw new ValidationError(errors);
    const existing = input.id
      ? await ctx.em.findOne(ReasonCode, { where: { id: input.id } })
      : null;
    if (input.id && !existing) throw new NotFoundError('Reason code');
    const clash = await ctx.em.findOne(ReasonCode, { where: { kind: input.kind, code } });
    if (clash && clash.id !== existing?.id) {
      throw new ConflictError(
        `A ${input.kind.toLowerCase()} reason with code ${code} already exists.`,
        [{ field: 'code', message: 'Code taken.' }],
      );
    }
    const saved = await ctx.em.save(
      ctx.em.create(ReasonCode, {
        ...(existing ?? {}),
        kind: input.kind,
        code,
        label,
        active: input.active,
        position: input.position,
      }),
    );
    await this.audit.record(ctx, {
      action: existing ? 'reason-code.updated' : 'reason-code.created',
      entityType: 'ReasonCode',
      entityId: saved.id,
      before: existing,
      after: saved,
    });
    return saved;
  }

  acksFor(ctx: RequestContext, definitionIds: readonly string[]): Promise<DefinitionAck[]> {
    const qb = ctx.em
      .createQueryBuilder(DefinitionAck, 'a')
      .where({ definitionId: In([...definitionIds]) });
    if (ctx.partnerId) qb.andWhere('a.partner_id = :own', { own: ctx.partnerId });
    return qb.getMany();
  }

  private validate(input: FunnelDefinitionInput): void {
    const errors: FieldError[] = [];
    const stages = input.stages.map((s) => s.stage);
    const missing = LEAD_STAGES.filter((s) => !stages.includes(s));
    if (missing.length)
      errors.push({
        field: 'stages',
        message: `Describe every stage; missing: ${missing.join(', ')}.`,
      });
    if (new Set(stages).size !== stages.length)
      errors.push({ field: 'stages', message: 'Describe each stage once.' });
    input.stages.forEach((s, i) => {
      if (!s.description.trim())
        errors.push({
          field: `stages.${i}.description`,
          message: `Describe the ${s.stage} stage.`,
        });
    });
    input.mql.fitRules.forEach((r, i) => {
      if (r.kind === FitRuleKind.COMPANY_SIZE) {
        if (r.min == null && r.max == null)
          errors.push({ field: `mql.fitRules.${i}`, message: 'Give a company size range.' });
        if (r.min != null && r.max != null && r.min > r.max) {
          errors.push({
            field: `mql.fitRules.${i}.max`,
            message: 'The upper size must not be below the lower one.',
          });
        }
      } else if (!r.values.some((v) => v.trim())) {
        errors.push({
          field: `mql.fitRules.${i}.values`,
          message: 'Add at least one value to match.',
        });
      }
    });
    if (errors.length) throw new ValidationError(errors);
  }
}

/**
 * An active reason code of one kind, or a field error a person can act on — the one check every
 * rejection, disqualification and loss goes through.
 */
export async function activeReason(
  em: EntityManager,
  id: string | null | undefined,
  kind: ReasonKind,
): Promise<ReasonCode> {
  if (!id) throw ValidationError.field('reasonCodeId', 'Choose a reason.');
  const reason = await em.findOne(ReasonCode, { where: { id, kind, active: true } });
  if (!reason) throw ValidationError.field('reasonCodeId', 'Choose one of the listed reasons.');
  return reason;
}
