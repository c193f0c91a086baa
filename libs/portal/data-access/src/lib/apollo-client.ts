import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import type { Client } from 'graphql-ws';
import { from, switchMap, throwError } from 'rxjs';
import { CSRF_HEADER, csrfHeaders } from './csrf';
import { createLiveSocket, liveSocketUrl, type LiveSocket } from './live-socket';
import { refreshSession } from './session-api';
import { sessionExpired } from './session-events';

export interface ApolloClientOptions {
  uri?: string;
  /** Defaults to the session helpers; injectable for tests. */
  refresh?: () => Promise<boolean>;
  onSessionExpired?: () => void;
  fetch?: typeof fetch;
  /** Where subscriptions go; defaults to ws(s)://<this host>/graphql. Null: no subscriptions. */
  liveSocket?: LiveSocket | null;
}

export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  }
  return ServerError.is(error) && error.statusCode === 401;
}

/** Adds the double-submit csrf header, read from the cookie for every single request. */
export function createCsrfLink(): ApolloLink {
  return new ApolloLink((operation, forward) =>
    from(csrfHeaders()).pipe(
      switchMap((headers) => {
        operation.setContext(
          ({ headers: previous = {} }: { headers?: Record<string, string> }) => ({
            headers: { ...previous, [CSRF_HEADER]: headers[CSRF_HEADER] ?? '' },
          }),
        );
        return forward(operation);
      }),
    ),
  );
}

/**
 * On UNAUTHENTICATED, renews the session once (shared between concurrent operations) and replays
 * the operation; when renewal fails the session is over and the app sends the user to sign in.
 */
export function createRefreshLink(
  refresh: () => Promise<boolean>,
  onSessionExpired: () => void,
): ApolloLink {
  return new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || operation.getContext()['authRetried']) return;
    operation.setContext({ authRetried: true });
    return from(refresh()).pipe(
      switchMap((renewed) => {
        if (renewed) return forward(operation);
        onSessionExpired();
        return throwError(() => error);
      }),
    );
  });
}

export function createApolloClient(options: ApolloClientOptions = {}): ApolloClient {
  const http = new HttpLink({
    uri: options.uri ?? '/graphql',
    credentials: 'include',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const httpChain = ApolloLink.from([
    createRefreshLink(
      options.refresh ?? refreshSession,
      options.onSessionExpired ?? (() => sessionExpired.emit()),
    ),
    createCsrfLink(),
    http,
  ]);
  const live =
    options.liveSocket === undefined
      ? createLiveSocket(
          () => liveSocketUrl(window.location, options.uri ?? '/graphql'),
          // What happened while the socket was down is not replayed: refresh what is on screen.
          () => void client.refetchQueries({ include: 'active' }),
        )
      : options.liveSocket;
  const client: ApolloClient = new ApolloClient({
    link: live ? ApolloLink.split(isSubscription, createLiveLink(live), httpChain) : httpChain,
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return client;
}

function isSubscription({ query }: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}

/** Subscriptions go over the session's live socket, which is replaced when the session changes. */
export function createLiveLink(live: LiveSocket): ApolloLink {
  const delegate = {
    subscribe: (...args: Parameters<Client['subscribe']>) => live.client().subscribe(...args),
  } as Client;
  return new GraphQLWsLink(delegate);
}
