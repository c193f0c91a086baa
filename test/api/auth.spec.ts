import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PartnerStatus, Role, UserStatus } from '@tandem/shared-domain';
import { ApiClient, TEST_PASSWORD } from '@tandem/api-testing';
import { Partner, User } from '@tandem/api-directory';
import { TestApp, startTestApp } from './support/test-app';

async function mailsTo(t: TestApp, email: string): Promise<{ subject: string; text: string }[]> {
  const rows: { payload: { to: string; subject: string; text: string } }[] = await t.db.asSystem(
    (em) => em.query(`SELECT payload FROM job WHERE kind = 'mail.send' ORDER BY created_at`),
  );
  return rows.map((r) => r.payload).filter((p) => p.to === email);
}

describe('authentication and sessions', () => {
  let t: TestApp;
  let partner: Partner;
  let admin: User;
  beforeAll(async () => {
    t = await startTestApp();
    partner = await t.factories.partner();
    admin = await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: partner.id });
  });
  afterAll(() => t.close());

  it('signs in with httpOnly cookies and refuses unsafe requests without the CSRF header', async () => {
    const client = t.client();
    await client.request('GET', '/auth/csrf');
    const res = await client.request('POST', '/auth/login', {
      email: admin.email,
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie().join('\n');
    expect(cookies).toMatch(/tandem_at=[^;]+;.*HttpOnly/);
    expect(cookies).toMatch(/tandem_rt=[^;]+;.*Path=\/auth;.*HttpOnly/);
    // The readable session hint carries no secret.
    expect(cookies).toMatch(/tandem_session=1;/);
    expect(cookies).not.toMatch(/tandem_session=[^;]*;[^\n]*HttpOnly/);
    const forged = await client.request(
      'POST',
      '/graphql',
      { query: '{ me { id } }' },
      { 'x-csrf-token': 'wrong' },
    );
    expect(forged.status).toBe(403);
    expect((await client.gql('{ me { email } }')).data).toEqual({ me: { email: admin.email } });
  });

  it('answers the same for an unknown email and a wrong password, then locks', async () => {
    const victim = await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: partner.id });
    const unknown = await t.client().signIn('nobody@example.test', 'whatever-123');
    const wrong = await t.client().signIn(victim.email, 'wrong-password-1');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    for (let i = 0; i < 4; i++) await t.client().signIn(victim.email, 'wrong-password-1');
    const locked = await t.client().signIn(victim.email, TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(JSON.stringify(locked.body)).toMatch(/Try again in 15 minutes/);
    t.clock.advance(16 * 60_000);
    expect((await t.client().signIn(victim.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('rotates refresh tokens and revokes the family when a spent one is replayed', async () => {
    const client = await t.signedIn(admin.email);
    const first = client.cookie('tandem_rt');
    expect((await client.post('/auth/refresh')).status).toBe(200);
    const second = client.cookie('tandem_rt');
    expect(second).not.toBe(first);
    t.clock.advance(60_000);
    const thief = new ApiClient(t.url);
    thief.setCookie('tandem_rt', first ?? '');
    expect((await thief.post('/auth/refresh')).status).toBe(401);
    // The replay ended the whole family, including the legitimate newer token.
    expect((await client.post('/auth/refresh')).status).toBe(401);
  });

  it('cuts a disabled user and a suspended partner off on the next request', async () => {
    const rep = await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: partner.id });
    const client = await t.signedIn(rep.email);
    expect((await client.gql('{ me { id } }')).code).toBeNull();
    await t.db.asSystem((em) => em.update(User, { id: rep.id }, { status: UserStatus.DISABLED }));
    expect((await client.gql('{ me { id } }')).code).toBe('UNAUTHENTICATED');

    const other = await t.factories.partner();
    const otherAdmin = await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: other.id });
    const c2 = await t.signedIn(otherAdmin.email);
    await t.db.asSystem((em) =>
      em.update(Partner, { id: other.id }, { status: PartnerStatus.SUSPENDED }),
    );
    expect((await c2.gql('{ me { id } }')).code).toBe('UNAUTHENTICATED');
    expect((await c2.post('/auth/refresh')).status).toBe(401);
  });

  it('invites a user who accepts, signs in and only sees their own partner', async () => {
    const client = await t.signedIn(admin.email);
    const email = `new-rep-${Date.now()}@example.test`;
    const invited = await client.gql<{ inviteUser: { inviteUrl: string } }>(
      `mutation($i:InviteUserInput!){ inviteUser(input:$i) { inviteUrl user { status } } }`,
      { i: { email, role: 'PARTNER_SALES_REP', name: 'Nia' } },
    );
    expect(invited.code).toBeNull();
    const url = new URL(invited.data?.inviteUser.inviteUrl ?? '');
    expect(url.pathname).toBe('/accept-invite');
    expect((await mailsTo(t, email))[0]?.text).toContain(url.toString());
    const token = url.searchParams.get('token') ?? '';

    const guest = t.client();
    const preview = await guest.gql(
      `query($t:String!){ invitation(token:$t) { email role organisationName } }`,
      { t: token },
    );
    expect(preview.data).toEqual({
      invitation: { email, role: 'PARTNER_SALES_REP', organisationName: partner.name },
    });
    const weak = await guest.gql(
      `mutation($i:AcceptInvitationInput!){ acceptInvitation(input:$i) }`,
      {
        i: { token, name: 'Nia Costa', password: 'short' },
      },
    );
    expect(weak.code).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('password');
    const accepted = await guest.gql(
      `mutation($i:AcceptInvitationInput!){ acceptInvitation(input:$i) }`,
      {
        i: { token, name: 'Nia Costa', password: 'a-good-password-1' },
      },
    );
    expect(accepted.data).toEqual({ acceptInvitation: email });
    const again = await guest.gql(
      `mutation($i:AcceptInvitationInput!){ acceptInvitation(input:$i) }`,
      {
        i: { token, name: 'Nia Costa', password: 'a-good-password-1' },
      },
    );
    expect(again.code).toBe('BAD_USER_INPUT');

    expect((await guest.signIn(email, 'a-good-password-1')).status).toBe(200);
    const seen = await guest.gql<{ partners: { items: { id: string }[] } }>(
      `{ partners { items { id } } }`,
    );
    expect(seen.data?.partners.items).toEqual([{ id: partner.id }]);
    const note = await client.gql<{ myNotifications: { items: { title: string }[] } }>(
      `{ myNotifications { items { title } } }`,
    );
    expect(note.data?.myNotifications.items.map((n) => n.title)).toContain(
      'Nia Costa joined Tandem',
    );
  });

  it('resets a forgotten password by emailed link, without telling whether the email exists', async () => {
    const rep = await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: partner.id });
    const guest = t.client();
    expect(
      (await guest.gql(`mutation { requestPasswordReset(email:"ghost@example.test") }`)).data,
    ).toEqual({ requestPasswordReset: true });
    expect(await mailsTo(t, 'ghost@example.test')).toEqual([]);
    await guest.gql(`mutation($e:String!){ requestPasswordReset(email:$e) }`, { e: rep.email });
    const [mail] = await mailsTo(t, rep.email);
    const token = /token=([\w-]+)/.exec(mail?.text ?? '')?.[1] ?? '';
    const reset = await guest.gql(
      `mutation($t:String!){ resetPassword(token:$t, password:"fresh-password-8") }`,
      { t: token },
    );
    expect(reset.data).toEqual({ resetPassword: rep.email });
    expect((await guest.signIn(rep.email, TEST_PASSWORD)).status).toBe(401);
    expect((await guest.signIn(rep.email, 'fresh-password-8')).status).toBe(200);
    const reuse = await guest.gql(
      `mutation($t:String!){ resetPassword(token:$t, password:"fresh-password-9") }`,
      { t: token },
    );
    expect(reuse.code).toBe('BAD_USER_INPUT');
  });

  it('changing the password ends other sessions but keeps this one', async () => {
    const rep = await t.factories.user({ role: Role.PARTNER_SALES_REP, partnerId: partner.id });
    const here = await t.signedIn(rep.email);
    const elsewhere = await t.signedIn(rep.email);
    const wrong = await here.gql(
      `mutation { changePassword(currentPassword:"nope-nope-1", newPassword:"another-pass-9") }`,
    );
    expect(wrong.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('currentPassword');
    expect(
      (
        await here.gql(
          `mutation { changePassword(currentPassword:"${TEST_PASSWORD}", newPassword:"another-pass-9") }`,
        )
      ).data,
    ).toEqual({
      changePassword: true,
    });
    expect((await here.post('/auth/refresh')).status).toBe(200);
    expect((await elsewhere.post('/auth/refresh')).status).toBe(401);
  });

  it('signs out', async () => {
    const client = await t.signedIn(admin.email);
    expect((await client.post('/auth/logout')).status).toBe(200);
    expect(client.cookie('tandem_session')).toBeUndefined();
    expect((await client.gql('{ me { id } }')).code).toBe('UNAUTHENTICATED');
    expect((await client.post('/auth/refresh')).status).toBe(401);
  });
});
