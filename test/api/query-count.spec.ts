import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '@tandem/shared-domain';
import { ApiClient } from '@tandem/api-testing';
import { TestApp, startTestApp } from './support/test-app';

const DIRECTORY = `{ partners(page:{limit:100}) { totalCount items { id tier { name } type { name } channelManager { name } userCount } } }`;

describe('no N+1 queries', () => {
  let t: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    const va = await t.factories.user({ role: Role.VENDOR_ADMIN });
    admin = await t.signedIn(va.email);
  });
  afterAll(() => t.close());

  async function statementsFor(query: string): Promise<number> {
    await admin.gql('{ me { id } }'); // warm up the session path
    const before = t.db.statementCount;
    const res = await admin.gql(query);
    expect(res.code).toBeNull();
    return t.db.statementCount - before;
  }

  it('loads the partner directory with a fixed number of statements, however many partners', async () => {
    const manager = await t.factories.user({ role: Role.CHANNEL_MANAGER });
    for (let i = 0; i < 3; i++) await t.factories.partner({ channelManagerId: manager.id });
    const few = await statementsFor(DIRECTORY);
    for (let i = 0; i < 30; i++) await t.factories.partner({ channelManagerId: manager.id });
    const many = await statementsFor(DIRECTORY);
    expect(many).toBe(few);
    // begin + scope, list + count, four batched relations, commit; plus the session's own lookup.
    expect(many).toBeLessThanOrEqual(13);
  });
});
