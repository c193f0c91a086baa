export const CSRF_COOKIE = 'tandem_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export const SESSION_HINT_COOKIE = 'tandem_session';

export function readCookie(wanted: string, cookieString: string = document.cookie): string | null {
  for (const part of cookieString.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === wanted) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Reads the double-submit token at request time; the server may rotate it at any moment. */
export function readCsrfCookie(cookieString: string = document.cookie): string | null {
  return readCookie(CSRF_COOKIE, cookieString);
}

/** The API marks browsers that hold a session; without the mark there is nobody to look up. */
export function mayHaveSession(cookieString: string = document.cookie): boolean {
  return readCookie(SESSION_HINT_COOKIE, cookieString) !== null;
}

let bootstrap: Promise<void> | null = null;

/** Makes sure the csrf cookie exists (the server sets it on `GET /auth/csrf`). */
export function ensureCsrf(): Promise<void> {
  if (readCsrfCookie()) return Promise.resolve();
  bootstrap ??= fetch('/auth/csrf', { credentials: 'include' })
    .then(() => undefined)
    .finally(() => {
      bootstrap = null;
    });
  return bootstrap;
}

/** Headers every unsafe request needs. */
export async function csrfHeaders(): Promise<Record<string, string>> {
  await ensureCsrf();
  const token = readCsrfCookie();
  return token ? { [CSRF_HEADER]: token } : {};
}
