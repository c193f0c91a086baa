import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { ErrorAlert, describeApiError, mapFormErrors } from '@tandem/portal-ui';
import { MdfDecision } from '@tandem/shared-domain';
import { useState } from 'react';
import {
  DecideMdfClaimDocument,
  DecideMdfRequestDocument,
  REQUESTS_REFETCH,
} from '../graphql/mdf.graphql';
import {
  emptyDecisionValues,
  takesAmount,
  toDecisionVariables,
  validateDecision,
  type DecisionSubject,
  type DecisionValues,
} from '../lib/decision-form';
import { formatMoney, moneyFromInput } from '../lib/money';

export interface PendingDecision {
  subject: DecisionSubject;
  decision: MdfDecision;
  /** What is decided, for the title: "Security webinar" or "the claim of $5,000". */
  name: string;
}

const TITLES: Record<MdfDecision, string> = {
  [MdfDecision.APPROVE]: 'Approve',
  [MdfDecision.REJECT]: 'Reject',
  [MdfDecision.RETURN]: 'Return',
};

/**
 * Approve (a request possibly for less than asked), reject or return a request or a claim. The
 * partner reads the reason; the dialog stays open with the API's words when it refuses.
 */
export function DecisionDialog({
  pending,
  onClose,
}: {
  pending: PendingDecision | null;
  onClose: () => void;
}) {
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal
      opened={pending !== null}
      onClose={onClose}
      title={pending ? `${TITLES[pending.decision]} ${pending.name}` : ''}
      fullScreen={fullScreen}
    >
      {pending && <DecisionForm pending={pending} onDone={onClose} />}
    </Modal>
  );
}

function DecisionForm({ pending, onDone }: { pending: PendingDecision; onDone: () => void }) {
  const { subject, decision } = pending;
  const client = useApolloClient();
  const options = { refetchQueries: REQUESTS_REFETCH, awaitRefetchQueries: true };
  const [decideRequest, requestState] = useMutation(DecideMdfRequestDocument, options);
  const [decideClaim, claimState] = useMutation(DecideMdfClaimDocument, options);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DecisionValues>({
    mode: 'controlled',
    initialValues: emptyDecisionValues(subject),
    validate: (values) => validateDecision(subject, decision, values),
  });
  const withAmount = takesAmount(subject, decision);
  const amount = moneyFromInput(form.values.amount);
  const approving = decision === MdfDecision.APPROVE;

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const variables = toDecisionVariables(subject, decision, values);
      if (subject.kind === 'request') await decideRequest({ variables });
      else await decideClaim({ variables });
      notifications.show({ color: 'teal', message: doneMessage(subject, decision) });
      onDone();
    } catch (error) {
      const info = describeApiError(error);
      const mapped = mapFormErrors(error, ['amount', 'reason']);
      form.setErrors(mapped.fieldErrors);
      setFormError(info.code === 'CONFLICT' ? info.message : mapped.formError);
      // Someone decided meanwhile, or the allocation moved: show what is true now.
      if (info.code === 'CONFLICT') void client.refetchQueries({ include: REQUESTS_REFETCH });
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="decision-form">
      <Stack>
        <ErrorAlert message={formError} title="That did not work" />
        <Text size="sm">{explanation(subject, decision)}</Text>
        {withAmount && (
          <TextInput
            label="Amount to approve"
            description={`The partner asked for ${formatMoney(subject.requested)}. Approve less to fund part of it.`}
            inputMode="decimal"
            leftSection="$"
            required
            data-autofocus
            data-testid="decision-amount"
            {...form.getInputProps('amount')}
          />
        )}
        <Textarea
          label={approving ? 'Note (optional)' : 'Reason'}
          description="The partner sees it."
          required={!approving}
          autosize
          minRows={2}
          data-autofocus={!withAmount || undefined}
          data-testid="decision-reason"
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            type="submit"
            color={approving ? 'green' : decision === MdfDecision.REJECT ? 'red' : 'orange'}
            loading={requestState.loading || claimState.loading}
            data-testid="decision-submit"
          >
            {approving
              ? withAmount && amount
                ? `Approve ${formatMoney(amount)}`
                : 'Approve'
              : decision === MdfDecision.REJECT
                ? 'Reject'
                : 'Return for changes'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function explanation(subject: DecisionSubject, decision: MdfDecision): string {
  if (subject.kind === 'request')
    switch (decision) {
      case MdfDecision.APPROVE:
        return 'Approving reserves the amount from the partner’s allocation until it is claimed.';
      case MdfDecision.REJECT:
        return 'A rejected request is closed; the partner can make a new one.';
      case MdfDecision.RETURN:
        return 'The partner changes the request and sends it again.';
    }
  switch (decision) {
    case MdfDecision.APPROVE:
      return 'Approving closes the request: the claim is owed to the partner, and whatever was reserved but not claimed goes back to the allocation.';
    case MdfDecision.REJECT:
      return 'The claim is refused; the request stays approved and the partner may claim again.';
    case MdfDecision.RETURN:
      return 'The partner corrects the claim or adds proof, and sends it again.';
  }
}

function doneMessage(subject: DecisionSubject, decision: MdfDecision): string {
  const what = subject.kind === 'request' ? 'Request' : 'Claim';
  switch (decision) {
    case MdfDecision.APPROVE:
      return `${what} approved.`;
    case MdfDecision.REJECT:
      return `${what} rejected; the partner is told why.`;
    case MdfDecision.RETURN:
      return `${what} returned to the partner for changes.`;
  }
}
