import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap, throwError } from 'rxjs';
import { CSRF_HEADER, csrfHeaders } from './csrf';
import { refreshSession } from './session-api';
import { sessionExpired } from './session-events';

export interface ApolloClientOptions {
  uri?: string;
  /** Defaults to the session helpers; injectable for tests. */
  refresh?: () => Promise<boolean>;
  onSessionExpired?: () => void;
  fetch?: typeof fetch;
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
  return new ApolloClient({
    link: ApolloLink.from([
      createRefreshLink(
        options.refresh ?? refreshSession,
        options.onSessionExpired ?? (() => sessionExpired.emit()),
      ),
      createCsrfLink(),
      http,
    ]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
