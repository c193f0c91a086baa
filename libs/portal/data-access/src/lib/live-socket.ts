import { createClient, type Client } from 'graphql-ws';
import { refreshSession } from './session-api';

/** The API refused the socket (no session, foreign origin): retrying would only repeat that. */
const FORBIDDEN = 4403;
/** The access token the socket was opened with expired: renew the session, then reconnect. */
const SESSION_EXPIRED = 4440;

const closeCode = (event: unknown) =>
  typeof event === 'object' && event !== null && 'code' in event ? Number(event.code) : null;

export interface LiveSocket {
  /** The graphql-ws client for the current session, created on first use. */
  client(): Client;
  /** Closes the socket (sign-out, another user); the next subscription opens a fresh one. */
  reset(): void;
}

const sockets = new Set<LiveSocket>();

/** Closes every live socket: called when the session ends or changes hands. */
export function resetLiveSockets(): void {
  for (const socket of sockets) socket.reset();
}

/**
 * The WebSocket URL of a GraphQL endpoint: ws(s)://<this host>/graphql for a path (the page's own
 * origin, so the session cookie rides along), or the same address with ws(s) for an absolute one.
 */
export function liveSocketUrl(
  location: Pick<Location, 'protocol' | 'host'>,
  endpoint = '/graphql',
): string {
  if (/^https?:\/\//.test(endpoint)) return endpoint.replace(/^http/, 'ws');
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${endpoint}`;
}

/**
 * Subscriptions over one lazy WebSocket: it opens with the first subscription, closes shortly
 * after the last, and reconnects with backoff after network trouble — but not after the API
 * refused it (signed out), which would only repeat the refusal.
 */
export function createLiveSocket(
  url: () => string,
  /** Called after a dropped socket reconnects: events sent meanwhile are not replayed. */
  onReconnected: () => void = () => undefined,
): LiveSocket {
  let current: Client | null = null;
  let lastClose: number | null = null;
  const socket: LiveSocket = {
    client() {
      current ??= createClient({
        url: url(),
        lazy: true,
        lazyCloseTimeout: 3_000,
        retryAttempts: 20,
        shouldRetry: (event) => closeCode(event) !== FORBIDDEN,
        retryWait: async (retries) => {
          if (lastClose === SESSION_EXPIRED) await refreshSession();
          const backoff = Math.min(30_000, 1_000 * 2 ** retries);
          await new Promise((resolve) => setTimeout(resolve, backoff + Math.random() * 1_000));
        },
        on: {
          closed: (event) => {
            lastClose = closeCode(event);
          },
          connected: (_socket, _payload, wasRetry) => {
            if (wasRetry) onReconnected();
          },
        },
      });
      return current;
    },
    reset() {
      const previous = current;
      current = null;
      void previous?.dispose();
    },
  };
  sockets.add(socket);
  return socket;
}
