import {
  Args,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  Permission,
  PersonaCommentKind,
  PersonaStatus,
  ProposalStatus,
} from '@tandem/shared-domain';
import {
  Allow,
  Ctx,
  PageInput,
  Paginated,
  RequestContext,
  countLoader,
  countsById,
  toPage,
} from '@tandem/api-core';
import { Persona, PersonaComment, PersonaFollow, PersonaVersion } from './persona.entity';
import { PersonaContent, diffContent } from './persona-content';
import { PersonasService } from './personas.service';
import { PersonaCommentsService } from './persona-comments.service';

@ObjectType()
export class PersonaPage extends Paginated(Persona, 'PersonaPage') {}

@ObjectType()
export class PersonaVersionPage extends Paginated(PersonaVersion, 'PersonaVersionPage') {}

@ObjectType()
export class PersonaCommentPage extends Paginated(PersonaComment, 'PersonaCommentPage') {}

@ObjectType()
export class PersonaFieldChange {
  @Field()
  field: string;

  @Field()
  label: string;

  @Field(() => [String])
  before: string[];

  @Field(() => [String])
  after: string[];

  @Field(() => [String])
  added: string[];

  @Field(() => [String])
  removed: string[];
}

@InputType()
export class PersonaFilterInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Search text can be at most 100 characters.' })
  search?: string;

  @Field(() => [PersonaStatus], {
    nullable: true,
    description: 'Persona managers only; others always see published.',
  })
  @IsOptional()
  @IsEnum(PersonaStatus, { each: true })
  statuses?: PersonaStatus[];
}

const publishedLoader = (ctx: RequestContext) =>
  ctx.loader(
    'persona.published',
    () =>
      new DataLoader<string, PersonaContent | null, string>(async (keys) => {
        const pairs = keys.map((k) => k.split('#'));
        const rows: { persona_id: string; number: number; content: PersonaContent }[] =
          await ctx.em.query(
            `SELECT persona_id, number, content FROM persona_version
       WHERE (persona_id, number) IN (SELECT * FROM unnest($1::uuid[], $2::int[]))`,
            [pairs.map((p) => p[0]), pairs.map((p) => Number(p[1]))],
          );
        const map = new Map(rows.map((r) => [`${r.persona_id}#${r.number}`, r.content]));
        return keys.map((k) => map.get(k) ?? null);
      }),
  );

@Resolver(() => Persona)
export class PersonasResolver {
  constructor(private readonly service: PersonasService) {}

  @Query(() => PersonaPage)
  @Allow(Permission.PersonaRead)
  personas(
    @Ctx() ctx: RequestContext,
    @Args('filter', { nullable: true }) filter?: PersonaFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.list(ctx, filter, toPage(page));
  }

  @Query(() => Persona)
  @Allow(Permission.PersonaRead)
  persona(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(ctx, id);
  }

  @Query(() => PersonaVersionPage, { description: 'Published versions, newest first.' })
  @Allow(Permission.PersonaRead)
  personaVersions(
    @Ctx() ctx: RequestContext,
    @Args('personaId', { type: () => ID }) personaId: string,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.versions(ctx, personaId, toPage(page));
  }

