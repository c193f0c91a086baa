import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Permission } from '@tandem/shared-domain';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import { PERMISSIONS_KEY, PUBLIC_KEY, requestContextFrom } from './permissions.decorator';

/** The global, deny-by-default guard for every GraphQL resolver, field resolver and route. */
@Injectable()
export class PermissionsGuard implements CanActivate {
  private readonly logger = new Logger(PermissionsGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const required = this.reflector.getAllAndOverride<Permission[] | undefined>(
      PERMISSIONS_KEY,
      targets,
    );
    if (!required || required.length === 0) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no permission; refusing`,
      );
      throw new ForbiddenError();
    }
    const ctx = requestContextFrom(context);
    if (!ctx.isAuthenticated) throw new UnauthenticatedError();
    if (!required.some((p) => ctx.can(p))) throw new ForbiddenError();
    return true;
  }
}
