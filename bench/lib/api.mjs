// Starts the built API against the bench database and talks to it the way the portal does:
// cookie session from /auth/login, the CSRF header, POST /graphql.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { API_MAIN, ROOT } from './postgres.mjs';

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

export async function startApi(pgServer) {
  const port = await freePort();
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: pgServer.appUrl(),
      DATABASE_OWNER_URL: pgServer.ownerUrl(),
      JWT_SECRET: randomBytes(32).toString('hex'),
      // Sessions outlive the run; http on loopback.
      ACCESS_TOKEN_TTL_SECONDS: '86400',
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      DEMO_SEED: 'false',
      // The mixed workload signs nobody in; keep lockouts out of the way anyway.
      LOGIN_MAX_FAILURES: '1000',
    },
  });
  let output = '';
  child.stdout.on('data', (d) => (output = (output + d).slice(-20_000)));
  child.stderr.on('data', (d) => (output = (output + d).slice(-20_000)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited early:\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/health/ready`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`API did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    pid: child.pid,
    output: () => output,
    /** Peak and current resident memory of the API process, in MB (Linux /proc). */
    memory() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { peakRssMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** A signed-in browser-like client (cookies + CSRF), as libs/api/testing's ApiClient. */
export class Session {
  cookies = new Map();

  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** Headers for a POST /graphql from this session (also used by autocannon). */
  headers() {
    return {
      'content-type': 'application/json',
      cookie: this.cookieHeader(),
      'x-csrf-token': this.cookies.get('tandem_csrf') ?? '',
    };
  }

  async request(method, path, body) {
    if (method !== 'GET' && !this.cookies.has('tandem_csrf'))
      await this.request('GET', '/auth/csrf');
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: method === 'GET' ? { cookie: this.cookieHeader() } : this.headers(),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = decodeURIComponent(pair.slice(eq + 1).trim());
      if (value === '' || /max-age=0|expires=Thu, 01 Jan 1970/i.test(line))
        this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  static async signIn(baseUrl, email, password) {
    const session = new Session(baseUrl);
    const res = await session.request('POST', '/auth/login', { email, password });
    if (!res.ok) throw new Error(`Sign-in of ${email} failed: ${res.status} ${await res.text()}`);
    return session;
  }

  /** Runs one operation; throws on HTTP or GraphQL errors so a broken benchmark is loud. */
  async gql(query, variables = {}) {
    const res = await this.request('POST', '/graphql', { query, variables });
    const json = await res.json();
    if (!res.ok || json.errors?.length)
      throw new Error(`GraphQL failed (${res.status}): ${JSON.stringify(json.errors ?? json)}`);
    return json.data;
  }
}