  @Query(() => [PersonaFieldChange], {
    description: 'What changed between two versions (to omitted: the draft).',
  })
  @Allow(Permission.PersonaRead)
  personaDiff(
    @Ctx() ctx: RequestContext,
    @Args('personaId', { type: () => ID }) personaId: string,
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int, nullable: true }) to?: number | null,
  ) {
    return this.service.diff(ctx, personaId, from, to ?? null);
  }

  @Mutation(() => Persona, { description: 'Creates a persona as an unpublished draft.' })
  @Allow(Permission.PersonaManage)
  createPersona(@Ctx() ctx: RequestContext, @Args('content') content: PersonaContent) {
    return this.service.create(ctx, content);
  }

  @Mutation(() => Persona)
  @Allow(Permission.PersonaManage)
  updatePersonaDraft(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('content') content: PersonaContent,
  ) {
    return this.service.updateDraft(ctx, id, version, content);
  }

  @Mutation(() => Persona, {
    description: 'Publishes the draft as a new version and tells followers.',
  })
  @Allow(Permission.PersonaManage)
  publishPersona(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('changeNote', { defaultValue: '' }) changeNote: string,
  ) {
    return this.service.publish(ctx, id, changeNote);
  }

  @Mutation(() => Persona, {
    description: 'Hides the persona from partners; publishing again brings it back.',
  })
  @Allow(Permission.PersonaManage)
  retirePersona(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { defaultValue: '' }) reason: string,
  ) {
    return this.service.retire(ctx, id, reason);
  }

  @Mutation(() => Boolean, {
    description: 'Follow (or stop following) a persona to hear about new versions.',
  })
  @Allow(Permission.PersonaRead)
  followPersona(
    @Ctx() ctx: RequestContext,
    @Args('personaId', { type: () => ID }) personaId: string,
    @Args('follow', { defaultValue: true }) follow: boolean,
  ) {
    return this.service.follow(ctx, personaId, follow);
  }

  @ResolveField(() => PersonaContent, {
    nullable: true,
    description: 'The latest published content.',
  })
  @Allow(Permission.PersonaRead)
  published(@Ctx() ctx: RequestContext, @Parent() persona: Persona) {
    if (persona.publishedVersion === null) return null;
    return publishedLoader(ctx).load(`${persona.id}#${persona.publishedVersion}`);
  }

  @ResolveField(() => PersonaContent, { description: 'The working copy (persona managers only).' })
  @Allow(Permission.PersonaManage)
  draft(@Parent() persona: Persona) {
    return persona.draft;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the draft differs from the published version.',
  })
  @Allow(Permission.PersonaManage)
  async hasUnpublishedChanges(@Ctx() ctx: RequestContext, @Parent() persona: Persona) {
    if (persona.publishedVersion === null) return true;
    const published = await publishedLoader(ctx).load(`${persona.id}#${persona.publishedVersion}`);
    return !published || diffContent(published, persona.draft).length > 0;
  }

  @ResolveField(() => Boolean)
  @Allow(Permission.PersonaRead)
  following(@Ctx() ctx: RequestContext, @Parent() persona: Persona) {
    return ctx
      .loader(
        'persona.following',
        () =>
          new DataLoader<string, boolean>(async (ids) => {
            const rows = await ctx.em.find(PersonaFollow, {
              where: ids.map((personaId) => ({ personaId, userId: ctx.user.userId })),
            });
            const set = new Set(rows.map((r) => r.personaId));
            return ids.map((id) => set.has(id));
          }),
      )
      .load(persona.id);
  }

  @ResolveField(() => Int, { description: 'Open proposals the caller can see.' })
  @Allow(Permission.PersonaRead)
  openProposalCount(@Ctx() ctx: RequestContext, @Parent() persona: Persona) {
    return countLoader(ctx, 'persona.openProposals', async (ids) => {
      const params: unknown[] = [ids, PersonaCommentKind.PROPOSAL, ProposalStatus.OPEN];
      let scope = '';
      if (ctx.partnerId) {
        params.push(ctx.partnerId);
        scope = 'AND (partner_id = $4 OR partner_id IS NULL)';
      }
      return countsById(
        await ctx.em.query(
          `SELECT persona_id AS id, count(*) AS n FROM persona_comment
           WHERE persona_id = ANY($1) AND kind = $2 AND status = $3 ${scope} GROUP BY persona_id`,
          params,
        ),
      );
    }).load(persona.id);
  }
}

@Resolver(() => PersonaComment)
export class PersonaCommentsResolver {
  constructor(private readonly comments: PersonaCommentsService) {}

  @Query(() => PersonaCommentPage, {
    description: 'Comments and proposals the caller may see, newest first.',
  })
  @Allow(Permission.PersonaRead)
  personaComments(
    @Ctx() ctx: RequestContext,
    @Args('personaId', { type: () => ID }) personaId: string,
    @Args('page', { nullable: true }) page?: PageInput,
    @Args('openProposalsOnly', { defaultValue: false }) openProposalsOnly?: boolean,
  ) {
    return this.comments.list(ctx, personaId, toPage(page), openProposalsOnly ?? false);
  }

  @Mutation(() => PersonaComment)
  @Allow(Permission.PersonaDiscuss)
  commentOnPersona(
    @Ctx() ctx: RequestContext,
    @Args('personaId', { type: () => ID }) personaId: string,
    @Args('body') body: string,
    @Args('parentId', { type: () => ID, nullable: true }) parentId?: string | null,
  ) {
    return this.comments.comment(ctx, personaId, body, parentId);
  }

  @Mutation(() => PersonaComment, {
    description: 'Suggest text for one field, with what you saw in the field.',
  })
  @Allow(Permission.PersonaDiscuss)
  proposePersonaChange(
    @Ctx() ctx: RequestContext,
    @Args('personaId', { type: () => ID }) personaId: string,
    @Args('field') field: string,
    @Args('suggestion') suggestion: string,
    @Args('evidence', { defaultValue: '' }) evidence: string,
  ) {
    return this.comments.propose(ctx, personaId, field, suggestion, evidence);
  }

  @Mutation(() => PersonaComment, {
    description: 'Applies the proposal and publishes it as a new version.',
  })
  @Allow(Permission.PersonaManage)
  acceptPersonaProposal(
    @Ctx() ctx: RequestContext,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('note', { defaultValue: '' }) note: string,
  ) {
    return this.comments.accept(ctx, commentId, note);
  }

  @Mutation(() => PersonaComment)
  @Allow(Permission.PersonaManage)
  declinePersonaProposal(
    @Ctx() ctx: RequestContext,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('reason') reason: string,
  ) {
    return this.comments.decline(ctx, commentId, reason);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller wrote it.' })
  @Allow(Permission.PersonaRead)
  mine(@Ctx() ctx: RequestContext, @Parent() comment: PersonaComment) {
    return comment.authorId === ctx.user.userId;
  }
}
