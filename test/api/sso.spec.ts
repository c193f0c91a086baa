import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role, UserStatus } from '@tandem/shared-domain';
import { ApiClient, TEST_PASSWORD } from '@tandem/api-testing';
import { Partner, User } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';
import { OidcTestProvider, startOidcProvider } from './support/oidc-test-provider';

const PUBLIC_URL = 'http://portal.test';
const REDIRECT_URI = `${PUBLIC_URL}/auth/sso/callback`;

/** A cookie jar per origin, and redirects followed by hand, the way a browser would. */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  constructor(private readonly tandemUrl: string) {}

  jar(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new Map()));
    return jar;
  }

  /** Requests on portal.test (the public URL) go to the test server. */
  async fetch(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const target = new URL(
      url.startsWith(PUBLIC_URL) ? this.tandemUrl + url.slice(PUBLIC_URL.length) : url,
    );
    const jar = this.jar(target.origin);
    const res = await fetch(target, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        ...(jar.size ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = (pair ?? '').indexOf('=');
      const name = (pair ?? '').slice(0, eq).trim();
      const value = (pair ?? '').slice(eq + 1).trim();
      const expired = attrs.some(
        (a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0/i.test(a),
      );
      if (expired || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    const location = res.headers.get('location');
    return { res, location: location ? new URL(location, target).href : null };
  }

  /** An API client that shares this browser's Tandem cookies. */
  api(): ApiClient {
    const client = new ApiClient(this.tandemUrl);
    for (const [k, v] of this.jar(new URL(this.tandemUrl).origin))
      client.setCookie(k, decodeURIComponent(v));
    return client;
  }
}

interface Dance {
  /** Where Tandem sent the browser at the end: "/" or "/sign-in?sso_error=…". */
  landing: string;
  browser: Browser;
}

describe('OpenID Connect single sign-on', () => {
  let t: TestApp;
  let idp: OidcTestProvider;
  let partner: Partner;
  let admin: ApiClient;
  let connectionId: string;

  /**
   * Starts at Tandem, signs in at the provider's login form as `login`, consents, and returns where
   * Tandem's callback redirected. `tamper` may rewrite the callback URL before it is followed.
   */
  async function dance(
    email: string,
    login: string,
    tamper: (callback: URL) => URL = (u) => u,
    browser = new Browser(t.url),
  ): Promise<Dance> {
    let step = await browser.fetch(
      `${PUBLIC_URL}/auth/sso/start?email=${encodeURIComponent(email)}`,
    );
    expect(step.res.status).toBe(302);
    for (let hops = 0; hops < 20; hops++) {
      const location = step.location;
      if (!location) {
        const html = await step.res.text();
        const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
        const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
        if (!action || !prompt) throw new Error(`Unexpected provider page: ${html.slice(0, 500)}`);
        const form: Record<string, string> =
          prompt === 'login' ? { prompt, login, password: 'anything' } : { prompt };
        step = await browser.fetch(new URL(action.replace(/&amp;/g, '&'), idp.issuer).href, {
          method: 'POST',
          form,
        });
        continue;
      }
      if (location.startsWith(REDIRECT_URI)) {
        const done = await browser.fetch(tamper(new URL(location)).href);
        expect(done.res.status).toBe(302);
        const landing = new URL(done.location ?? '');
        return { landing: landing.pathname + landing.search, browser };
      }
      step = await browser.fetch(location);
    }
    throw new Error('Too many redirects');
  }

  function ssoError(landing: string): string {
    expect(landing).toMatch(/^\/sign-in\?sso_error=/);
    return new URLSearchParams(landing.split('?')[1]).get('sso_error') ?? '';
  }

  async function userByEmail(email: string): Promise<User | null> {
    return t.db.asSystem((em) => em.findOne(User, { where: { email } }));
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL } });
    idp = await startOidcProvider(REDIRECT_URI);
    partner = await t.factories.partner();
    await t.factories.user({ role: Role.VENDOR_ADMIN, email: 'sso-admin@vendor.test' });
    admin = await t.signedIn('sso-admin@vendor.test');
    const saved = await admin.gql<{ saveSsoConnection: { id: string } }>(
      `mutation($i:SsoConnectionInput!){ saveSsoConnection(input:$i){ id } }`,
      {
        i: {
          name: 'Acme Okta',
          partnerId: partner.id,
          issuer: idp.issuer,
          clientId: idp.clientId,
          clientSecret: idp.clientSecret,
          emailDomains: ['Acme-SSO.example'],
          defaultRole: Role.PARTNER_SALES_REP,
        },
      },
    );
    expect(saved.errors).toBeUndefined();
    connectionId = saved.data?.saveSsoConnection.id ?? '';
  });
  afterAll(async () => {
    await idp?.close();
    await t?.close();
  });

  it('tells the sign-in page which connection an email uses, and nothing more', async () => {
    const hit = await fetch(`${t.url}/auth/sso/discover?email=Ann@ACME-SSO.example`);
    expect(await hit.json()).toEqual({ connection: { name: 'Acme Okta' } });
    const miss = await fetch(`${t.url}/auth/sso/discover?email=ann@elsewhere.example`);
    expect(await miss.json()).toEqual({ connection: null });
    const start = await new Browser(t.url).fetch(
      `${t.url}/auth/sso/start?email=ann@elsewhere.example`,
    );
    expect(start.location).toMatch(/\/sign-in\?sso_error=Single%20sign-on%20is%20not%20set%20up/);
  });

  it('creates the user on first sign-in with the configured role under the partner, then links', async () => {
    idp.accounts.set('ann', {
      email: 'ann@acme-sso.example',
      email_verified: true,
      name: 'Ann Lee',
    });
    const first = await dance('ann@acme-sso.example', 'ann');
    expect(first.landing).toBe('/');
    const me = await first.browser
      .api()
      .gql<{ me: { email: string; role: Role; name: string } }>('{ me { email role name } }');
    expect(me.data?.me).toEqual({
      email: 'ann@acme-sso.example',
      role: Role.PARTNER_SALES_REP,
      name: 'Ann Lee',
    });
    const user = await userByEmail('ann@acme-sso.example');
    expect(user).toMatchObject({ partnerId: partner.id, status: UserStatus.ACTIVE });
    const audit: { action: string }[] = await t.db.asSystem((em) =>
      em.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [user?.id]),
    );
    expect(audit.map((a) => a.action)).toContain('user.created-by-sso');

    const second = await dance('ann@acme-sso.example', 'ann');
    expect(second.landing).toBe('/');
    const again = await second.browser.api().gql<{ me: { id: string } }>('{ me { id } }');
    expect(again.data?.me.id).toBe(user?.id);
    const count: { n: string }[] = await t.db.asSystem((em) =>
      em.query(`SELECT count(*) AS n FROM app_user WHERE email = 'ann@acme-sso.example'`),
    );
    expect(count[0]?.n).toBe('1');
  });

  it('links an existing password user of the same partner, who keeps their role', async () => {
    const existing = await t.factories.user({
      role: Role.PARTNER_ADMIN,
      partnerId: partner.id,
      email: 'bo@acme-sso.example',
    });
    idp.accounts.set('bo', { email: 'bo@acme-sso.example', email_verified: true });
    const { landing, browser } = await dance('bo@acme-sso.example', 'bo');
    expect(landing).toBe('/');
    const me = await browser.api().gql<{ me: { id: string; role: Role } }>('{ me { id role } }');
    expect(me.data?.me).toEqual({ id: existing.id, role: Role.PARTNER_ADMIN });
    const links: { subject: string }[] = await t.db.asSystem((em) =>
      em.query(`SELECT subject FROM user_identity WHERE user_id = $1`, [existing.id]),
    );
    expect(links).toEqual([{ subject: 'bo' }]);
    // The password still works too.
    expect((await t.client().signIn(existing.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('refuses an email outside the connection’s domains, unverified emails and other scopes', async () => {
    idp.accounts.set('eve', { email: 'eve@elsewhere.example', email_verified: true });
    expect(ssoError((await dance('eve@acme-sso.example', 'eve')).landing)).toMatch(
      /eve@elsewhere\.example is not an address Acme Okta may sign in/,
    );
    expect(await userByEmail('eve@elsewhere.example')).toBeNull();

    idp.accounts.set('uv', { email: 'uv@acme-sso.example', email_verified: false });
    expect(ssoError((await dance('uv@acme-sso.example', 'uv')).landing)).toMatch(/not verified/);
    expect(await userByEmail('uv@acme-sso.example')).toBeNull();

    // A vendor user with an address in the partner's domain is not taken over by the partner's IdP.
    await t.factories.user({ role: Role.CHANNEL_MANAGER, email: 'cm@acme-sso.example' });
    idp.accounts.set('cm', { email: 'cm@acme-sso.example', email_verified: true });
    expect(ssoError((await dance('cm@acme-sso.example', 'cm')).landing)).toMatch(
      /already exists outside Acme Okta's organisation/,
    );
  });

  it('refuses a disabled user', async () => {
    await t.factories.user({
      role: Role.PARTNER_MARKETER,
      partnerId: partner.id,
      email: 'dee@acme-sso.example',
      status: UserStatus.DISABLED,
    });
    idp.accounts.set('dee', { email: 'dee@acme-sso.example', email_verified: true });
    const { landing, browser } = await dance('dee@acme-sso.example', 'dee');
    expect(ssoError(landing)).toMatch(/disabled/);
    expect(browser.jar(new URL(t.url).origin).has('tandem_at')).toBe(false);
  });

  it('refuses a callback whose state does not match, or that arrives without the state cookie', async () => {
    idp.accounts.set('sam', { email: 'sam@acme-sso.example', email_verified: true });
    const tampered = await dance('sam@acme-sso.example', 'sam', (u) => {
      u.searchParams.set('state', 'forged-state');
      return u;
    });
    expect(ssoError(tampered.landing)).toMatch(/could not be verified/);
    expect(tampered.browser.jar(new URL(t.url).origin).has('tandem_at')).toBe(false);

    // The provider's redirect replayed in a browser that did not start the sign-in.
    let callback = '';
    const own = await dance('sam@acme-sso.example', 'sam', (u) => {
      callback = u.href;
      return u;
    });
    expect(own.landing).toBe('/');
    const stranger = new Browser(t.url);
    const replay = await stranger.fetch(callback);
    const landing = new URL(replay.location ?? '');
    expect(ssoError(landing.pathname + landing.search)).toMatch(
      /expired or was opened in another browser/,
    );
    expect(stranger.jar(new URL(t.url).origin).has('tandem_at')).toBe(false);
    expect(await userByEmail('sam@acme-sso.example')).not.toBeNull();
  });

  it('never returns the client secret and validates connections field by field', async () => {
    const list = await admin.gql<{
      ssoConnections: {
        id: string;
        clientSecretSet: boolean;
        emailDomains: string[];
        partner: { id: string };
      }[];
    }>('{ ssoConnections { id clientSecretSet emailDomains partner { id } } }');
    expect(list.data?.ssoConnections).toEqual([
      {
        id: connectionId,
        clientSecretSet: true,
        emailDomains: ['acme-sso.example'],
        partner: { id: partner.id },
      },
    ]);
    const row: { client_secret_sealed: string }[] = await t.db.asSystem((em) =>
      em.query(`SELECT client_secret_sealed FROM sso_connection WHERE id = $1`, [connectionId]),
    );
    expect(row[0]?.client_secret_sealed).not.toContain(idp.clientSecret);

    const bad = await admin.gql(
      `mutation($i:SsoConnectionInput!){ saveSsoConnection(input:$i){ id } }`,
      {
        i: {
          name: 'Clash',
          issuer: 'not a url',
          clientId: 'x',
          emailDomains: ['ACME-sso.example', 'no domain'],
          defaultRole: Role.PARTNER_ADMIN,
        },
      },
    );
    expect(bad.code).toBe('BAD_USER_INPUT');
    const fields = bad.errors?.[0]?.extensions?.fields?.map((f) => f.field).sort();
    expect(fields).toEqual(['clientSecret', 'defaultRole', 'emailDomains', 'issuer']);

    const clash = await admin.gql(
      `mutation($i:SsoConnectionInput!){ saveSsoConnection(input:$i){ id } }`,
      {
        i: {
          name: 'Clash',
          issuer: idp.issuer,
          clientId: 'x',
          clientSecret: 'y',
          emailDomains: ['ACME-sso.example'],
          defaultRole: Role.VENDOR_MARKETER,
        },
      },
    );
    expect(clash.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'emailDomains', message: 'acme-sso.example already signs in with “Acme Okta”.' },
    ]);

    const tested = await admin.gql<{ testSsoConnection: { ok: boolean; issuer: string } }>(
      `mutation($id:ID!){ testSsoConnection(id:$id){ ok issuer } }`,
      { id: connectionId },
    );
    expect(tested.data?.testSsoConnection).toEqual({ ok: true, issuer: idp.issuer });
  });

  it('keeps connections and identity links out of partner and anonymous database scopes', async () => {
    const partnerAdmin = await t.factories.user({
      role: Role.PARTNER_ADMIN,
      partnerId: partner.id,
    });
    for (const scope of [
      { kind: 'partner' as const, partnerId: partner.id, userId: partnerAdmin.id },
      { kind: 'anonymous' as const },
    ]) {
      const rows = await t.db.transaction(scope, async (em) => [
        ...(await em.query('SELECT id FROM sso_connection')),
        ...(await em.query('SELECT id FROM user_identity')),
      ]);
      expect(rows).toEqual([]);
    }
    const staff = await t.factories.user({ role: Role.VENDOR_MARKETER });
    const vendorRows: unknown[] = await t.db.transaction(
      { kind: 'vendor', userId: staff.id },
      (em) => em.query('SELECT id FROM sso_connection'),
    );
    expect(vendorRows.length).toBeGreaterThan(0);
  });

  it('stops signing in through a disabled connection', async () => {
    const res = await admin.gql(
      `mutation($i:SsoConnectionInput!){ saveSsoConnection(input:$i){ enabled } }`,
      {
        i: {
          id: connectionId,
          name: 'Acme Okta',
          partnerId: partner.id,
          issuer: idp.issuer,
          clientId: idp.clientId,
          emailDomains: ['acme-sso.example'],
          defaultRole: Role.PARTNER_SALES_REP,
          enabled: false,
        },
      },
    );
    expect(res.data).toEqual({ saveSsoConnection: { enabled: false } });
    const discover = await fetch(`${t.url}/auth/sso/discover?email=ann@acme-sso.example`);
    expect(await discover.json()).toEqual({ connection: null });
  });
});
