import { createContext, useContext } from 'react';
import type { MeQuery } from '../gql/graphql';

export type CurrentUser = MeQuery['me'];

export interface SessionState {
  /** `undefined` while the first check is running, `null` when signed out. */
  user: CurrentUser | null | undefined;
  signIn(email: string, password: string): Promise<CurrentUser>;
  signOut(): Promise<void>;
  reload(): Promise<CurrentUser | null>;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** For screens that only render after sign-in (inside the guarded layout). */
export function useCurrentUser(): CurrentUser {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser needs a signed-in user');
  return user;
}
