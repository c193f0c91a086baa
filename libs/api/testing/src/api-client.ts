/** What a GraphQL call answered, with the first error's code pulled out for assertions. */
export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { field: string; message: string }[] };
  }[];
  code: string | null;
}

/**
 * A browser-like HTTP client for API tests: keeps cookies, sends the CSRF header, signs in
 * through the real /auth endpoints.
 */
export class ApiClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  clearCookie(name: string): void {
    this.cookies.delete(name);
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    if (method !== 'GET' && !this.cookies.has('tandem_csrf'))
      await this.request('GET', '/auth/csrf');
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookies.size
          ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
          : {}),
        ...(method !== 'GET' && this.cookies.has('tandem_csrf')
          ? { 'x-csrf-token': this.cookies.get('tandem_csrf') ?? '' }
          : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = (pair ?? '').indexOf('=');
      const name = (pair ?? '').slice(0, eq).trim();
      const value = decodeURIComponent((pair ?? '').slice(eq + 1).trim());
      const expired = attrs.some(
        (a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0/i.test(a),
      );
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** A multipart upload the way a browser sends one. */
  async upload(
    path: string,
    fields: Record<string, string>,
    file?: { name: string; content: Buffer | string },
  ): Promise<Response> {
    if (!this.cookies.has('tandem_csrf')) await this.request('GET', '/auth/csrf');
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append('file', new Blob([file.content]), file.name);
    return fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': this.cookies.get('tandem_csrf') ?? '',
      },
      body: form,
    });
  }

  async post<T = Record<string, unknown>>(
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const res = await this.request('POST', path, body ?? {});
    return { status: res.status, body: (await res.json()) as T };
  }

  async signIn(
    email: string,
    password: string,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    return this.post('/auth/login', { email, password });
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResult<T>> {
    const res = await this.request('POST', '/graphql', { query, variables });
    const json = (await res.json()) as Omit<GqlResult<T>, 'status' | 'code'>;
    return {
      status: res.status,
      data: json.data ?? null,
      errors: json.errors,
      code: json.errors?.[0]?.extensions?.code ?? null,
    };
  }
}
