import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Permission } from '@tandem/shared-domain';
import { RequestContext } from '../context/request-context';

export const PERMISSIONS_KEY = 'tandem:permissions';
export const PUBLIC_KEY = 'tandem:public';

/**
 * Declares what a resolver, field resolver or controller route needs. The caller must hold at
 * least one of the listed permissions. Without this (or @Public) the global guard refuses.
 */
export const Allow = (...permissions: Permission[]) => SetMetadata(PERMISSIONS_KEY, permissions);

/** The only way out of authorization: sign-in, invitation acceptance, password reset, health. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

type RequestWithContext = import('express').Request & { requestContext?: RequestContext };

export function requestContextFrom(context: ExecutionContext): RequestContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ ctx: RequestContext }>().ctx;
  }
  const req = context.switchToHttp().getRequest<RequestWithContext>();
  if (!req.requestContext) throw new Error('Request context middleware did not run');
  return req.requestContext;
}

/** Injects the RequestContext into a resolver or controller method. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  requestContextFrom(context),
);
