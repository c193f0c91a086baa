import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@tandem/shared-domain';
import { TestApp, startTestApp } from './support/test-app';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves health and a signed-in me query', async () => {
    const res = await fetch(`${t.url}/health/ready`);
    expect(res.status).toBe(200);
    const partner = await t.factories.partner();
    const user = await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: partner.id });
    const client = await t.signedIn(user.email);
    const me = await client.gql<{ me: { email: string } }>('{ me { email } }');
    expect(me.data?.me.email).toBe(user.email);
  });
});
