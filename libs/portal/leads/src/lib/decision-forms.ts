import {
  LEAD_STAGE_LABELS,
  LeadStage,
  MANUAL_STAGE_MOVES,
  ReasonKind,
} from '@tandem/shared-domain';

export interface RejectFormValues {
  reasonCodeId: string | null;
  comment: string;
  /** '' until the person answers: the question has no default on purpose. */
  contactReached: '' | 'yes' | 'no';
  spam: boolean;
}

export const REJECT_FORM_FIELDS = ['reasonCodeId', 'comment', 'contactReached', 'spam'] as const;

export function emptyRejectValues(): RejectFormValues {
  return { reasonCodeId: null, comment: '', contactReached: '', spam: false };
}

export function validateRejection(values: RejectFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.reasonCodeId) errors.reasonCodeId = 'Choose a reason.';
  if (values.comment.trim().length < 3)
    errors.comment = 'Say in a few words why (3 characters or more).';
  if (!values.contactReached) errors.contactReached = 'Say whether you reached the contact.';
  return errors;
}

export function toRejectInput(values: RejectFormValues, leadId: string) {
  return {
    leadId,
    reasonCodeId: values.reasonCodeId ?? '',
    comment: values.comment.trim(),
    contactReached: values.contactReached === 'yes',
    spam: values.spam,
  };
}

export interface StageMove {
  stage: LeadStage;
  /** What the action is called on the button or menu. */
  label: string;
  /** The kind of reason the move needs, if any. */
  reasonKind: ReasonKind | null;
}

const MOVE_LABELS: Partial<Record<LeadStage, string>> = {
  [LeadStage.OPPORTUNITY]: 'Convert to opportunity',
  [LeadStage.WON]: 'Mark as won',
  [LeadStage.LOST]: 'Mark as lost',
  [LeadStage.DISQUALIFIED]: 'Disqualify',
  [LeadStage.RECYCLED]: 'Recycle for nurturing',
};

export function reasonKindFor(stage: LeadStage): ReasonKind | null {
  if (stage === LeadStage.DISQUALIFIED) return ReasonKind.DISQUALIFICATION;
  if (stage === LeadStage.LOST) return ReasonKind.LOSS;
  return null;
}

export function stageMove(stage: LeadStage): StageMove {
  return {
    stage,
    label: MOVE_LABELS[stage] ?? `Move to ${LEAD_STAGE_LABELS[stage]}`,
    reasonKind: reasonKindFor(stage),
  };
}

/** The hand moves from a stage, limited to those the viewer may make. */
export function stageMovesFrom(stage: LeadStage, allowed?: readonly LeadStage[]): StageMove[] {
  return (MANUAL_STAGE_MOVES[stage] ?? [])
    .filter((s) => !allowed || allowed.includes(s))
    .map(stageMove);
}

export interface MoveStageValues {
  reasonCodeId: string | null;
  comment: string;
}

export function validateStageMove(move: StageMove, values: MoveStageValues) {
  const errors: Record<string, string> = {};
  if (move.reasonKind && !values.reasonCodeId) errors.reasonCodeId = 'Choose a reason.';
  return errors;
}

export function toMoveStageInput(move: StageMove, values: MoveStageValues, leadId: string) {
  return {
    leadId,
    stage: move.stage,
    comment: values.comment.trim(),
    reasonCodeId: move.reasonKind ? values.reasonCodeId : null,
  };
}

export interface AssignValues {
  partnerId: string | null;
  userId: string | null;
  note: string;
}

/** Vendor staff hand a lead to a partner (a rep is optional); partner staff pick a rep. */
export function validateAssignment(values: AssignValues, vendor: boolean) {
  const errors: Record<string, string> = {};
  if (vendor && !values.partnerId) errors.partnerId = 'Choose a partner.';
  if (!vendor && !values.userId) errors.userId = 'Choose a sales rep.';
  return errors;
}

export function toAssignInput(values: AssignValues, vendor: boolean, leadId: string) {
  return {
    leadId,
    partnerId: vendor ? values.partnerId : null,
    userId: values.userId || null,
    note: values.note.trim(),
  };
}
