import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@tandem/shared-domain';
import { Allow, Ctx, RequestContext } from '@tandem/api-core';
import { Partner, directoryLoaders } from '@tandem/api-directory';
import { SsoConnectionsService } from './sso-connections.service';
import { SsoDiscoveryService } from './sso-discovery.service';
import { SsoConnection } from './sso.entities';
import { SsoConnectionInput, SsoConnectionTestResult } from './sso.inputs';

@Resolver(() => SsoConnection)
export class SsoResolver {
  constructor(
    private readonly connections: SsoConnectionsService,
    private readonly discovery: SsoDiscoveryService,
  ) {}

  @Query(() => [SsoConnection], { description: 'Single sign-on connections, by name.' })
  @Allow(Permission.ProgramSettingsManage)
  ssoConnections(@Ctx() ctx: RequestContext) {
    return this.connections.list(ctx);
  }

  @Query(() => String, {
    description: 'The redirect URI to register at identity providers for single sign-on.',
  })
  @Allow(Permission.ProgramSettingsManage)
  ssoRedirectUri(): string {
    return this.discovery.redirectUri;
  }

  @Mutation(() => SsoConnection, {
    description: 'Creates a single sign-on connection, or updates it when id is given.',
  })
  @Allow(Permission.ProgramSettingsManage)
  saveSsoConnection(@Ctx() ctx: RequestContext, @Args('input') input: SsoConnectionInput) {
    return this.connections.save(ctx, input);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a connection; its users stay, but lose the link to the provider.',
  })
  @Allow(Permission.ProgramSettingsManage)
  deleteSsoConnection(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.connections.delete(ctx, id);
  }

  @Mutation(() => SsoConnectionTestResult, {
    description: "Reads the identity provider's discovery document with the stored settings.",
  })
  @Allow(Permission.ProgramSettingsManage)
  testSsoConnection(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.connections.test(ctx, id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether a client secret is stored (never the secret).',
  })
  @Allow(Permission.ProgramSettingsManage)
  clientSecretSet(@Parent() connection: SsoConnection): boolean {
    return Boolean(connection.clientSecretSealed);
  }

  @ResolveField(() => Partner, { nullable: true })
  @Allow(Permission.ProgramSettingsManage)
  partner(@Ctx() ctx: RequestContext, @Parent() connection: SsoConnection) {
    return connection.partnerId ? directoryLoaders.partner(ctx).load(connection.partnerId) : null;
  }
}
