import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { PartnerStatus } from '@tandem/shared-domain';
import { ErrorAlert, PARTNER_STATUS_LABELS, mapFormErrors } from '@tandem/portal-ui';
import { useState } from 'react';
import { SetPartnerStatusDocument } from '../graphql/partners.graphql';

interface Props {
  partner: { id: string; name: string; status: PartnerStatus };
  opened: boolean;
  onClose: () => void;
}

export function PartnerStatusModal({ partner, opened, onClose }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Change status of ${partner.name}`}>
      {opened && <StatusForm partner={partner} onDone={onClose} />}
    </Modal>
  );
}

function StatusForm({ partner, onDone }: { partner: Props['partner']; onDone: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [setStatus, { loading }] = useMutation(SetPartnerStatusDocument, {
    refetchQueries: ['PartnerStatusCounts'],
  });
  const options = Object.values(PartnerStatus)
    .filter((s) => s !== partner.status)
    .map((s) => ({ value: s, label: PARTNER_STATUS_LABELS[s] }));
  const form = useForm({
    mode: 'controlled',
    initialValues: { status: options[0]?.value ?? '', reason: '' },
    validate: {
      status: (v) => (v ? null : 'Choose a status.'),
      reason: (v, values) =>
        values.status === PartnerStatus.SUSPENDED && v.trim().length < 3
          ? 'Say why the partner is suspended; its users will see it.'
          : null,
    },
  });
  const suspending = form.values.status === PartnerStatus.SUSPENDED;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async ({ status, reason }) => {
        setFormError(null);
        try {
          await setStatus({
            variables: { id: partner.id, status: status as PartnerStatus, reason: reason.trim() },
          });
          notifications.show({
            color: 'teal',
            message: `${partner.name} is now ${PARTNER_STATUS_LABELS[status as PartnerStatus].toLowerCase()}.`,
          });
          onDone();
        } catch (error) {
          const mapped = mapFormErrors(error, ['status', 'reason']);
          form.setErrors(mapped.fieldErrors);
          setFormError(mapped.formError);
        }
      })}
    >
      <Stack>
        <ErrorAlert message={formError} title="Could not change the status" />
        <Text size="sm">
          Currently <b>{PARTNER_STATUS_LABELS[partner.status]}</b>.
        </Text>
        <Select
          label="New status"
          data={options}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
        {suspending && (
          <Text size="sm" c="red">
            Suspending signs out every user of this partner on their next request.
          </Text>
        )}
        <Textarea
          label="Reason"
          description={
            suspending ? 'Required when suspending.' : 'Optional; kept in the audit log.'
          }
          required={suspending}
          autosize
          minRows={2}
          maxLength={500}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} color={suspending ? 'red' : undefined}>
            Change status
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
