import { describe, expect, it } from '@jest/globals';
import { Permission, Role } from '@tandem/shared-domain';
import { AppConfig } from '../config/app-config';
import { Identity } from '../context/identity';
import { RequestContext } from '../context/request-context';
import { DbService } from '../database/db.service';
import { LiveTopic } from './live-event';
import { LiveEventsService, LiveGqlContext, LiveStreamSpec } from './live-events.service';

const rep: Identity = {
  userId: 'u-1',
  email: 'rep@example.test',
  name: 'Rep',
  role: Role.PARTNER_SALES_REP,
  partnerId: 'p-1',
};

/** A DbService whose transactions only count how they ended. */
function fakeDb() {
  const ended = { commit: 0, rollback: 0 };
  const db = {
    begin: async () => ({
      em: {},
      commit: async () => void ended.commit++,
      rollback: async () => void ended.rollback++,
    }),
  } as unknown as DbService;
  return { db, ended };
}

function setup(load: LiveStreamSpec<string>['load'], identity: () => Identity | null = () => rep) {
  const { db, ended } = fakeDb();
  const service = new LiveEventsService({ database: {} } as AppConfig, db);
  const gql = {
    ctx: new RequestContext('r-0', identity()),
    renew: async () => new RequestContext('r-n', identity()),
  } as LiveGqlContext;
  const stream = service.stream(gql, {
    topic: LiveTopic.Notification,
    permissions: [Permission.Authenticated],
    audience: (event, me) => event.userIds?.includes(me.userId) ?? false,
    load,
  });
  return { service, stream, gql, ended };
}

const event = (id: string, userIds = [rep.userId]) => ({
  topic: LiveTopic.Notification,
  id,
  userIds,
});

describe('LiveEventsService.stream', () => {
  it('yields events for its audience that the subscriber can read, in a transaction of their own', async () => {
    const { service, stream, gql, ended } = setup(async (_ctx, e) =>
      e.id === 'hidden' ? null : `row ${e.id}`,
    );
    const next = stream.next();
    service.deliver(event('someone-else', ['u-2']));
    service.deliver(event('hidden'));
    service.deliver(event('a'));
    expect(await next).toEqual({ value: 'row a', done: false });
    // The row's transaction is the context the payload's fields resolve in…
    expect(() => gql.ctx.em).not.toThrow();
    // …and the hidden row's transaction was closed without delivering anything.
    expect(ended).toEqual({ commit: 1, rollback: 0 });
    await stream.return?.();
    expect(ended).toEqual({ commit: 1, rollback: 1 });
  });

  it('skips an event whose read fails and goes on with the next', async () => {
    const { service, stream, ended } = setup(async (_ctx, e) => {
      if (e.id === 'broken') throw new Error('connection reset');
      return `row ${e.id}`;
    });
    // Keep the expected error log out of the test output.
    (service as unknown as { logger: { error: () => void } }).logger.error = () => undefined;
    const next = stream.next();
    service.deliver(event('broken'));
    service.deliver(event('b'));
    expect(await next).toEqual({ value: 'row b', done: false });
    expect(ended.rollback).toBe(1);
    await stream.return?.();
  });

  it('ends at once when returned while waiting, and stops listening', async () => {
    const { service, stream } = setup(async () => 'row');
    const pending = stream.next();
    expect(await stream.return?.()).toEqual({ value: undefined, done: true });
    expect(await pending).toEqual({ value: undefined, done: true });
    const bus = (service as unknown as { bus: { listenerCount(t: string): number } }).bus;
    expect(bus.listenerCount(LiveTopic.Notification)).toBe(0);
  });

  it('ends when the subscriber can no longer be read (signed out or disabled)', async () => {
    let current: Identity | null = rep;
    const { service, stream } = setup(
      async () => 'row',
      () => current,
    );
    current = null;
    const next = stream.next();
    service.deliver(event('a'));
    expect(await next).toEqual({ value: undefined, done: true });
  });
});
