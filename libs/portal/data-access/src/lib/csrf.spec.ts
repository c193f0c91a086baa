import { describe, expect, it } from 'vitest';
import { mayHaveSession, readCookie, readCsrfCookie } from './csrf';

describe('cookies the portal may read', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('b', 'a=1; b=x%3Dy; c=3')).toBe('x=y');
    expect(readCookie('missing', 'a=1')).toBeNull();
    expect(readCsrfCookie('tandem_csrf=abc; other=1')).toBe('abc');
  });

  it('only looks up the session when the API marked one', () => {
    expect(mayHaveSession('tandem_csrf=abc')).toBe(false);
    expect(mayHaveSession('tandem_csrf=abc; tandem_session=1')).toBe(true);
  });
});
