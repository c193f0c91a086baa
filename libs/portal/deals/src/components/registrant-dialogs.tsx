import { useMutation } from '@apollo/client/react';
import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { ErrorAlert, mapFormErrors } from '@tandem/portal-ui';
import { ReasonKind } from '@tandem/shared-domain';
import { useState, type ReactNode } from 'react';
import {
  CloseDealDocument,
  RequestDealExtensionDocument,
  WithdrawDealDocument,
} from '../graphql/deals.graphql';
import { useReasonOptions } from '../hooks/use-reason-options';
import {
  LOST_FORM_FIELDS,
  WON_FORM_FIELDS,
  toLostInput,
  toWonInput,
  today,
  validateLost,
  validateReason,
  validateWon,
  type LostValues,
  type WonValues,
} from '../lib/decision-forms';
import { formatMoney } from '../lib/money';

const refetch = { refetchQueries: ['DealList', 'DealDetail'] };

interface DealRef {
  id: string;
  reference: string;
  companyName: string;
  amount: string;
  currency: string;
}

function Dialog({
  opened,
  onClose,
  title,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}) {
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal opened={opened} onClose={onClose} title={title} fullScreen={fullScreen}>
      {opened && children}
    </Modal>
  );
}

/** One short reason, sent to `action`: withdrawing, or asking for more protection. */
function ReasonForm({
  intro,
  label,
  submitLabel,
  danger,
  loading,
  onClose,
  action,
}: {
  intro: ReactNode;
  label: string;
  submitLabel: string;
  danger?: boolean;
  loading: boolean;
  onClose: () => void;
  action: (reason: string) => Promise<void>;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: validateReason,
  });
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await action(values.reason.trim());
      onClose();
    } catch (error) {
      const mapped = mapFormErrors(error, ['reason']);
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{intro}</Text>
        <ErrorAlert message={formError} title="Could not send it" />
        <Textarea
          label={label}
          required
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color={danger ? 'red' : undefined} loading={loading}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function WithdrawDialog({
  opened,
  onClose,
  deal,
}: {
  opened: boolean;
  onClose: () => void;
  deal: DealRef;
}) {
  const [withdraw, { loading }] = useMutation(WithdrawDealDocument, refetch);
  return (
    <Dialog opened={opened} onClose={onClose} title={`Withdraw ${deal.reference}`}>
      <ReasonForm
        intro="The registration stops claiming the customer, and its protection ends now. This cannot be undone."
        label="Why are you withdrawing it?"
        submitLabel="Withdraw registration"
        danger
        loading={loading}
        onClose={onClose}
        action={async (reason) => {
          await withdraw({ variables: { id: deal.id, reason } });
          notifications.show({ color: 'teal', message: `${deal.reference} is withdrawn.` });
        }}
      />
    </Dialog>
  );
}

export function ExtensionRequestDialog({
  opened,
  onClose,
  deal,
  days,
}: {
  opened: boolean;
  onClose: () => void;
  deal: DealRef;
  days: number | null;
}) {
  const [request, { loading }] = useMutation(RequestDealExtensionDocument, refetch);
  return (
    <Dialog opened={opened} onClose={onClose} title="Ask for more protection">
      <ReasonForm
        intro={`Your channel manager decides. If approved, the protection of ${deal.companyName} lasts ${days ?? 'a number of'} more days.`}
        label="Why do you need more time?"
        submitLabel="Request extension"
        loading={loading}
        onClose={onClose}
        action={async (reason) => {
          await request({ variables: { dealId: deal.id, reason } });
          notifications.show({
            color: 'teal',
            message: 'Extension requested; you are notified when it is decided.',
          });
        }}
      />
    </Dialog>
  );
}

export function WonDialog({
  opened,
  onClose,
  deal,
}: {
  opened: boolean;
  onClose: () => void;
  deal: DealRef;
}) {
  return (
    <Dialog opened={opened} onClose={onClose} title={`${deal.companyName}: won`}>
      <WonForm deal={deal} onClose={onClose} />
    </Dialog>
  );
}

function WonForm({ deal, onClose }: { deal: DealRef; onClose: () => void }) {
  const [close, { loading }] = useMutation(CloseDealDocument, refetch);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<WonValues>({
    mode: 'controlled',
    initialValues: { finalAmount: deal.amount, closedOn: today(), comment: '' },
    validate: validateWon,
  });
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await close({ variables: { input: toWonInput(deal.id, values) } });
      notifications.show({
        color: 'teal',
        message: `Congratulations: ${deal.companyName} is won.`,
      });
      onClose();
    } catch (error) {
      const mapped = mapFormErrors(error, WON_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="won-form">
      <Stack>
        <Text size="sm">
          Registered at {formatMoney(deal.amount, deal.currency)}. Enter what the customer signed
          for.
        </Text>
        <ErrorAlert message={formError} title="Could not close the deal" />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="Final amount"
            required
            inputMode="decimal"
            rightSection={
              <Text size="xs" c="dimmed">
                {deal.currency}
              </Text>
            }
            rightSectionWidth={44}
            {...form.getInputProps('finalAmount')}
          />
          <TextInput label="Close date" type="date" required {...form.getInputProps('closedOn')} />
        </SimpleGrid>
        <Textarea
          label="Comment"
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="green" loading={loading}>
            Close as won
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function LostDialog({
  opened,
  onClose,
  deal,
}: {
  opened: boolean;
  onClose: () => void;
  deal: DealRef;
}) {
  return (
    <Dialog opened={opened} onClose={onClose} title={`${deal.companyName}: lost`}>
      <LostForm deal={deal} onClose={onClose} />
    </Dialog>
  );
}

function LostForm({ deal, onClose }: { deal: DealRef; onClose: () => void }) {
  const reasons = useReasonOptions(ReasonKind.LOSS);
  const [close, { loading }] = useMutation(CloseDealDocument, refetch);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<LostValues>({
    mode: 'controlled',
    initialValues: { reasonCodeId: null, competitor: '', closedOn: today(), comment: '' },
    validate: validateLost,
  });
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await close({ variables: { input: toLostInput(deal.id, values) } });
      notifications.show({ color: 'teal', message: `${deal.companyName} is closed as lost.` });
      onClose();
    } catch (error) {
      const mapped = mapFormErrors(error, LOST_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="lost-form">
      <Stack>
        <ErrorAlert message={formError} title="Could not close the deal" />
        <ErrorAlert error={reasons.error} title="Could not load the reasons" />
        <Select
          label="Reason"
          required
          placeholder={reasons.loading ? 'Loading reasons…' : 'Choose a reason'}
          data={reasons.options}
          {...form.getInputProps('reasonCodeId')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="Lost to"
            placeholder="Competitor, if any"
            maxLength={200}
            {...form.getInputProps('competitor')}
          />
          <TextInput label="Close date" type="date" {...form.getInputProps('closedOn')} />
        </SimpleGrid>
        <Textarea
          label="Comment"
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
            Close as lost
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
