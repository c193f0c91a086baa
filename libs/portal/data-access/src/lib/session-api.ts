import type { Role } from '@tandem/shared-domain';
import { csrfHeaders } from './csrf';

export interface SessionUser {
  userId: string;
  email: string;
  name: string;
  role: Role;
  partnerId: string | null;
}

/** An /auth/* call that the server refused; `message` is written for people. */
export class AuthRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'AuthRequestError';
  }
}

const FALLBACK_MESSAGES: Record<number, string> = {
  400: 'Check what you entered and try again.',
  401: 'Email or password is incorrect.',
  403: 'You cannot sign in with this account.',
  429: 'Too many attempts. Wait a few minutes and try again.',
};

async function post<T>(path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', ...(await csrfHeaders()) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new AuthRequestError(
      'Could not reach Tandem. Check your connection and try again.',
      0,
      null,
    );
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;
  const first = (payload as { errors?: { message?: string; extensions?: { code?: string } }[] })
    ?.errors?.[0];
  const message =
    response.status >= 500
      ? 'Something went wrong on our side. Try again in a moment.'
      : (first?.message ?? FALLBACK_MESSAGES[response.status] ?? 'The request was refused.');
  throw new AuthRequestError(message, response.status, first?.extensions?.code ?? null);
}

export async function login(email: string, password: string): Promise<SessionUser> {
  const { user } = await post<{ user: SessionUser }>('/auth/login', { email, password });
  return user;
}

export async function logout(): Promise<void> {
  await post('/auth/logout');
}

let inFlightRefresh: Promise<boolean> | null = null;

/**
 * Renews the access cookie. Concurrent callers share one request, because the refresh token
 * rotates: a second parallel refresh would present an already-used token.
 */
export function refreshSession(): Promise<boolean> {
  inFlightRefresh ??= post('/auth/refresh')
    .then(
      () => true,
      () => false,
    )
    .finally(() => {
      inFlightRefresh = null;
    });
  return inFlightRefresh;
}
