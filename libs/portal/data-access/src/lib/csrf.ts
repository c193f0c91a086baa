export const CSRF_COOKIE = 'tandem_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Reads the double-submit token at request time; the server may rotate it at any moment. */
export function readCsrfCookie(cookieString: string = document.cookie): string | null {
  for (const part of cookieString.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
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
