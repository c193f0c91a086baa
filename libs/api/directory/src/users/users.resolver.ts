import {
  Args,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Permission, Role, UserStatus } from '@tandem/shared-domain';
import { Allow, Ctx, PageInput, Paginated, Public, RequestContext, toPage } from '@tandem/api-core';
import { User } from './user.entity';
import {
  AcceptInvitationInput,
  InvitationPreview,
  InvitationResult,
  InviteUserInput,
  UserFilterInput,
} from './user.inputs';
import { UsersService } from './users.service';
import { InvitationsService } from '../invitations/invitations.service';
import { Partner } from '../partners/partner.entity';
import { directoryLoaders } from '../directory.loaders';

@ObjectType()
export class UserPage extends Paginated(User, 'UserPage') {}

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly service: UsersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Query(() => User, { description: 'The signed-in user.' })
  @Allow(Permission.Authenticated)
  me(@Ctx() ctx: RequestContext) {
    return this.service.me(ctx);
  }

  @Mutation(() => User)
  @Allow(Permission.Authenticated)
  updateMyProfile(@Ctx() ctx: RequestContext, @Args('name') name: string) {
    return this.service.updateMyProfile(ctx, name);
  }

  @Query(() => UserPage)
  @Allow(Permission.UserRead)
  users(
    @Ctx() ctx: RequestContext,
    @Args('filter', { nullable: true }) filter?: UserFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    return this.service.list(ctx, filter, toPage(page));
  }

  @Query(() => User)
  @Allow(Permission.UserRead)
  user(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(ctx, id);
  }

  @Query(() => [User], { description: 'Channel managers, for assignment and filtering.' })
  @Allow(Permission.UserRead, Permission.PartnerCreate)
  channelManagers(@Ctx() ctx: RequestContext) {
    return this.service.channelManagers(ctx);
  }

  @Mutation(() => User, {
    description: 'Enable or disable a user; disabling cuts access on their next request.',
  })
  @Allow(Permission.UserManage)
  setUserStatus(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => UserStatus }) status: UserStatus,
  ) {
    return this.service.setStatus(ctx, id, status);
  }

  @Mutation(() => User)
  @Allow(Permission.UserManage)
  changeUserRole(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('role', { type: () => Role }) role: Role,
  ) {
    return this.service.changeRole(ctx, id, role);
  }

  @Mutation(() => InvitationResult)
  @Allow(Permission.UserInvite)
  inviteUser(@Ctx() ctx: RequestContext, @Args('input') input: InviteUserInput) {
    return this.invitations.invite(ctx, input);
  }

  @Mutation(() => InvitationResult)
  @Allow(Permission.UserInvite)
  resendInvitation(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID }) userId: string) {
    return this.invitations.resend(ctx, userId);
  }

  @Mutation(() => Boolean, {
    description: 'Withdraws a pending invitation and removes the invited user.',
  })
  @Allow(Permission.UserInvite)
  revokeInvitation(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID }) userId: string) {
    return this.invitations.revoke(ctx, userId);
  }

  @Query(() => InvitationPreview, {
    description: 'What an invitation link is for, shown before accepting.',
  })
  @Public()
  invitation(@Args('token') token: string) {
    return this.invitations.preview(token);
  }

  @Mutation(() => String, {
    description: 'Accepts an invitation; returns the email to sign in with.',
  })
  @Public()
  acceptInvitation(@Args('input') input: AcceptInvitationInput) {
    return this.invitations.accept(input);
  }

  @ResolveField(() => Partner, { nullable: true })
  @Allow(Permission.Authenticated)
  partner(@Ctx() ctx: RequestContext, @Parent() user: User) {
    return user.partnerId ? directoryLoaders.partner(ctx).load(user.partnerId) : null;
  }
}
