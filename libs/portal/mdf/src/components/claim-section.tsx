import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCash, IconCheck } from '@tabler/icons-react';
import type {
  MdfClaimViewFieldsFragment,
  MdfRequestFieldsFragment,
} from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError, formatDateTime, mapFormErrors } from '@tandem/portal-ui';
import { MdfClaimStatus, MdfDecision, MdfRequestStatus } from '@tandem/shared-domain';
import { useState, type ReactNode } from 'react';
import {
  MarkMdfClaimPaidDocument,
  REQUESTS_REFETCH,
  SaveMdfClaimDocument,
} from '../graphql/mdf.graphql';
import type { MdfAccess } from '../hooks/use-mdf-access';
import {
  CLAIM_FORM_FIELDS,
  claimValuesFor,
  toClaimInput,
  validateClaim,
  type ClaimFormValues,
} from '../lib/claim-form';
import { formatMoney } from '../lib/money';
import { openClaim } from '../lib/request-display';
import { ConfirmDialog } from './confirm-dialog';
import type { PendingDecision } from './decision-dialog';
import { ProofFileList, ProofUpload } from './proof-files';
import { ClaimStatusBadge } from './status-badges';

type ClaimView = MdfClaimViewFieldsFragment;

/**
 * After the activity: the partner claims what it spent (at most what was approved) and attaches
 * proof; a reviewer approves, rejects or returns the claim, then marks it paid.
 */
export function ClaimSection({
  request,
  claims,
  access,
  onDecide,
}: {
  request: MdfRequestFieldsFragment;
  claims: readonly ClaimView[];
  access: MdfAccess;
  onDecide: (pending: PendingDecision) => void;
}) {
  const open = openClaim(claims);
  const returned = open?.claim.status === MdfClaimStatus.RETURNED ? open.claim : null;
  const canClaim =
    access.canRequest &&
    request.status === MdfRequestStatus.APPROVED &&
    open?.claim.status !== MdfClaimStatus.SUBMITTED;
  const [paying, setPaying] = useState<ClaimView['claim'] | null>(null);
  const [markPaid] = useMutation(MarkMdfClaimPaidDocument, {
    refetchQueries: REQUESTS_REFETCH,
    awaitRefetchQueries: true,
  });

  if (claims.length === 0 && !canClaim) {
    if (request.status !== MdfRequestStatus.APPROVED) return null;
    return (
      <Section>
        <Text size="sm" c="dimmed">
          Not claimed yet. After the activity the partner claims what it spent, with proof.
        </Text>
      </Section>
    );
  }

  return (
    <Section>
      {canClaim && <ClaimForm key={returned?.id ?? 'new'} request={request} returned={returned} />}
      {claims.map((view) => (
        <ClaimCard
          key={view.claim.id}
          view={view}
          access={access}
          onDecide={(decision) =>
            onDecide({
              subject: { kind: 'claim', id: view.claim.id, version: view.claim.version },
              decision,
              name: `the claim of ${formatMoney(view.claim.amount)}`,
            })
          }
          onPay={() => setPaying(view.claim)}
        />
      ))}
      <ConfirmDialog
        opened={paying !== null}
        onClose={() => setPaying(null)}
        title="Mark the claim paid"
        confirmLabel={paying ? `Mark ${formatMoney(paying.amount)} paid` : 'Mark paid'}
        color="teal"
        testId="mark-paid-confirm"
        onConfirm={async () => {
          if (!paying) return;
          await markPaid({ variables: { id: paying.id, expectedVersion: paying.version } });
          notifications.show({ color: 'teal', message: 'Claim marked paid.' });
        }}
      >
        Record that {paying ? formatMoney(paying.amount) : 'the claim'} was paid to the partner. It
        moves from claimed to paid in the budget’s figures.
      </ConfirmDialog>
    </Section>
  );
}

function Section({ children }: { children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="mdf-claim-title">
      <Title order={4} id="mdf-claim-title">
        Claim
      </Title>
      {children}
    </Stack>
  );
}

