import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { MeDocument } from '../graphql/session.graphql';
import { isUnauthenticated } from '../lib/apollo-client';
import { ensureCsrf, mayHaveSession } from '../lib/csrf';
import { resetLiveSockets } from '../lib/live-socket';
import { login, logout } from '../lib/session-api';
import { sessionExpired } from '../lib/session-events';
import { SessionContext, type CurrentUser, type SessionState } from './session-context';

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [user, setUser] = useState<CurrentUser | null | undefined>(undefined);
  const signedIn = useRef(false);
  useEffect(() => {
    signedIn.current = Boolean(user);
  }, [user]);

  const reload = useCallback(async (): Promise<CurrentUser | null> => {
    try {
      const { data } = await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
      const me = data?.me ?? null;
      setUser(me);
      return me;
    } catch (error) {
      if (!isUnauthenticated(error)) throw error;
      setUser(null);
      return null;
    }
  }, [client]);

  useEffect(() => {
    let cancelled = false;
    ensureCsrf()
      .then(async () => {
        if (mayHaveSession()) await reload();
        else setUser(null);
      })
      .catch(() => {
        // The API is unreachable; treat as signed out so the sign-in page can explain.
        if (!cancelled) setUser(null);
      });
    return () => {
      cancelled = true;
    };
  }, [reload]);

  useEffect(
    () =>
      sessionExpired.subscribe(() => {
        // Anonymous pages (sign-in, invitations) also hear this; they have nothing to clear, and
        // clearing the store would cancel their own queries in flight.
        if (!signedIn.current) return;
        signedIn.current = false;
        setUser(null);
        resetLiveSockets();
        void client.clearStore();
      }),
    [client],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      await login(email, password);
      resetLiveSockets();
      await client.clearStore();
      const me = await reload();
      if (!me) throw new Error('Signed in, but the session could not be read. Try again.');
      return me;
    },
    [client, reload],
  );

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      setUser(null);
      resetLiveSockets();
      await client.clearStore();
    }
  }, [client]);

  const value = useMemo<SessionState>(
    () => ({ user, signIn, signOut, reload }),
    [user, signIn, signOut, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
