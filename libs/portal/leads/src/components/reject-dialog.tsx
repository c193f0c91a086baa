import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { ErrorAlert, mapFormErrors } from '@tandem/portal-ui';
import { ReasonKind } from '@tandem/shared-domain';
import { useState } from 'react';
import { LeadReasonCodesDocument, RejectLeadOfferDocument } from '../graphql/leads.graphql';
import {
  REJECT_FORM_FIELDS,
  emptyRejectValues,
  toRejectInput,
  validateRejection,
  type RejectFormValues,
} from '../lib/decision-forms';

/** Active reason codes of one kind as select options, in the vendor's order. */
export function useReasonOptions(kind: ReasonKind, skip = false) {
  const { data, error, loading } = useQuery(LeadReasonCodesDocument, {
    variables: { kind },
    skip,
  });
  const options = [...(data?.reasonCodes ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((r) => ({ value: r.id, label: r.label }));
  return { options, error, loading };
}

export interface RejectDialogProps {
  opened: boolean;
  onClose: () => void;
  lead: { id: string; contactName: string };
  /** Called after the offer is rejected (the caller may no longer see the lead). */
  onRejected: () => void;
}

export function RejectDialog({ opened, onClose, lead, onRejected }: RejectDialogProps) {
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Reject ${lead.contactName}`}
      fullScreen={fullScreen}
    >
      {opened && <RejectForm lead={lead} onClose={onClose} onRejected={onRejected} />}
    </Modal>
  );
}

function RejectForm({
  lead,
  onClose,
  onRejected,
}: {
  lead: { id: string; contactName: string };
  onClose: () => void;
  onRejected: () => void;
}) {
  const reasons = useReasonOptions(ReasonKind.REJECTION);
  const [reject, { loading }] = useMutation(RejectLeadOfferDocument, {
    refetchQueries: ['LeadList'],
  });
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RejectFormValues>({
    mode: 'controlled',
    initialValues: emptyRejectValues(),
    validate: validateRejection,
  });
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await reject({ variables: { input: toRejectInput(values, lead.id) } });
      notifications.show({
        color: 'teal',
        message: values.spam
          ? `${lead.contactName} is closed as spam.`
          : `You passed on ${lead.contactName}; it goes back to be handed on.`,
      });
      onRejected();
    } catch (error) {
      const mapped = mapFormErrors(error, REJECT_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="reject-form">
      <Stack>
        <Text size="sm">
          The lead goes back to whoever handed it to you, with your reason. A partner that rejects a
          vendor lead is not offered it again.
        </Text>
        <ErrorAlert message={formError} title="Could not reject the lead" />
        <ErrorAlert error={reasons.error} title="Could not load the reasons" />
        <Select
          label="Reason"
          required
          placeholder={reasons.loading ? 'Loading reasons…' : 'Choose a reason'}
          data={reasons.options}
          {...form.getInputProps('reasonCodeId')}
        />
        <Textarea
          label="Comment"
          required
          description="Say in a few words why; the sender reads it."
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('comment')}
        />
        <Radio.Group
          label="Did you reach the contact?"
          required
          {...form.getInputProps('contactReached')}
        >
          <Group gap="md" mt={6}>
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </Group>
        </Radio.Group>
        <Checkbox
          label="This lead is spam (close it instead of handing it on)"
          {...form.getInputProps('spam', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={loading}>
            Reject lead
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
