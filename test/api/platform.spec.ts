import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { NotificationChannel, NotificationKind, Role } from '@tandem/shared-domain';
import { NotificationsService } from '@tandem/api-notifications';
import { dataSourceOptions } from '../../apps/api/src/database/data-source';
import { TestApp, startTestApp } from './support/test-app';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has a committed schema.gql that matches the code (run `npm run schema:generate`)', () => {
    const live = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    const committed = readFileSync(join(process.cwd(), 'apps/api/schema.gql'), 'utf8');
    const strip = (s: string) =>
      s.replace(/^# -+\n# THIS FILE WAS AUTOMATICALLY GENERATED[\s\S]*?# -+\n\n/m, '').trim();
    expect(strip(committed)).toBe(strip(live));
  });

  it('has migrations that agree with the entities (run `npm run db:migration:generate`)', async () => {
    const owner = new DataSource(dataSourceOptions(t.database.ownerUrl, 1));
    await owner.initialize();
    try {
      const pending = await owner.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await owner.destroy();
    }
  });

  it('answers health checks', async () => {
    expect(await (await fetch(`${t.url}/health/live`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${t.url}/health/ready`)).json()).toEqual({
      status: 'ok',
      database: 'up',
    });
  });

  it('runs jobs when they fall due and retries failures with backoff', async () => {
    const seen: string[] = [];
    let failOnce = true;
    t.jobs.register('test.flaky', async (payload) => {
      if (failOnce) {
        failOnce = false;
        throw new Error('temporary');
      }
      seen.push(String(payload['n']));
    });
    await t.db.asSystem((em) =>
      t.jobs.enqueue(
        em,
        'test.flaky',
        { n: 1 },
        { runAt: new Date(t.clock.now().getTime() + 3_600_000) },
      ),
    );
    expect(await t.jobs.runDue()).toBe(0);
    t.clock.advance(3_600_000);
    expect(await t.jobs.runDue()).toBe(1);
    expect(seen).toEqual([]);
    const [job] = await t.db.asSystem((em) =>
      em.query(`SELECT attempts, last_error FROM job WHERE kind = 'test.flaky'`),
    );
    expect(job).toEqual({ attempts: 1, last_error: 'temporary' });
    expect(await t.jobs.runDue()).toBe(0);
    t.clock.advance(30_000);
    expect(await t.jobs.runDue()).toBe(1);
    expect(seen).toEqual(['1']);
  });

  it('routes notifications by each user’s preference', async () => {
    const partner = await t.factories.partner();
    const inApp = await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: partner.id });
    const byEmail = await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: partner.id });
    const off = await t.factories.user({ role: Role.PARTNER_ADMIN, partnerId: partner.id });
    const emailClient = await t.signedIn(byEmail.email);
    await emailClient.gql(
      `mutation { setNotificationPreference(kind:PARTNER_STATUS_CHANGED, channel:EMAIL) { kind } }`,
    );
    const offClient = await t.signedIn(off.email);
    await offClient.gql(
      `mutation { setNotificationPreference(kind:PARTNER_STATUS_CHANGED, channel:OFF) { kind } }`,
    );
    await t.db.asSystem((em) =>
      t.app.get(NotificationsService).notify(em, [inApp.id, byEmail.id, off.id], {
        kind: NotificationKind.PARTNER_STATUS_CHANGED,
        title: 'Status changed',
        link: '/partners/x',
      }),
    );
    const inbox = await t.db.asSystem((em) =>
      em.query(`SELECT user_id FROM notification WHERE title = 'Status changed'`),
    );
    expect(inbox).toEqual([{ user_id: inApp.id }]);
    const mails = await t.db.asSystem((em) =>
      em.query(`SELECT payload->>'to' AS "to" FROM job WHERE kind = 'mail.send'`),
    );
    expect(mails).toEqual([{ to: byEmail.email }]);
    const client = await t.signedIn(inApp.email);
    expect((await client.gql(`{ unreadNotificationCount }`)).data).toEqual({
      unreadNotificationCount: 1,
    });
    expect((await client.gql(`mutation { markNotificationsRead }`)).data).toEqual({
      markNotificationsRead: 0,
    });
    const prefs = await emailClient.gql<{
      myNotificationPreferences: { kind: string; channel: string }[];
    }>(`{ myNotificationPreferences { kind channel } }`);
    expect(prefs.data?.myNotificationPreferences).toContainEqual({
      kind: NotificationKind.PARTNER_STATUS_CHANGED,
      channel: NotificationChannel.EMAIL,
    });
  });
});