function ClaimForm({
  request,
  returned,
}: {
  request: MdfRequestFieldsFragment;
  returned: ClaimView['claim'] | null;
}) {
  const client = useApolloClient();
  const [save, { loading }] = useMutation(SaveMdfClaimDocument, {
    refetchQueries: REQUESTS_REFETCH,
    awaitRefetchQueries: true,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const approved = request.approvedAmount ?? null;
  const form = useForm<ClaimFormValues>({
    mode: 'controlled',
    initialValues: claimValuesFor(approved, returned),
    validate: (values) => validateClaim(values, approved),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await save({ variables: { input: toClaimInput(request.id, values, returned) } });
      notifications.show({
        color: 'teal',
        message: returned
          ? 'Claim sent again for review.'
          : 'Claim sent. Attach proof so it can be approved.',
      });
    } catch (error) {
      const info = describeApiError(error);
      const mapped = mapFormErrors(error, CLAIM_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      setFormError(info.code === 'CONFLICT' ? info.message : mapped.formError);
      if (info.code === 'CONFLICT') void client.refetchQueries({ include: REQUESTS_REFETCH });
    }
  });

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate data-testid="claim-form">
        <Stack gap="sm">
          <Text fw={600}>
            {returned ? 'Correct the claim and send it again' : 'Claim the funds'}
          </Text>
          <Text size="sm" c="dimmed">
            Claim at most the {formatMoney(approved)} approved and at most what the activity cost.
            Whatever you do not claim goes back to your allocation.
          </Text>
          <ErrorAlert message={formError} title="Could not send the claim" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label="Actual cost"
              description="What the activity cost in the end."
              placeholder="5200"
              inputMode="decimal"
              leftSection="$"
              required
              {...form.getInputProps('actualCost')}
            />
            <TextInput
              label="Amount claimed"
              placeholder="5000"
              inputMode="decimal"
              leftSection="$"
              required
              {...form.getInputProps('amount')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={loading} data-testid="claim-submit">
              {returned ? 'Send claim again' : 'Send claim'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ClaimCard({
  view,
  access,
  onDecide,
  onPay,
}: {
  view: ClaimView;
  access: MdfAccess;
  onDecide: (decision: MdfDecision) => void;
  onPay: () => void;
}) {
  const { claim, files } = view;
  const isOpen =
    claim.status === MdfClaimStatus.SUBMITTED || claim.status === MdfClaimStatus.RETURNED;
  const reviewable = access.canReview && claim.status === MdfClaimStatus.SUBMITTED;
  return (
    <Paper withBorder p="md" radius="md" data-testid="claim-card" data-status={claim.status}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={600} data-testid="claim-amount">
              {formatMoney(claim.amount)}
            </Text>
            <Text size="sm" c="dimmed">
              claimed of {formatMoney(claim.actualCost)} spent
            </Text>
          </Group>
          <ClaimStatusBadge status={claim.status} />
        </Group>
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            Sent by {claim.submittedByLabel} · {formatDateTime(claim.createdAt)}
            {claim.updatedAt !== claim.createdAt && !claim.decidedAt
              ? ` · changed ${formatDateTime(claim.updatedAt)}`
              : ''}
          </Text>
          {claim.decidedAt && (
            <Text size="xs" c="dimmed">
              {claim.status === MdfClaimStatus.RETURNED
                ? 'Returned'
                : claim.status === MdfClaimStatus.REJECTED
                  ? 'Rejected'
                  : 'Approved'}{' '}
              by {claim.decidedByLabel ?? 'a reviewer'} · {formatDateTime(claim.decidedAt)}
            </Text>
          )}
          {claim.paidAt && (
            <Text size="xs" c="dimmed">
              Paid · {formatDateTime(claim.paidAt)}
            </Text>
          )}
        </Stack>
        {claim.reason && (
          <Alert
            color={claim.status === MdfClaimStatus.REJECTED ? 'red' : 'orange'}
            variant="light"
            p="xs"
            data-testid="claim-reason"
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {claim.reason}
            </Text>
          </Alert>
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Proof
          </Text>
          <ProofFileList files={files} />
        </Stack>
        {isOpen && access.canRequest && <ProofUpload claimId={claim.id} />}
        {reviewable && (
          <Stack gap="xs">
            {files.length === 0 && (
              <Text size="sm" c="orange" component="div">
                <Group gap={4} wrap="nowrap">
                  <IconAlertTriangle size={14} /> No proof yet: the claim cannot be approved until
                  the partner attaches some. Return it to ask for proof.
                </Group>
              </Text>
            )}
            <Group gap="xs">
              <Button
                color="green"
                leftSection={<IconCheck size={16} />}
                onClick={() => onDecide(MdfDecision.APPROVE)}
                data-testid="approve-claim"
              >
                Approve claim
              </Button>
              <Button
                variant="light"
                color="orange"
                onClick={() => onDecide(MdfDecision.RETURN)}
                data-testid="return-claim"
              >
                Return
              </Button>
              <Button
                variant="light"
                color="red"
                onClick={() => onDecide(MdfDecision.REJECT)}
                data-testid="reject-claim"
              >
                Reject
              </Button>
            </Group>
          </Stack>
        )}
        {access.canReview && claim.status === MdfClaimStatus.APPROVED && (
          <Group>
            <Button
              variant="light"
              color="teal"
              leftSection={<IconCash size={16} />}
              onClick={onPay}
              data-testid="mark-paid"
            >
              Mark paid
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
