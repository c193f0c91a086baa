export { graphql } from './gql';
export * from './gql/graphql';
export {
  createApolloClient,
  createCsrfLink,
  createLiveLink,
  createRefreshLink,
  isUnauthenticated,
  type ApolloClientOptions,
} from './lib/apollo-client';
export {
  createLiveSocket,
  liveSocketUrl,
  resetLiveSockets,
  type LiveSocket,
} from './lib/live-socket';
export { CSRF_COOKIE, CSRF_HEADER, csrfHeaders, ensureCsrf, readCsrfCookie } from './lib/csrf';
export {
  AuthRequestError,
  login,
  logout,
  refreshSession,
  type SessionUser,
} from './lib/session-api';
export { sessionExpired } from './lib/session-events';
export {
  SessionContext,
  useCurrentUser,
  useSession,
  type CurrentUser,
  type SessionState,
} from './session/session-context';
export { SessionProvider } from './session/session-provider';
