import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { ErrorAlert, mapFormErrors } from '@tandem/portal-ui';
import { LEAD_STAGE_LABELS, LeadStage, ReasonKind } from '@tandem/shared-domain';
import { useState } from 'react';
import { MoveLeadStageDocument } from '../graphql/leads.graphql';
import {
  toMoveStageInput,
  validateStageMove,
  type MoveStageValues,
  type StageMove,
} from '../lib/decision-forms';
import { stageShortLabel } from '../lib/lead-status';
import { useReasonOptions } from './reject-dialog';

const EXPLAIN: Partial<Record<LeadStage, string>> = {
  [LeadStage.OPPORTUNITY]:
    'A qualified buying effort: the deal registration follows. The vendor and the sender see the conversion.',
  [LeadStage.WON]: 'The customer bought. This closes the lead.',
  [LeadStage.LOST]: 'The customer chose not to buy. This closes the lead with a loss reason.',
  [LeadStage.DISQUALIFIED]: 'Not a fit now or ever. This closes the lead with a reason.',
  [LeadStage.RECYCLED]: 'Not ready yet: back to marketing for nurturing.',
};

export interface MoveStageDialogProps {
  move: StageMove | null;
  onClose: () => void;
  lead: { id: string; contactName: string; stage: LeadStage };
}

export function MoveStageDialog({ move, onClose, lead }: MoveStageDialogProps) {
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal
      opened={!!move}
      onClose={onClose}
      title={move ? `${move.label}: ${lead.contactName}` : ''}
      fullScreen={fullScreen}
    >
      {move && <MoveStageForm key={move.stage} move={move} lead={lead} onClose={onClose} />}
    </Modal>
  );
}

function MoveStageForm({
  move,
  lead,
  onClose,
}: {
  move: StageMove;
  lead: MoveStageDialogProps['lead'];
  onClose: () => void;
}) {
  const reasons = useReasonOptions(move.reasonKind ?? ReasonKind.LOSS, !move.reasonKind);
  const [moveStage, { loading }] = useMutation(MoveLeadStageDocument, {
    refetchQueries: ['LeadList'],
  });
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<MoveStageValues>({
    mode: 'controlled',
    initialValues: { reasonCodeId: null, comment: '' },
    validate: (values) => validateStageMove(move, values),
  });
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await moveStage({ variables: { input: toMoveStageInput(move, values, lead.id) } });
      notifications.show({
        color: 'teal',
        message: `${lead.contactName} is now ${stageShortLabel(move.stage)}.`,
      });
      onClose();
    } catch (error) {
      const mapped = mapFormErrors(error, ['reasonCodeId', 'comment']);
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="move-stage-form">
      <Stack>
        <Text size="sm">
          {LEAD_STAGE_LABELS[lead.stage]} → {LEAD_STAGE_LABELS[move.stage]}. {EXPLAIN[move.stage]}
        </Text>
        <ErrorAlert message={formError} title="Could not move the lead" />
        {move.reasonKind && (
          <>
            <ErrorAlert error={reasons.error} title="Could not load the reasons" />
            <Select
              label="Reason"
              required
              placeholder={reasons.loading ? 'Loading reasons…' : 'Choose a reason'}
              data={reasons.options}
              {...form.getInputProps('reasonCodeId')}
            />
          </>
        )}
        <Textarea
          label="Comment"
          description="Kept in the lead’s stage history."
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} color={move.reasonKind ? 'red' : undefined}>
            {move.label}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
