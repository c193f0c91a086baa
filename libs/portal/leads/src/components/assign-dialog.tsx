import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { ErrorAlert, mapFormErrors } from '@tandem/portal-ui';
import { useState } from 'react';
import {
  AssignLeadDocument,
  LeadAssigneesDocument,
  LeadPartnerOptionsDocument,
} from '../graphql/leads.graphql';
import { toAssignInput, validateAssignment, type AssignValues } from '../lib/decision-forms';
import { leadStatusLine } from '../lib/lead-status';

export interface AssignDialogProps {
  opened: boolean;
  onClose: () => void;
  lead: { id: string; contactName: string; partnerId?: string | null };
  /** Vendor staff choose a partner; partner staff choose one of their reps. */
  vendor: boolean;
}

export function AssignDialog({ opened, onClose, lead, vendor }: AssignDialogProps) {
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Assign ${lead.contactName}`}
      fullScreen={fullScreen}
    >
      {opened && <AssignForm lead={lead} vendor={vendor} onClose={onClose} />}
    </Modal>
  );
}

function AssignForm({
  lead,
  vendor,
  onClose,
}: {
  lead: AssignDialogProps['lead'];
  vendor: boolean;
  onClose: () => void;
}) {
  const form = useForm<AssignValues>({
    mode: 'controlled',
    initialValues: { partnerId: null, userId: null, note: '' },
    validate: (values) => validateAssignment(values, vendor),
  });
  const partnerId = form.values.partnerId;
  const partners = useQuery(LeadPartnerOptionsDocument, { skip: !vendor });
  const reps = useQuery(LeadAssigneesDocument, {
    variables: { partnerId: vendor ? partnerId : null },
    skip: vendor && !partnerId,
  });
  const [assign, { loading }] = useMutation(AssignLeadDocument, { refetchQueries: ['LeadList'] });
  const [formError, setFormError] = useState<string | null>(null);

  const partnerOptions = (partners.data?.partners.items ?? []).map((p) => ({
    value: p.id,
    label: p.id === lead.partnerId ? `${p.name} (holds it now)` : p.name,
  }));
  const repOptions = (reps.data?.leadAssignees ?? []).map((r) => ({
    value: r.id,
    label: `${r.name} · ${r.openOffers} open offer${r.openOffers === 1 ? '' : 's'}`,
  }));

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await assign({
        variables: { input: toAssignInput(values, vendor, lead.id) },
      });
      notifications.show({
        color: 'teal',
        message: data ? leadStatusLine(data.assignLead) : `${lead.contactName} is assigned.`,
      });
      onClose();
    } catch (error) {
      const mapped = mapFormErrors(error, ['partnerId', 'userId', 'note']);
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="assign-form">
      <Stack>
        <Text size="sm">
          {vendor
            ? 'The partner gets a new offer with fresh deadlines; a pending offer is withdrawn.'
            : 'The rep takes over the offer (and its deadlines) or the lead they work.'}
        </Text>
        <ErrorAlert message={formError} title="Could not assign the lead" />
        <ErrorAlert error={partners.error ?? reps.error} title="Could not load the choices" />
        {vendor && (
          <Select
            label="Partner"
            required
            placeholder={partners.loading ? 'Loading partners…' : 'Choose a partner'}
            data={partnerOptions}
            searchable
            {...form.getInputProps('partnerId')}
            onChange={(value) => {
              form.setFieldValue('partnerId', value);
              form.setFieldValue('userId', null);
            }}
          />
        )}
        <Select
          label="Sales rep"
          required={!vendor}
          description={vendor ? 'Optional: otherwise the partner’s next rep in turn.' : undefined}
          placeholder={
            vendor && !partnerId
              ? 'Choose a partner first'
              : reps.loading
                ? 'Loading reps…'
                : vendor
                  ? 'Next rep in turn'
                  : 'Choose a rep'
          }
          disabled={vendor && !partnerId}
          data={repOptions}
          clearable={vendor}
          nothingFoundMessage="No active sales reps"
          {...form.getInputProps('userId')}
        />
        {vendor && (
          <Textarea
            label="Note"
            description="Why this partner; shown in the hand-off history."
            autosize
            minRows={2}
            maxLength={1000}
            {...form.getInputProps('note')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Assign
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
