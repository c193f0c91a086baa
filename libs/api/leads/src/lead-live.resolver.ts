import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { Permission, Role } from '@tandem/shared-domain';
import { Allow, LiveEventsService, LiveTopic, NotFoundError } from '@tandem/api-core';
import type { LiveGqlContext } from '@tandem/api-core';
import { Lead } from './lead.entities';
import { LeadsService } from './leads.service';

@Resolver(() => Lead)
export class LeadLiveResolver {
  constructor(
    private readonly live: LiveEventsService,
    private readonly leads: LeadsService,
  ) {}

  @Subscription(() => Lead, {
    description:
      'Leads newly offered to the caller’s partner, as the `lead` query shows them to the caller (a sales rep: only offers to them). WebSocket.',
    resolve: (lead: Lead) => lead,
  })
  @Allow(Permission.LeadRead)
  leadOfferReceived(@Context() gql: LiveGqlContext) {
    return this.live.stream(gql, {
      topic: LiveTopic.LeadOffer,
      permissions: [Permission.LeadRead],
      // A sales rep sees only offers to them: skip the re-read for everyone else's.
      audience: (event, me) =>
        me.partnerId !== null &&
        event.partnerId === me.partnerId &&
        (me.role !== Role.PARTNER_SALES_REP || (event.userIds ?? []).includes(me.userId)),
      load: (ctx, event) =>
        this.leads.get(ctx, event.id).catch((err: unknown) => {
          if (err instanceof NotFoundError) return null;
          throw err;
        }),
    });
  }
}
