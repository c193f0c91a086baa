import { EntityManager } from 'typeorm';
import { LeadStage } from '@tandem/shared-domain';
import { Lead, LeadStageEvent } from './lead.entities';
import { emitLeadStageChanged } from './lead-webhooks';

/** Who did something: a person (their label and id) or the system (a job). */
export interface Actor {
  label: string;
  userId: string | null;
}

export const SYSTEM_ACTOR: Actor = { label: 'Tandem (automatic)', userId: null };

/**
 * Moves a lead to a stage and appends the immutable event, in the caller's transaction. The event
 * is written before the lead changes hands, so it belongs to the partner that held the lead.
 */
export async function enterStage(
  em: EntityManager,
  lead: Lead,
  stage: LeadStage,
  at: Date,
  actor: Actor,
  extra: {
    reasonCodeId?: string | null;
    comment?: string;
    details?: string[];
    initial?: boolean;
  } = {},
): Promise<void> {
  await em
    .createQueryBuilder()
    .insert()
    .into(LeadStageEvent)
    .updateEntity(false)
    .values({
      leadId: lead.id,
      partnerId: lead.partnerId,
      userId: actor.userId,
      stage,
      fromStage: extra.initial ? null : lead.stage,
      occurredAt: at,
      actorLabel: actor.label,
      reasonCodeId: extra.reasonCodeId ?? null,
      comment: extra.comment ?? '',
      details: extra.details ?? [],
    })
    .execute();
  const from = lead.stage;
  lead.stage = stage;
  lead.stageChangedAt = at;
  if (!extra.initial) await emitLeadStageChanged(em, lead, from, at);
}
