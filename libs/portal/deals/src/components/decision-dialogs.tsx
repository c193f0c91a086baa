import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { ErrorAlert, mapFormErrors } from '@tandem/portal-ui';
import { DealDecisionKind, ReasonKind } from '@tandem/shared-domain';
import { useState } from 'react';
import { DecideDealDocument, DecideDealExtensionDocument } from '../graphql/deals.graphql';
import { useReasonOptions } from '../hooks/use-reason-options';
import {
  REFUSE_FORM_FIELDS,
  toDecideInput,
  validateRefusal,
  type RefuseValues,
} from '../lib/decision-forms';

const refetch = { refetchQueries: ['DealList', 'DealDetail'] };

export type Refusal = DealDecisionKind.REJECTED | DealDecisionKind.DUPLICATE;

/** Reject or mark duplicate: a reason and a comment the registering partner reads. */
export function RefuseDialog({
  kind,
  deal,
  onClose,
}: {
  kind: Refusal | null;
  deal: { id: string; reference: string; companyName: string };
  onClose: () => void;
}) {
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  const title =
    kind === DealDecisionKind.DUPLICATE
      ? `Mark ${deal.reference} as a duplicate`
      : `Reject ${deal.reference}`;
  return (
    <Modal opened={kind !== null} onClose={onClose} title={title} fullScreen={fullScreen}>
      {kind !== null && <RefuseForm kind={kind} deal={deal} onClose={onClose} />}
    </Modal>
  );
}

function RefuseForm({
  kind,
  deal,
  onClose,
}: {
  kind: Refusal;
  deal: { id: string; companyName: string };
  onClose: () => void;
}) {
  const reasons = useReasonOptions(ReasonKind.DEAL_REJECTION);
  const [decide, { loading }] = useMutation(DecideDealDocument, refetch);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RefuseValues>({
    mode: 'controlled',
    initialValues: { reasonCodeId: null, comment: '' },
    validate: validateRefusal,
  });
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await decide({ variables: { input: toDecideInput(deal.id, kind, values) } });
      notifications.show({
        color: 'teal',
        message:
          kind === DealDecisionKind.DUPLICATE
            ? `${deal.companyName} is marked as a duplicate; the partner is told why.`
            : `${deal.companyName} is rejected; the partner is told why.`,
      });
      onClose();
    } catch (error) {
      const mapped = mapFormErrors(error, REFUSE_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="refuse-form">
      <Stack>
        <Text size="sm">
          The partner sees the reason and your comment, plus a neutral line when an earlier
          registration or your own account list decided it. They never see who else registered: keep
          other partners’ names out of the comment.
        </Text>
        <ErrorAlert message={formError} title="Could not record the decision" />
        <ErrorAlert error={reasons.error} title="Could not load the reasons" />
        <Select
          label="Reason"
          required
          placeholder={reasons.loading ? 'Loading reasons…' : 'Choose a reason'}
          data={reasons.options}
          {...form.getInputProps('reasonCodeId')}
        />
        <Textarea
          label="Comment for the partner"
          required
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={loading}>
            {kind === DealDecisionKind.DUPLICATE ? 'Mark duplicate' : 'Reject registration'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Approve or decline a pending extension request, with an optional comment. */
export function ExtensionDecisionDialog({
  extension,
  onClose,
}: {
  extension: { id: string; days: number; reason: string; requestedByLabel: string } | null;
  onClose: () => void;
}) {
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal
      opened={extension !== null}
      onClose={onClose}
      title="Decide the extension request"
      fullScreen={fullScreen}
    >
      {extension && <ExtensionDecisionForm extension={extension} onClose={onClose} />}
    </Modal>
  );
}

function ExtensionDecisionForm({
  extension,
  onClose,
}: {
  extension: { id: string; days: number; reason: string; requestedByLabel: string };
  onClose: () => void;
}) {
  const [decide, { loading }] = useMutation(DecideDealExtensionDocument, refetch);
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { approve: 'yes' as 'yes' | 'no', comment: '' },
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await decide({
        variables: {
          input: {
            extensionId: extension.id,
            approve: values.approve === 'yes',
            comment: values.comment.trim(),
          },
        },
      });
      notifications.show({
        color: 'teal',
        message:
          values.approve === 'yes'
            ? `Protection extended by ${extension.days} days.`
            : 'Extension declined; the partner is told.',
      });
      onClose();
    } catch (e) {
      setError(e);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="extension-decision-form">
      <Stack>
        <Alert variant="light" color="blue">
          <Text size="sm">
            {extension.requestedByLabel} asks for {extension.days} more days:
          </Text>
          <Text size="sm" fs="italic" style={{ overflowWrap: 'anywhere' }}>
            “{extension.reason}”
          </Text>
        </Alert>
        <ErrorAlert error={error} title="Could not record the decision" />
        <SegmentedControl
          data={[
            { value: 'yes', label: `Extend by ${extension.days} days` },
            { value: 'no', label: 'Decline' },
          ]}
          {...form.getInputProps('approve')}
        />
        <Textarea
          label="Comment for the partner"
          description="Optional."
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Record decision
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
