import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { IncentivePlanFieldsFragment } from '@tandem/portal-data-access';
import { DeleteConfirm, formatDateTime } from '@tandem/portal-ui';
import {
  ActivateIncentivePlanDocument,
  CloseIncentivePlanDocument,
  DeleteIncentivePlanDocument,
  EARNINGS_REFETCH,
  PLANS_REFETCH,
} from '../graphql/incentives.graphql';
import { ConfirmDialog } from './confirm-dialog';

export type PlanAction = 'activate' | 'close' | 'delete';

/** The confirmations for a plan's status changes (vendor admins). */
export function PlanActionDialogs({
  action,
  plan,
  periodLabel,
  periodEnd,
  onClose,
  onDeleted,
}: {
  action: PlanAction | null;
  plan: IncentivePlanFieldsFragment | null;
  periodLabel: string;
  /** When the plan's period ends, if known. */
  periodEnd: string | null;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const [activate] = useMutation(ActivateIncentivePlanDocument, {
    refetchQueries: [...PLANS_REFETCH, ...EARNINGS_REFETCH],
    awaitRefetchQueries: true,
  });
  const [closePlan] = useMutation(CloseIncentivePlanDocument, {
    refetchQueries: [...PLANS_REFETCH, ...EARNINGS_REFETCH],
    awaitRefetchQueries: true,
  });
  // Not awaiting the refetch lets a detail page leave before its plan disappears.
  const [remove] = useMutation(DeleteIncentivePlanDocument, { refetchQueries: PLANS_REFETCH });
  const name = plan?.name ?? '';

  return (
    <>
      <ConfirmDialog
        opened={action === 'activate' && plan !== null}
        onClose={onClose}
        title={`Activate ${name}`}
        confirmLabel="Activate: partners will see it"
        testId="plan-activate-confirm"
        onConfirm={async () => {
          if (!plan) return;
          await activate({ variables: { id: plan.id } });
          notifications.show({ color: 'teal', message: `“${name}” is active.` });
        }}
      >
        Partners in the plan see it and their live earnings right away. An active plan can no longer
        be changed or deleted; it closes itself when {periodLabel || 'its period'} ends
        {periodEnd ? ` (${formatDateTime(periodEnd)})` : ''} and freezes the payouts for review.
      </ConfirmDialog>
      <ConfirmDialog
        opened={action === 'close' && plan !== null}
        onClose={onClose}
        title={`Close ${name}`}
        confirmLabel="Close and freeze payouts"
        testId="plan-close-confirm"
        onConfirm={async () => {
          if (!plan) return;
          await closePlan({ variables: { id: plan.id } });
          notifications.show({
            color: 'teal',
            message: `“${name}” is closed; payouts are frozen.`,
          });
        }}
      >
        Every eligible partner’s payout is frozen at today’s figures and waits for review. Partners
        see the frozen amount. This cannot be undone.
      </ConfirmDialog>
      <DeleteConfirm
        opened={action === 'delete' && plan !== null}
        onClose={onClose}
        title="Delete draft plan"
        confirmLabel="Delete plan"
        onConfirm={async () => {
          if (!plan) return;
          await remove({ variables: { id: plan.id } });
          onDeleted?.();
        }}
      >
        Delete the draft “{name}”? Partners never saw it.
      </DeleteConfirm>
    </>
  );
}
