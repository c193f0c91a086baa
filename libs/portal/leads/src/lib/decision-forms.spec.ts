import { LeadStage, ReasonKind } from '@tandem/shared-domain';
import { describe, expect, it } from 'vitest';
import {
  emptyRejectValues,
  toAssignInput,
  validateAssignment,
  stageMovesFrom,
  toMoveStageInput,
  toRejectInput,
  validateRejection,
  validateStageMove,
} from './decision-forms';

describe('reject form', () => {
  it('needs a reason, a comment of three characters and an answer about contact', () => {
    expect(validateRejection(emptyRejectValues())).toEqual({
      reasonCodeId: 'Choose a reason.',
      comment: 'Say in a few words why (3 characters or more).',
      contactReached: 'Say whether you reached the contact.',
    });
    const ok = { reasonCodeId: 'r1', comment: ' no ', contactReached: 'no' as const, spam: false };
    expect(validateRejection(ok)).toHaveProperty('comment');
    expect(validateRejection({ ...ok, comment: 'Not our region' })).toEqual({});
  });

  it('builds the API input', () => {
    expect(
      toRejectInput(
        { reasonCodeId: 'r1', comment: ' Wrong number ', contactReached: 'yes', spam: true },
        'lead-1',
      ),
    ).toEqual({
      leadId: 'lead-1',
      reasonCodeId: 'r1',
      comment: 'Wrong number',
      contactReached: true,
      spam: true,
    });
  });
});

describe('stage moves', () => {
  it('names the moves from SQL, converting to an opportunity first', () => {
    expect(stageMovesFrom(LeadStage.SQL).map((m) => m.label)).toEqual([
      'Convert to opportunity',
      'Disqualify',
      'Recycle for nurturing',
    ]);
  });

  it('asks for a disqualification or loss reason where the funnel needs one', () => {
    const [won, lost] = stageMovesFrom(LeadStage.OPPORTUNITY);
    expect(won.reasonKind).toBeNull();
    expect(lost.reasonKind).toBe(ReasonKind.LOSS);
    expect(validateStageMove(lost, { reasonCodeId: null, comment: '' })).toEqual({
      reasonCodeId: 'Choose a reason.',
    });
    expect(validateStageMove(won, { reasonCodeId: null, comment: '' })).toEqual({});
    expect(toMoveStageInput(won, { reasonCodeId: 'ignored', comment: ' Signed ' }, 'l1')).toEqual({
      leadId: 'l1',
      stage: LeadStage.WON,
      comment: 'Signed',
      reasonCodeId: null,
    });
  });

  it('keeps only the moves the viewer may make, and none from stages without hand moves', () => {
    expect(stageMovesFrom(LeadStage.SQL, [LeadStage.RECYCLED]).map((m) => m.stage)).toEqual([
      LeadStage.RECYCLED,
    ]);
    expect(stageMovesFrom(LeadStage.WON)).toEqual([]);
  });
});

describe('assignment', () => {
  it('needs a partner from vendor staff and a rep from partner staff', () => {
    const empty = { partnerId: null, userId: null, note: '' };
    expect(validateAssignment(empty, true)).toEqual({ partnerId: 'Choose a partner.' });
    expect(validateAssignment(empty, false)).toEqual({ userId: 'Choose a sales rep.' });
    expect(validateAssignment({ ...empty, partnerId: 'p1' }, true)).toEqual({});
  });

  it('sends the partner only for vendor staff', () => {
    const values = { partnerId: 'p1', userId: 'u1', note: ' Knows the account ' };
    expect(toAssignInput(values, true, 'l1')).toEqual({
      leadId: 'l1',
      partnerId: 'p1',
      userId: 'u1',
      note: 'Knows the account',
    });
    expect(toAssignInput({ ...values, userId: '' }, false, 'l1')).toMatchObject({
      partnerId: null,
      userId: null,
    });
  });
});
