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
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { Permission, WebhookDeliveryStatus, WebhookEventType } from '@tandem/shared-domain';
import {
  Allow,
  Ctx,
  PageInput,
  Paginated,
  PaginatedResult,
  RequestContext,
  toPage,
} from '@tandem/api-core';
import { directoryLoaders } from '@tandem/api-directory';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.entities';
import { WebhooksService } from './webhooks.service';

@ObjectType()
export class WebhookDeliveryPage extends Paginated(WebhookDelivery, 'WebhookDeliveryPage') {}

@ObjectType()
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;

  @Field({ description: 'The signing secret; shown only now, never again.' })
  secret: string;
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field()
  @IsString()
  @MaxLength(2100, { message: 'Keep the URL under 2,000 characters.' })
  url: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(600, { message: 'Keep the description under 500 characters.' })
  description?: string;

  @Field(() => [WebhookEventType])
  @IsEnum(WebhookEventType, { each: true })
  @ArrayMaxSize(50)
  events: WebhookEventType[];
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2100, { message: 'Keep the URL under 2,000 characters.' })
  url?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(600, { message: 'Keep the description under 500 characters.' })
  description?: string;

  @Field(() => [WebhookEventType], { nullable: true })
  @IsOptional()
  @IsEnum(WebhookEventType, { each: true })
  @ArrayMaxSize(50)
  events?: WebhookEventType[];

  @Field({ nullable: true, description: 'Enabling again resets the failure count.' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;
}

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  constructor(private readonly webhooks: WebhooksService) {}

  @Query(() => [WebhookEndpoint], {
    description: 'Webhook endpoints: a partner admin’s own partner’s, or (vendor admins) all.',
  })
  @Allow(Permission.IntegrationManage)
  webhookEndpoints(@Ctx() ctx: RequestContext): Promise<WebhookEndpoint[]> {
    return this.webhooks.list(ctx);
  }

  @Query(() => WebhookEndpoint)
  @Allow(Permission.IntegrationManage)
  webhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WebhookEndpoint> {
    return this.webhooks.get(ctx, id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Null for a vendor endpoint.' })
  @Allow(Permission.IntegrationManage)
  async partnerName(@Ctx() ctx: RequestContext, @Parent() endpoint: WebhookEndpoint) {
    if (!endpoint.partnerId) return null;
    return (await directoryLoaders.partner(ctx).load(endpoint.partnerId))?.name ?? null;
  }

  @ResolveField(() => WebhookDelivery, { nullable: true })
  @Allow(Permission.IntegrationManage)
  lastDelivery(@Ctx() ctx: RequestContext, @Parent() endpoint: WebhookEndpoint) {
    return this.webhooks.lastDelivery(ctx, endpoint.id);
  }

  @ResolveField(() => WebhookDeliveryPage, { description: 'Newest first.' })
  @Allow(Permission.IntegrationManage)
  deliveries(
    @Ctx() ctx: RequestContext,
    @Parent() endpoint: WebhookEndpoint,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('status', { type: () => WebhookDeliveryStatus, nullable: true })
    status?: WebhookDeliveryStatus,
  ): Promise<PaginatedResult<WebhookDelivery>> {
    return this.webhooks.deliveries(ctx, endpoint.id, toPage(page), status);
  }

  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'Registers an endpoint for the caller’s organisation; returns its secret once.',
  })
  @Allow(Permission.IntegrationManage)
  createWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateWebhookEndpointInput,
  ): Promise<WebhookEndpointWithSecret> {
    return this.webhooks.create(ctx, input);
  }

  @Mutation(() => WebhookEndpoint)
  @Allow(Permission.IntegrationManage)
  updateWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpoint> {
    return this.webhooks.update(ctx, input);
  }

  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'Replaces the signing secret at once; returns the new one once.',
  })
  @Allow(Permission.IntegrationManage)
  rotateWebhookSecret(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WebhookEndpointWithSecret> {
    return this.webhooks.rotateSecret(ctx, id);
  }

  @Mutation(() => Boolean)
  @Allow(Permission.IntegrationManage)
  deleteWebhookEndpoint(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.webhooks.delete(ctx, id);
  }

  @Mutation(() => WebhookDelivery, {
    description: 'Attempts a delivery again now, with a fresh 24-hour retry window.',
  })
  @Allow(Permission.IntegrationManage)
  resendWebhookDelivery(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WebhookDelivery> {
    return this.webhooks.resend(ctx, id);
  }

  @Mutation(() => WebhookDelivery, { description: 'Queues a `ping` event for this endpoint.' })
  @Allow(Permission.IntegrationManage)
  sendTestWebhook(
    @Ctx() ctx: RequestContext,
    @Args('endpointId', { type: () => ID }) endpointId: string,
  ): Promise<WebhookDelivery> {
    return this.webhooks.sendTest(ctx, endpointId);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  constructor(private readonly webhooks: WebhooksService) {}

  @ResolveField(() => [WebhookAttempt], { description: 'The latest 50 attempts, newest first.' })
  @Allow(Permission.IntegrationManage)
  attemptLog(@Ctx() ctx: RequestContext, @Parent() delivery: WebhookDelivery) {
    return this.webhooks.attemptLog(ctx, delivery.id);
  }
}
