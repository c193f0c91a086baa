import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { IncentivePayoutFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError, mapFormErrors } from '@tandem/portal-ui';
import { PayoutStatus } from '@tandem/shared-domain';
import { useState } from 'react';
import {
  ApproveIncentivePayoutDocument,
  EARNINGS_REFETCH,
  HoldIncentivePayoutDocument,
} from '../graphql/incentives.graphql';
import { formatMoney, moneyFromInput } from '../lib/money';
import {
  approvalSplit,
  isAdjusted,
  toApproveVariables,
  toHoldVariables,
  validateApproval,
  validateHold,
  type ApprovalValues,
  type HoldValues,
} from '../lib/review-form';

export type ReviewMode = 'approve' | 'hold';

/** Approve a frozen payout (as frozen, or adjusted with a reason), or hold it with a reason. */
export function PayoutReviewDialog({
  mode,
  payout,
  partnerName,
  marketingSharePercent,
  onClose,
}: {
  mode: ReviewMode | null;
  payout: IncentivePayoutFieldsFragment | null;
  partnerName: string;
  marketingSharePercent: number;
  onClose: () => void;
}) {
  const opened = mode !== null && payout !== null;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={mode === 'hold' ? `Hold ${partnerName}’s payout` : `Approve ${partnerName}’s payout`}
    >
      {opened && mode === 'approve' && (
        <ApproveForm
          payout={payout}
          marketingSharePercent={marketingSharePercent}
          onDone={onClose}
        />
      )}
      {opened && mode === 'hold' && <HoldForm payout={payout} onDone={onClose} />}
    </Modal>
  );
}

function useReviewError() {
  const client = useApolloClient();
  const [formError, setFormError] = useState<string | null>(null);
  const report = (
    error: unknown,
    fields: readonly string[],
    setErrors: (errors: Record<string, string>) => void,
  ) => {
    const info = describeApiError(error);
    const mapped = mapFormErrors(error, fields);
    setErrors(mapped.fieldErrors);
    setFormError(info.code === 'CONFLICT' ? info.message : mapped.formError);
    // Someone else decided meanwhile: show their decision and its version.
    if (info.code === 'CONFLICT') void client.refetchQueries({ include: EARNINGS_REFETCH });
  };
  return { formError, setFormError, report };
}

function ApproveForm({
  payout,
  marketingSharePercent,
  onDone,
}: {
  payout: IncentivePayoutFieldsFragment;
  marketingSharePercent: number;
  onDone: () => void;
}) {
  const [approve, { loading }] = useMutation(ApproveIncentivePayoutDocument, {
    refetchQueries: EARNINGS_REFETCH,
    awaitRefetchQueries: true,
  });
  const { formError, setFormError, report } = useReviewError();
  const form = useForm<ApprovalValues>({
    mode: 'controlled',
    // Re-deciding an approval starts from it; a held payout starts from what the plan pays.
    initialValues:
      payout.status === PayoutStatus.APPROVED
        ? { amount: payout.approvedAmount ?? payout.earned, reason: payout.reason }
        : { amount: payout.earned, reason: '' },
    validate: (values) => validateApproval(values, payout.earned),
  });
  const adjusted = isAdjusted(form.values, payout.earned);
  const split = approvalSplit(form.values.amount, marketingSharePercent);
  const amount = moneyFromInput(form.values.amount);

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await approve({ variables: toApproveVariables(payout, values) });
      notifications.show({ color: 'teal', message: 'Payout approved.' });
      onDone();
    } catch (error) {
      report(error, ['amount', 'reason'], form.setErrors);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="approve-form">
      <Stack>
        <ErrorAlert message={formError} title="Could not approve the payout" />
        <TextInput
          label="Amount to pay"
          description={`The plan pays ${formatMoney(payout.earned)}. Change it to adjust the payout.`}
          inputMode="decimal"
          leftSection="$"
          required
          {...form.getInputProps('amount')}
        />
        {split && (
          <Text size="sm" c="dimmed" data-testid="approve-split">
            Marketing gets {formatMoney(split.marketing)}, sales {formatMoney(split.sales)}.
          </Text>
        )}
        <Textarea
          label="Reason"
          description={
            adjusted
              ? 'Required: the amount differs from what the plan pays. The partner sees it.'
              : 'Optional when paying what the plan pays. The partner sees it.'
          }
          required={adjusted}
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" color="green" loading={loading} data-testid="approve-submit">
            Approve {amount ? formatMoney(amount) : ''}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function HoldForm({
  payout,
  onDone,
}: {
  payout: IncentivePayoutFieldsFragment;
  onDone: () => void;
}) {
  const [hold, { loading }] = useMutation(HoldIncentivePayoutDocument, {
    refetchQueries: EARNINGS_REFETCH,
    awaitRefetchQueries: true,
  });
  const { formError, setFormError, report } = useReviewError();
  const form = useForm<HoldValues>({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: validateHold,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await hold({ variables: toHoldVariables(payout, values) });
      notifications.show({ color: 'teal', message: 'Payout held.' });
      onDone();
    } catch (error) {
      report(error, ['reason'], form.setErrors);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="hold-form">
      <Stack>
        <ErrorAlert message={formError} title="Could not hold the payout" />
        <Text size="sm">
          The plan pays {formatMoney(payout.earned)}. Holding it keeps it out of the finance export
          until it is approved.
        </Text>
        <Textarea
          label="Reason"
          description="The partner sees it."
          required
          autosize
          minRows={2}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={loading} data-testid="hold-submit">
            Hold payout
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
