import { describe, expect, it } from '@jest/globals';
import { JobRunner } from '@tandem/api-core';
import { createTestDatabase } from '@tandem/api-testing';
import { migrate } from '../../apps/api/src/database/prepare-database';
import { startTestApp } from './support/test-app';

describe('durable jobs', () => {
  it('keeps a queued job across a restart and runs it once in the next process', async () => {
    const database = await createTestDatabase((url) => migrate(url));
    try {
      const first = await startTestApp({ database });
      const dueAt = new Date(first.clock.now().getTime() + 60_000);
      await first.db.asSystem((em) =>
        first.jobs.enqueue(em, 'test.durable', { n: 2 }, { runAt: dueAt, dedupeKey: 'once' }),
      );
      await first.db.asSystem((em) =>
        first.jobs.enqueue(em, 'test.durable', { n: 2 }, { runAt: dueAt, dedupeKey: 'once' }),
      );
      await first.close();

      const second = await startTestApp({ database });
      try {
        const ran: unknown[] = [];
        second.app
          .get(JobRunner)
          .register('test.durable', async (payload) => void ran.push(payload['n']));
        second.clock.set(dueAt);
        expect(await second.jobs.runDue()).toBe(1);
        expect(await second.jobs.runDue()).toBe(0);
        expect(ran).toEqual([2]);
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  });
});
