import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { Permission } from '@tandem/shared-domain';
import { Allow, LiveEventsService, LiveTopic, NotFoundError } from '@tandem/api-core';
import type { LiveGqlContext } from '@tandem/api-core';
import { DealRegistration } from './deal.entities';
import { DealsService } from './deals.service';

@Resolver(() => DealRegistration)
export class DealLiveResolver {
  constructor(
    private readonly live: LiveEventsService,
    private readonly deals: DealsService,
  ) {}

  @Subscription(() => DealRegistration, {
    description:
      'Registrations approved, rejected or marked duplicate, for callers who may see them (the registering partner’s users, vendor staff in scope). WebSocket.',
    resolve: (deal: DealRegistration) => deal,
  })
  @Allow(Permission.DealRead)
  registrationDecided(@Context() gql: LiveGqlContext) {
    return this.live.stream(gql, {
      topic: LiveTopic.DealDecision,
      permissions: [Permission.DealRead],
      // Vendor staff go on to the scoped re-read; partner users only hear of their own partner.
      audience: (event, me) => me.partnerId === null || event.partnerId === me.partnerId,
      load: (ctx, event) =>
        this.deals.get(ctx, event.id).catch((err: unknown) => {
          if (err instanceof NotFoundError) return null;
          throw err;
        }),
    });
  }
}
