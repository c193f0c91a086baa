import {
  Args,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { Type } from 'class-transformer';
import { Permission } from '@tandem/shared-domain';
import { Allow, Ctx, RequestContext } from '@tandem/api-core';
import { directoryLoaders } from '@tandem/api-directory';
import { ApiToken, CreatedApiToken } from './api-token.entity';
import { ApiTokensService } from './api-tokens.service';

@InputType()
export class CreateApiTokenInput {
  @Field()
  @IsString()
  @MaxLength(200, { message: 'Keep the name to 80 characters or fewer.' })
  name: string;

  @Field(() => [String], { description: 'Permission keys, e.g. ["lead:read", "lead:create"].' })
  @IsString({ each: true })
  @ArrayMaxSize(50)
  permissions: string[];

  @Field(() => Date, { nullable: true, description: 'Leave empty for a token that never expires.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  expiresAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Requests per minute; 600 when empty.' })
  @IsOptional()
  @IsInt()
  rateLimitPerMinute?: number | null;
}

@Resolver(() => ApiToken)
export class ApiTokensResolver {
  constructor(private readonly tokens: ApiTokensService) {}

  @Query(() => [ApiToken], {
    description: "API tokens: the vendor admin sees every token, a partner admin their partner's.",
  })
  @Allow(Permission.IntegrationManage)
  apiTokens(@Ctx() ctx: RequestContext): Promise<ApiToken[]> {
    return this.tokens.list(ctx);
  }

  @Mutation(() => CreatedApiToken, { description: 'Makes a token; its secret is returned once.' })
  @Allow(Permission.IntegrationManage)
  createApiToken(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateApiTokenInput,
  ): Promise<CreatedApiToken> {
    return this.tokens.create(ctx, input);
  }

  @Mutation(() => ApiToken, { description: 'Stops a token at once; its next request is refused.' })
  @Allow(Permission.IntegrationManage)
  revokeApiToken(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ApiToken> {
    return this.tokens.revoke(ctx, id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The partner's name; null for vendor tokens.",
  })
  @Allow(Permission.IntegrationManage)
  async partnerName(@Ctx() ctx: RequestContext, @Parent() t: ApiToken): Promise<string | null> {
    if (!t.partnerId) return null;
    return (await directoryLoaders.partner(ctx).load(t.partnerId))?.name ?? null;
  }
}
