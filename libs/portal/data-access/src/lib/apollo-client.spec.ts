import { gql } from '@apollo/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApolloClient } from './apollo-client';
import { refreshSession } from './session-api';

const Q = gql`
  query Probe {
    unreadNotificationCount
  }
`;
const Q2 = gql`
  query ProbeTwo {
    unreadNotificationCount
  }
`;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const unauthenticated = () =>
  json({
    errors: [{ message: 'Please sign in.', extensions: { code: 'UNAUTHENTICATED' } }],
    data: null,
  });

function setCookie(value: string) {
  document.cookie = `tandem_csrf=${value}; path=/`;
}

describe('Apollo links', () => {
  beforeEach(() => setCookie('token-1'));
  afterEach(() => vi.unstubAllGlobals());

  it('sends the csrf cookie value as x-csrf-token, read fresh for every request', async () => {
    const fetchMock = vi.fn(async () => json({ data: { unreadNotificationCount: 3 } }));
    const client = createApolloClient({
      uri: 'http://test/graphql',
      fetch: fetchMock as typeof fetch,
    });

    await client.query({ query: Q, fetchPolicy: 'network-only' });
    setCookie('token-2');
    await client.query({ query: Q, fetchPolicy: 'network-only' });

    const headers = fetchMock.mock.calls.map(
      (call) => (call as unknown as [string, RequestInit])[1].headers as Record<string, string>,
    );
    expect(headers[0]['x-csrf-token']).toBe('token-1');
    expect(headers[1]['x-csrf-token']).toBe('token-2');
    expect((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].credentials).toBe(
      'include',
    );
  });

  it('refreshes once for concurrent UNAUTHENTICATED results and retries each operation', async () => {
    let renewed = false;
    const fetchMock = vi.fn(async () =>
      renewed ? json({ data: { unreadNotificationCount: 7 } }) : unauthenticated(),
    );
    const refresh = vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 10));
      renewed = true;
      return true;
    });
    const shared = () => refreshShared(refresh);
    const onExpired = vi.fn();
    const client = createApolloClient({
      uri: 'http://test/graphql',
      fetch: fetchMock as typeof fetch,
      refresh: shared,
      onSessionExpired: onExpired,
    });

    const [a, b] = await Promise.all([
      client.query({ query: Q, fetchPolicy: 'network-only' }),
      client.query({ query: Q2, fetchPolicy: 'network-only' }),
    ]);

    expect(a.data).toEqual({ unreadNotificationCount: 7 });
    expect(b.data).toEqual({ unreadNotificationCount: 7 });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(4);
    expect(onExpired).not.toHaveBeenCalled();
  });

  it('reports an expired session when the refresh fails, without retrying forever', async () => {
    const fetchMock = vi.fn(async () => unauthenticated());
    const onExpired = vi.fn();
    const client = createApolloClient({
      uri: 'http://test/graphql',
      fetch: fetchMock as typeof fetch,
      refresh: async () => false,
      onSessionExpired: onExpired,
    });

    await expect(client.query({ query: Q, fetchPolicy: 'network-only' })).rejects.toThrow(
      'Please sign in.',
    );
    expect(onExpired).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

// The real helper shares one in-flight request; mirror that around a fake refresh.
let inFlight: Promise<boolean> | null = null;
function refreshShared(refresh: () => Promise<boolean>) {
  inFlight ??= refresh().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

describe('refreshSession', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shares one POST /auth/refresh between concurrent callers and sends the csrf header', async () => {
    setCookie('token-9');
    const fetchMock = vi.fn(async () => json({ user: { userId: 'u1' } }));
    vi.stubGlobal('fetch', fetchMock);

    const results = await Promise.all([refreshSession(), refreshSession(), refreshSession()]);

    expect(results).toEqual([true, true, true]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/auth/refresh');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBe('token-9');
  });

  it('answers false when the refresh token is refused', async () => {
    setCookie('token-9');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ errors: [{ message: 'Please sign in.' }] }, 401)),
    );
    await expect(refreshSession()).resolves.toBe(false);
  });
});

describe('live socket URL', () => {
  it('derives ws(s)://<host>/graphql from the page, or converts an absolute endpoint', async () => {
    const { liveSocketUrl } = await import('./live-socket');
    expect(liveSocketUrl({ protocol: 'https:', host: 'prm.example.com' })).toBe(
      'wss://prm.example.com/graphql',
    );
    expect(liveSocketUrl({ protocol: 'http:', host: 'localhost:5173' })).toBe(
      'ws://localhost:5173/graphql',
    );
    expect(liveSocketUrl({ protocol: 'http:', host: 'x' }, 'https://api.example.com/graphql')).toBe(
      'wss://api.example.com/graphql',
    );
  });
});
