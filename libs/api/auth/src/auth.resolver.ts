import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@tandem/shared-domain';
import { Allow, Ctx, Public, RequestContext } from '@tandem/api-core';
import type { GqlContext } from '@tandem/api-core';
import { AuthService } from './auth.service';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => Boolean, { description: 'Changes the password and ends every other session.' })
  @Allow(Permission.Authenticated)
  changePassword(
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ) {
    return this.auth.changePassword(ctx, gql.res, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, {
    description: 'Emails a reset link if the account exists; always answers true.',
  })
  @Public()
  requestPasswordReset(@Args('email') email: string) {
    return this.auth.requestPasswordReset(email);
  }

  @Mutation(() => String, {
    description: 'Sets a new password from a reset link; returns the email to sign in with.',
  })
  @Public()
  resetPassword(@Args('token') token: string, @Args('password') password: string) {
    return this.auth.resetPassword(token, password);
  }
}
