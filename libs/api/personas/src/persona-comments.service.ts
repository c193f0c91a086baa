import { Injectable } from '@nestjs/common';
import {
  NotificationKind,
  PERSONA_FIELDS,
  PROPOSABLE_PERSONA_FIELDS,
  PersonaCommentKind,
  PersonaFieldKey,
  PersonaStatus,
  ProposalStatus,
} from '@tandem/shared-domain';
import {
  AuditService,
  Clock,
  ConflictError,
  NotFoundError,
  Page,
  PaginatedResult,
  RequestContext,
  ValidationError,
  pageOf,
} from '@tandem/api-core';
import { NotificationsService } from '@tandem/api-notifications';
import { PersonaComment } from './persona.entity';
import { applySuggestion } from './persona-content';
import { PersonasService } from './personas.service';

const MAX_TEXT = 2000;

@Injectable()
export class PersonaCommentsService {
  constructor(
    private readonly personas: PersonasService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** A partner sees its own partner's conversation and the vendor's public comments, nothing else. */
  private scoped(ctx: RequestContext) {
    const qb = ctx.em.createQueryBuilder(PersonaComment, 'c');
    const own = ctx.partnerId;
    if (own) qb.where('(c.partner_id = :own OR c.partner_id IS NULL)', { own });
    else qb.where('TRUE');
    return qb;
  }

  async list(
    ctx: RequestContext,
    personaId: string,
    page: Page,
    openProposalsOnly = false,
  ): Promise<PaginatedResult<PersonaComment>> {
    await this.personas.get(ctx, personaId);
    const qb = this.scoped(ctx).andWhere('c.persona_id = :personaId', { personaId });
    if (openProposalsOnly)
      qb.andWhere('c.kind = :proposal AND c.status = :open', {
        proposal: PersonaCommentKind.PROPOSAL,
        open: ProposalStatus.OPEN,
      });
    qb.orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .offset(page.offset)
      .limit(page.limit);
    return pageOf(qb, page);
  }

  async comment(
    ctx: RequestContext,
    personaId: string,
    bodyInput: string,
    parentId?: string | null,
  ): Promise<PersonaComment> {
    const body = bodyInput.trim();
    if (!body) throw ValidationError.field('body', 'Write a comment.');
    if (body.length > MAX_TEXT)
      throw ValidationError.field('body', 'A comment can be at most 2,000 characters.');
    const persona = await this.personas.get(ctx, personaId);
    let partnerId = ctx.partnerId;
    let parent: PersonaComment | null = null;
    if (parentId) {
      parent = await this.scoped(ctx)
        .andWhere('c.id = :parentId AND c.persona_id = :personaId', { parentId, personaId })
        .getOne();
      if (!parent) throw new NotFoundError('Comment');
      // A vendor reply to a partner's comment stays inside that partner's conversation.
      partnerId = partnerId ?? parent.partnerId;
    }
    const saved = await this.insert(ctx, {
      personaId,
      partnerId,
      kind: PersonaCommentKind.COMMENT,
      body,
      parentId: parent?.id ?? null,
    });
    const recipients = ctx.partnerId
      ? await this.personas.personaTeam(ctx.em)
      : parent?.authorId
        ? [parent.authorId]
        : [];
    await this.notifications.notify(
      ctx.em,
      recipients.filter((r) => r !== ctx.user.userId),
      {
        kind: NotificationKind.PERSONA_FEEDBACK,
        title: `${ctx.user.name} commented on ${persona.name}`,
        body: body.slice(0, 280),
        link: `/personas/${personaId}`,
      },
    );
    return saved;
  }

  async propose(
    ctx: RequestContext,
    personaId: string,
    field: string,
    suggestionInput: string,
    evidenceInput: string,
  ): Promise<PersonaComment> {
    const persona = await this.personas.get(ctx, personaId);
    if (persona.status !== PersonaStatus.PUBLISHED) {
      throw ValidationError.field(
        'personaId',
        'Changes can be proposed to published personas only.',
      );
    }
    if (!PROPOSABLE_PERSONA_FIELDS.includes(field as PersonaFieldKey)) {
      throw ValidationError.field('field', 'Choose which part of the persona to change.');
    }
    const suggestion = suggestionInput.trim();
    const evidence = evidenceInput.trim();
    if (!suggestion) throw ValidationError.field('suggestion', 'Write the text you suggest.');
    if (suggestion.length > MAX_TEXT)
      throw ValidationError.field('suggestion', 'A suggestion can be at most 2,000 characters.');
    if (evidence.length > MAX_TEXT)
      throw ValidationError.field('evidence', 'Evidence can be at most 2,000 characters.');
    const label = PERSONA_FIELDS.find((f) => f.key === field)?.label ?? field;
    const saved = await this.insert(ctx, {
      personaId,
      partnerId: ctx.partnerId,
      kind: PersonaCommentKind.PROPOSAL,
      body: '',
      field,
      suggestion,
      evidence,
      status: ProposalStatus.OPEN,
    });
    await this.notifications.notify(
      ctx.em,
      (await this.personas.personaTeam(ctx.em)).filter((r) => r !== ctx.user.userId),
      {
        kind: NotificationKind.PERSONA_FEEDBACK,
        title: `${ctx.user.name} proposed a change to ${persona.name} (${label})`,
        body: suggestion.slice(0, 280),
        link: `/personas/${personaId}`,
      },
    );
    return saved;
  }

  /** Accepting applies the suggestion to the published persona as a new version (and to the draft). */
  async accept(ctx: RequestContext, commentId: string, note: string): Promise<PersonaComment> {
    const proposal = await this.openProposal(ctx, commentId);
    const persona = await this.personas.lock(ctx.em, proposal.personaId);
    const latest = await this.personas.latestVersion(ctx.em, persona);
    if (!latest) throw new ConflictError('This persona has no published version to change.');
    const field = proposal.field as PersonaFieldKey;
    const content = applySuggestion(latest.content, field, proposal.suggestion ?? '');
    persona.draft = applySuggestion(persona.draft, field, proposal.suggestion ?? '');
    const changeNote = `Accepted a proposal from ${proposal.authorLabel}${note.trim() ? `: ${note.trim()}` : ''}`;
    const published = await this.personas.publishContent(ctx, persona, content, changeNote);
    return this.decide(
      ctx,
      proposal,
      ProposalStatus.ACCEPTED,
      note.trim() || null,
      published.publishedVersion,
    );
  }

  async decline(
    ctx: RequestContext,
    commentId: string,
    reasonInput: string,
  ): Promise<PersonaComment> {
    const reason = reasonInput.trim();
    if (!reason) throw ValidationError.field('reason', 'Tell the proposer why; they will see it.');
    if (reason.length > MAX_TEXT)
      throw ValidationError.field('reason', 'A reason can be at most 2,000 characters.');
    const proposal = await this.openProposal(ctx, commentId);
    return this.decide(ctx, proposal, ProposalStatus.DECLINED, reason, null);
  }

  private async openProposal(ctx: RequestContext, commentId: string): Promise<PersonaComment> {
    const proposal = await this.scoped(ctx)
      .andWhere('c.id = :commentId', { commentId })
      .setLock('pessimistic_write')
      .getOne();
    if (!proposal || proposal.kind !== PersonaCommentKind.PROPOSAL)
      throw new NotFoundError('Proposal');
    if (proposal.status !== ProposalStatus.OPEN)
      throw new ConflictError('This proposal has already been decided.');
    return proposal;
  }

  private async decide(
    ctx: RequestContext,
    proposal: PersonaComment,
    status: ProposalStatus,
    reason: string | null,
    acceptedVersion: number | null,
  ): Promise<PersonaComment> {
    const before = { status: proposal.status };
    proposal.status = status;
    proposal.decisionReason = reason;
    proposal.decidedAt = this.clock.now();
    proposal.acceptedVersion = acceptedVersion;
    await ctx.em.update(
      PersonaComment,
      { id: proposal.id },
      { status, decisionReason: reason, decidedAt: proposal.decidedAt, acceptedVersion },
    );
    await this.audit.record(ctx, {
      action:
        status === ProposalStatus.ACCEPTED
          ? 'persona.proposal-accepted'
          : 'persona.proposal-declined',
      entityType: 'PersonaComment',
      entityId: proposal.id,
      partnerId: proposal.partnerId,
      before,
      after: { status, reason, acceptedVersion },
    });
    if (proposal.authorId && proposal.authorId !== ctx.user.userId) {
      await this.notifications.notify(ctx.em, [proposal.authorId], {
        kind: NotificationKind.PERSONA_FEEDBACK,
        title:
          status === ProposalStatus.ACCEPTED
            ? `Your proposal was accepted (version ${acceptedVersion})`
            : 'Your proposal was declined',
        body: reason ?? '',
        link: `/personas/${proposal.personaId}`,
      });
    }
    return proposal;
  }

  private async insert(
    ctx: RequestContext,
    values: Partial<PersonaComment>,
  ): Promise<PersonaComment> {
    const organisation = ctx.partnerId
      ? ((await ctx.em.query('SELECT name FROM partner WHERE id = $1', [ctx.partnerId]))[0]?.name ??
        'Partner')
      : 'Vendor';
    const comment = ctx.em.create(PersonaComment, {
      ...values,
      authorId: ctx.user.userId,
      authorLabel: `${ctx.user.name} (${organisation})`,
      createdAt: this.clock.now(),
    });
    const saved = await ctx.em.save(comment);
    await this.personas.setFollow(ctx.em, values.personaId ?? '', ctx.user.userId, true);
    await this.audit.record(ctx, {
      action:
        values.kind === PersonaCommentKind.PROPOSAL
          ? 'persona.change-proposed'
          : 'persona.commented',
      entityType: 'PersonaComment',
      entityId: saved.id,
      partnerId: saved.partnerId,
      after: { personaId: saved.personaId, field: saved.field },
    });
    return saved;
  }
}
