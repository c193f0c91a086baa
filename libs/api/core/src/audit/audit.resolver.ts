import { Args, Field, InputType, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Permission } from '@tandem/shared-domain';
import { Allow, Ctx } from '../auth/permissions.decorator';
import { RequestContext } from '../context/request-context';
import { PageInput, Paginated, paginated, toPage } from '../pagination/page';
import { AuditEntry } from './audit-entry.entity';

@InputType()
export class AuditFilterInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityId?: string;
}

@ObjectType()
export class AuditEntryPage extends Paginated(AuditEntry, 'AuditEntryPage') {}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryPage, { description: 'Who did what to which record, newest first.' })
  @Allow(Permission.AuditRead)
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Args('filter', { nullable: true }) filter?: AuditFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    const p = toPage(page);
    const where = {
      ...(filter?.entityType ? { entityType: filter.entityType } : {}),
      ...(filter?.entityId ? { entityId: filter.entityId } : {}),
    };
    const [items, total] = await ctx.em.findAndCount(AuditEntry, {
      where,
      order: { at: 'DESC', id: 'DESC' },
      skip: p.offset,
      take: p.limit,
    });
    return paginated(items, total, p);
  }
}
