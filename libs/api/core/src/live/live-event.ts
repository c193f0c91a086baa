import { EntityManager } from 'typeorm';

/** The Postgres channel every API process listens on. */
export const LIVE_CHANNEL = 'tandem_live';

export enum LiveTopic {
  Notification = 'notification',
  LeadOffer = 'lead-offer',
  DealDecision = 'deal-decision',
}

/**
 * What travels through Postgres: the changed row's id and its audience, never the data itself
 * (NOTIFY payloads are limited to 8 KB and every listener sees every payload). Subscribers re-read
 * the row under their own scope.
 */
export interface LiveEvent {
  topic: LiveTopic;
  id: string;
  /** The users the event is for, when it is for particular users. */
  userIds?: string[];
  /** The partner the event concerns; its users may see it, subject to their own scope. */
  partnerId?: string | null;
}

/**
 * Queues a live event in the caller's transaction: Postgres delivers it on commit and drops it on
 * rollback, so nobody hears of a change that did not happen.
 */
export async function publishLiveEvent(em: EntityManager, event: LiveEvent): Promise<void> {
  await em.query(`SELECT pg_notify($1, $2)`, [LIVE_CHANNEL, JSON.stringify(event)]);
}

export function parseLiveEvent(payload: string | undefined): LiveEvent | null {
  if (!payload) return null;
  try {
    const value = JSON.parse(payload) as Partial<LiveEvent>;
    if (
      typeof value.id !== 'string' ||
      !Object.values(LiveTopic).includes(value.topic as LiveTopic)
    )
      return null;
    return value as LiveEvent;
  } catch {
    return null;
  }
}
