import type { CookieOptions, Response } from 'express';

export const ACCESS_COOKIE = 'tandem_at';
export const REFRESH_COOKIE = 'tandem_rt';
export const CSRF_COOKIE = 'tandem_csrf';
/**
 * A readable marker (no secret in it) that a session may exist, so the portal does not ask the API
 * who is signed in, and fail, on every anonymous page load.
 */
export const SESSION_HINT_COOKIE = 'tandem_session';
export const CSRF_HEADER = 'x-csrf-token';

export function accessCookieOptions(secure: boolean, maxAgeMs: number): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeMs };
}

export function refreshCookieOptions(secure: boolean, maxAgeMs: number): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: '/auth', maxAge: maxAgeMs };
}

export function sessionHintCookieOptions(secure: boolean, maxAgeMs: number): CookieOptions {
  return { httpOnly: false, sameSite: 'lax', secure, path: '/', maxAge: maxAgeMs };
}

export function clearSessionCookies(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_HINT_COOKIE, { httpOnly: false, sameSite: 'lax', secure, path: '/' });
  res.clearCookie(ACCESS_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
  res.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/auth' });
}
