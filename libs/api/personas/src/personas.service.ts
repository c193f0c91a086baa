import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import {
  NotificationKind,
  Permission,
  PersonaStatus,
  Role,
  UserStatus,
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
  pageOf,
} from '@tandem/api-core';
import { NotificationsService } from '@tandem/api-notifications';
import { Persona, PersonaFollow, PersonaVersion } from './persona.entity';
import { FieldChange, PersonaContent, diffContent, normalizeContent } from './persona-content';

export interface PersonaFilter {
  search?: string;
  statuses?: PersonaStatus[];
}

@Injectable()
export class PersonasService {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** Vendor staff who manage personas see drafts and retired ones; everyone else published only. */
  private visible(ctx: RequestContext) {
    const qb = ctx.em.createQueryBuilder(Persona, 'p');
    if (!ctx.can(Permission.PersonaManage))
      qb.where('p.status = :published', { published: PersonaStatus.PUBLISHED });
    else qb.where('TRUE');
    return qb;
  }

  async list(
    ctx: RequestContext,
    filter: PersonaFilter | undefined,
    page: Page,
  ): Promise<PaginatedResult<Persona>> {
    const qb = this.visible(ctx);
    const search = filter?.search?.trim();
    if (search)
      qb.andWhere('p.name ILIKE :like', {
        like: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    if (filter?.statuses?.length)
      qb.andWhere('p.status IN (:...statuses)', { statuses: filter.statuses });
    qb.orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').offset(page.offset).limit(page.limit);
    return pageOf(qb, page);
  }

  async get(ctx: RequestContext, id: string): Promise<Persona> {
    const persona = await this.visible(ctx).andWhere('p.id = :id', { id }).getOne();
    if (!persona) throw new NotFoundError('Persona');
    return persona;
  }

  async create(ctx: RequestContext, input: PersonaContent): Promise<Persona> {
    const errors: FieldError[] = [];
    const draft = normalizeContent(input, errors);
    if (errors.length) throw new ValidationError(errors);
    const persona = await ctx.em.save(
      ctx.em.create(Persona, { name: draft.name, draft, status: PersonaStatus.DRAFT }),
    );
    await this.audit.record(ctx, {
      action: 'persona.created',
      entityType: 'Persona',
      entityId: persona.id,
      after: { name: draft.name },
    });
    return persona;
  }

  async updateDraft(
    ctx: RequestContext,
    id: string,
    version: number,
    input: PersonaContent,
  ): Promise<Persona> {
    const persona = await this.lock(ctx.em, id, version);
    const errors: FieldError[] = [];
    const draft = normalizeContent(input, errors);
    if (errors.length) throw new ValidationError(errors);
    const before = persona.draft;
    persona.draft = draft;
    if (persona.publishedVersion === null) persona.name = draft.name;
    const saved = await ctx.em.save(persona);
    await this.audit.record(ctx, {
      action: 'persona.draft-updated',
      entityType: 'Persona',
      entityId: id,
      before,
      after: draft,
    });
    return saved;
  }

  async publish(ctx: RequestContext, id: string, changeNote: string): Promise<Persona> {
    const persona = await this.lock(ctx.em, id);
    const latest = await this.latestVersion(ctx.em, persona);
    if (
      latest &&
      persona.status === PersonaStatus.PUBLISHED &&
      diffContent(latest.content, persona.draft).length === 0
    ) {
      throw ValidationError.field('draft', `Nothing has changed since version ${latest.number}.`);
    }
    return this.publishContent(ctx, persona, persona.draft, changeNote.trim());
  }

  /**
   * Writes a new immutable version with `content`, makes it the published one, and tells the
   * persona's followers. Used by publish and by accepting a proposal.
   */
  async publishContent(
    ctx: RequestContext,
    persona: Persona,
    content: PersonaContent,
    changeNote: string,
  ): Promise<Persona> {
    const number = (persona.publishedVersion ?? 0) + 1;
    const now = this.clock.now();
    await ctx.em.insert(PersonaVersion, {
      personaId: persona.id,
      number,
      content,
      changeNote: changeNote.slice(0, 1000),
      publishedAt: now,
      publishedByLabel: ctx.user.name,
    });
    persona.status = PersonaStatus.PUBLISHED;
    persona.publishedVersion = number;
    persona.publishedAt = now;
    persona.name = content.name;
    const saved = await ctx.em.save(persona);
    await this.audit.record(ctx, {
      action: 'persona.published',
      entityType: 'Persona',
      entityId: persona.id,
      after: { version: number, changeNote },
    });
    const followers = await ctx.em.find(PersonaFollow, { where: { personaId: persona.id } });
    await this.notifications.notify(
      ctx.em,
      followers.map((f) => f.userId).filter((u) => u !== ctx.user.userId),
      {
        kind: NotificationKind.PERSONA_UPDATED,
        title: `${content.name}: version ${number} published`,
        body: changeNote,
        link: `/personas/${persona.id}`,
      },
    );
    return saved;
  }

  async retire(ctx: RequestContext, id: string, reason: string): Promise<Persona> {
    const persona = await this.lock(ctx.em, id);
    if (persona.status === PersonaStatus.RETIRED) return persona;
    const before = persona.status;
    persona.status = PersonaStatus.RETIRED;
    const saved = await ctx.em.save(persona);
    await this.audit.record(ctx, {
      action: 'persona.retired',
      entityType: 'Persona',
      entityId: id,
      before: { status: before },
      after: { status: PersonaStatus.RETIRED, reason },
    });
    return saved;
  }

  async versions(
    ctx: RequestContext,
    personaId: string,
    page: Page,
  ): Promise<PaginatedResult<PersonaVersion>> {
    await this.get(ctx, personaId);
    const [items, total] = await ctx.em.findAndCount(PersonaVersion, {
      where: { personaId },
      order: { number: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return paginated(items, total, page);
  }

  /** Field-by-field changes between two versions; without `to`, the unpublished draft (managers only). */
  async diff(
    ctx: RequestContext,
    personaId: string,
    from: number,
    to: number | null,
  ): Promise<FieldChange[]> {
    const persona = await this.get(ctx, personaId);
    const versions = await ctx.em.find(PersonaVersion, {
      where: { personaId, number: In(to === null ? [from] : [from, to]) },
    });
    const byNumber = new Map(versions.map((v) => [v.number, v.content]));
    const before = byNumber.get(from);
    if (!before) throw ValidationError.field('from', `Version ${from} does not exist.`);
    let after: PersonaContent | undefined;
    if (to === null) {
      if (!ctx.can(Permission.PersonaManage))
        throw ValidationError.field('to', 'Choose a version to compare with.');
      after = persona.draft;
    } else {
      after = byNumber.get(to);
      if (!after) throw ValidationError.field('to', `Version ${to} does not exist.`);
    }
    return diffContent(before, after);
  }

  async follow(ctx: RequestContext, personaId: string, follow: boolean): Promise<boolean> {
    await this.get(ctx, personaId);
    await this.setFollow(ctx.em, personaId, ctx.user.userId, follow);
    return follow;
  }

  async setFollow(
    em: EntityManager,
    personaId: string,
    userId: string,
    follow: boolean,
  ): Promise<void> {
    if (follow) {
      await em
        .createQueryBuilder()
        .insert()
        .into(PersonaFollow)
        .values({ personaId, userId })
        .orIgnore()
        .updateEntity(false)
        .execute();
    } else {
      await em.delete(PersonaFollow, { personaId, userId });
    }
  }

  async latestVersion(em: EntityManager, persona: Persona): Promise<PersonaVersion | null> {
    if (persona.publishedVersion === null) return null;
    return em.findOne(PersonaVersion, {
      where: { personaId: persona.id, number: persona.publishedVersion },
    });
  }

  async lock(em: EntityManager, id: string, version?: number): Promise<Persona> {
    const persona = await em.findOne(Persona, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!persona) throw new NotFoundError('Persona');
    if (version !== undefined && persona.version !== version) {
      throw new ConflictError(
        'Someone else changed this persona while you were editing. Reload to see their changes.',
      );
    }
    return persona;
  }

  /** Vendor staff who look after personas and hear partners' feedback. */
  async personaTeam(em: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM app_user WHERE partner_id IS NULL AND role = ANY($1) AND status = $2`,
      [[Role.VENDOR_MARKETER], UserStatus.ACTIVE],
    );
    return rows.map((r) => r.id);
  }
}
