import { EntityManager, In } from 'typeorm';
import { WebhookEventType } from '@tandem/shared-domain';
import { emitDomainEvents } from '@tandem/api-core';
import { Goal } from './analytics.entities';

export function goalPayload(goal: Goal): Record<string, unknown> {
  return {
    id: goal.id,
    partnerId: goal.partnerId,
    periodCode: goal.periodCode,
    metric: goal.metric,
    target: goal.target,
    side: goal.side,
    objectiveId: goal.objectiveId,
    adjusted: goal.adjusted,
    note: goal.note,
    updatedAt: goal.updatedAt,
  };
}

/** One goal.changed event per goal set, changed or (with `deleted`) removed, for its partner. */
export async function emitGoalsChanged(
  em: EntityManager,
  goals: { ids?: string[]; deleted?: Goal[] },
  at: Date,
): Promise<void> {
  const changed = goals.ids?.length ? await em.find(Goal, { where: { id: In(goals.ids) } }) : [];
  await emitDomainEvents(
    em,
    [
      ...changed.map((g) => ({ goal: goalPayload(g), deleted: false, partnerId: g.partnerId })),
      ...(goals.deleted ?? []).map((g) => ({
        goal: goalPayload(g),
        deleted: true,
        partnerId: g.partnerId,
      })),
    ].map(({ partnerId, ...data }) => ({
      type: WebhookEventType.GOAL_CHANGED,
      partnerId,
      data,
      occurredAt: at,
    })),
  );
}
