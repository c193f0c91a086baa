import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import {
  ExecutionArgs,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  OperationTypeNode,
  getOperationAST,
  parse,
  validate,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import {
  AppConfig,
  GqlContext,
  Identity,
  LiveGqlContext,
  RequestContext,
  assertQueryLimits,
  finishLiveEvent,
} from '@tandem/api-core';
import { AuthService } from './auth.service';
import { ACCESS_COOKIE } from './cookies';

/** The part of graphql-ws's connection context we use (its `extra` from the `ws` adapter). */
interface SocketConnection {
  extra: unknown;
  /** The connection's operations, the one being subscribed included. */
  subscriptions: Record<string, unknown>;
}

/** Close code for a connection refused at initialisation (graphql-ws's own "Forbidden"). */
export const SOCKET_FORBIDDEN = 4403;
/** Close code when the access token a socket was opened with expires: renew, then reconnect. */
export const SOCKET_SESSION_EXPIRED = 4440;
/** The portal uses at most three at a time; the rest is headroom for other clients. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 20;
/** setTimeout's ceiling (about 24 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

function cookieFrom(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

function requestOf(conn: SocketConnection): IncomingMessage {
  return (conn.extra as { request: IncomingMessage }).request;
}

/**
 * Authenticates GraphQL subscriptions over WebSocket exactly like HTTP requests: the same
 * access-token cookie, the user re-read from the database, and a RequestContext for the guards.
 * Cookies ride along on cross-site WebSocket handshakes, so the Origin must be our own.
 */
@Injectable()
export class LiveSocketService {
  private readonly logger = new Logger(LiveSocketService.name);
  /** Who opened each connection (the user id); identities are re-read per operation and event. */
  private readonly users = new WeakMap<object, string>();

  constructor(
    private readonly jwt: JwtService,
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  /** Our public origin, or the origin of the Host the browser connected to (same-origin). */
  originAllowed(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (!origin) return false;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return false;
    }
    if (parsed.origin === new URL(this.config.publicUrl).origin) return true;
    return !this.config.isProduction && parsed.host === req.headers.host;
  }

  /** The user behind the handshake's access-token cookie and when that token expires, or null. */
  async identify(req: IncomingMessage): Promise<{ identity: Identity; expiresAt: number } | null> {
    const token = cookieFrom(req.headers.cookie, ACCESS_COOKIE);
    if (!token) return null;
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: string; exp?: number }>(token, {
        algorithms: ['HS256'],
      });
      const identity = payload.sub ? await this.auth.loadIdentity(payload.sub) : null;
      return identity && payload.exp ? { identity, expiresAt: payload.exp * 1000 } : null;
    } catch {
      return null;
    }
  }

  /**
   * graphql-ws server options: refuse foreign origins and anonymous sockets at initialisation,
   * accept only subscriptions (queries and mutations go over HTTP, through the transaction and
   * limits plugins), apply the same depth and complexity limits, and close each event's
   * transaction once its payload is sent.
   */
  options(
    schema: () => GraphQLSchema,
    formatError: (error: GraphQLError) => GraphQLFormattedError,
  ): GraphQLWsSubscriptionsConfig {
    const { maxDepth, maxComplexity } = this.config.graphql;
    return {
      connectionInitWaitTimeout: 5_000,
      onConnect: async (conn) => {
        const req = requestOf(conn);
        if (!this.originAllowed(req)) {
          this.logger.warn(`WebSocket refused: origin ${String(req.headers.origin)}`);
          return false;
        }
        const session = await this.identify(req);
        if (!session) return false;
        this.users.set(conn, session.identity.userId);
        // A socket lives no longer than the token it was opened with, like an HTTP request; the
        // client renews the session and reconnects. (Token expiry is wall-clock time, as in
        // the JWT check itself, not the injectable Clock.)
        const socket = (conn.extra as { socket: WebSocket }).socket;
        const expire = setTimeout(
          () => socket.close(SOCKET_SESSION_EXPIRED, 'Session expired'),
          Math.min(Math.max(0, session.expiresAt - Date.now()), MAX_TIMER_MS),
        );
        socket.once('close', () => clearTimeout(expire));
        return true;
      },
      onSubscribe: async (conn, _id, payload) => {
        const userId = this.users.get(conn);
        if (!userId)
          return [new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } })];
        // Every subscription costs a listener and a scoped read per event: cap them per socket.
        if (Object.keys(conn.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET)
          return [
            new GraphQLError(
              `At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per connection.`,
              { extensions: { code: 'BAD_USER_INPUT' } },
            ),
          ];
        let document;
        try {
          document = parse(payload.query);
        } catch (err) {
          return [err instanceof GraphQLError ? err : new GraphQLError('Invalid query')];
        }
        const gqlSchema = schema();
        const errors = validate(gqlSchema, document);
        if (errors.length) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation || operation.operation !== OperationTypeNode.SUBSCRIPTION)
          return [
            new GraphQLError(
              'Only subscriptions run over WebSocket; send queries and mutations over HTTP.',
              {
                extensions: { code: 'BAD_USER_INPUT' },
              },
            ),
          ];
        try {
          assertQueryLimits({
            schema: gqlSchema,
            document,
            operation,
            operationName: payload.operationName,
            variables: payload.variables,
            maxDepth,
            maxComplexity,
          });
        } catch (err) {
          return [err as GraphQLError];
        }
        const req = requestOf(conn);
        const renew = async () =>
          new RequestContext(
            randomUUID(),
            await this.auth.loadIdentity(userId),
            req.socket.remoteAddress,
          );
        const contextValue: LiveGqlContext = {
          req: req as GqlContext['req'],
          res: undefined as unknown as GqlContext['res'],
          ctx: await renew(),
          renew,
        };
        const args: ExecutionArgs = {
          schema: gqlSchema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
        return args;
      },
      onNext: async (_conn, _id, _payload, args, result) => {
        await finishLiveEvent(args.contextValue as LiveGqlContext);
        if (!result.errors?.length) return;
        return { ...result, errors: result.errors.map(formatError) };
      },
    };
  }
}
