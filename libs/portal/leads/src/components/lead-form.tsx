import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Divider,
  Group,
  Input,
  Modal,
  NumberInput,
  SegmentedControl,
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
import type { LeadDetailFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError, mapFormErrors } from '@tandem/portal-ui';
import { LeadPriority } from '@tandem/shared-domain';
import { useState } from 'react';
import {
  CreateLeadDocument,
  LeadAssigneesDocument,
  LeadFormOptionsDocument,
  UpdateLeadDocument,
} from '../graphql/leads.graphql';
import { useLeadAccess } from '../hooks/use-lead-access';
import {
  LEAD_FIELD_ALIASES,
  LEAD_FORM_FIELDS,
  emptyLeadValues,
  leadValuesFrom,
  toCreateLeadInput,
  toUpdateLeadInput,
  validateLeadForm,
  type LeadFormValues,
} from '../lib/lead-form';
import { leadStatusLine } from '../lib/lead-status';

const PRIORITY_OPTIONS = [
  { value: LeadPriority.NORMAL, label: 'Normal' },
  { value: LeadPriority.HOT, label: 'Hot' },
];

export interface LeadFormProps {
  /** The lead to edit; omit to create one. */
  lead?: LeadDetailFieldsFragment | null;
  onSaved: (lead: LeadDetailFieldsFragment) => void;
  onCancel: () => void;
  onReload?: () => void;
}

export function LeadForm({ lead, onSaved, onCancel, onReload }: LeadFormProps) {
  const access = useLeadAccess();
  const pickRep = access.canPickRep && !lead;
  const options = useQuery(LeadFormOptionsDocument);
  const reps = useQuery(LeadAssigneesDocument, { variables: {}, skip: !pickRep });
  const [create, createState] = useMutation(CreateLeadDocument, { refetchQueries: ['LeadList'] });
  const [update, updateState] = useMutation(UpdateLeadDocument, { refetchQueries: ['LeadList'] });
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const form = useForm<LeadFormValues>({
    mode: 'controlled',
    initialValues: lead ? leadValuesFrom(lead) : emptyLeadValues(),
    validate: validateLeadForm,
  });

  const personaOptions = (options.data?.personas.items ?? [])
    .filter((p) => p.publishedVersion != null || p.id === form.values.personaId)
    .map((p) => ({ value: p.id, label: p.name }));
  const campaignOptions = (options.data?.campaigns.items ?? []).map((c) => ({
    value: c.id,
    label: c.name,
  }));
  const repOptions = (reps.data?.leadAssignees ?? []).map((r) => ({
    value: r.id,
    label: `${r.name} · ${r.openOffers} open offer${r.openOffers === 1 ? '' : 's'}`,
  }));

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setConflict(null);
    try {
      if (lead) {
        const { data } = await update({
          variables: { input: toUpdateLeadInput(values, lead.id, lead.version) },
        });
        if (!data) return;
        notifications.show({ color: 'teal', message: 'Lead saved.' });
        onSaved(data.updateLead);
      } else {
        const { data } = await create({
          variables: { input: toCreateLeadInput(values, pickRep) },
        });
        if (!data) return;
        const saved = data.createLead;
        notifications.show({
          color: 'teal',
          title: `${saved.contactName} is saved`,
          message: leadStatusLine(saved),
        });
        onSaved(saved);
      }
    } catch (error) {
      const info = describeApiError(error);
      if (info.code === 'CONFLICT' && lead && info.fields.length === 0) {
        setConflict(info.message);
        return;
      }
      const mapped = mapFormErrors(error, LEAD_FORM_FIELDS, LEAD_FIELD_ALIASES);
      form.setErrors(mapped.fieldErrors);
      // A duplicate email is a conflict with a field: say which lead it clashes with, too.
      setFormError(info.code === 'CONFLICT' ? info.message : mapped.formError);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="lead-form">
      <Stack>
        {conflict && (
          <Alert color="orange" variant="light" title="Someone else changed this lead" role="alert">
            <Text size="sm">
              {conflict} Your changes were not saved. Reload to see the latest version, then make
              your changes again.
            </Text>
            {onReload && (
              <Group mt="sm">
                <Button size="xs" color="orange" onClick={onReload}>
                  Reload latest version
                </Button>
              </Group>
            )}
          </Alert>
        )}
        <ErrorAlert message={formError} title="Could not save the lead" />
        <ErrorAlert error={options.error} title="Could not load personas and campaigns" />

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Contact name"
            required
            maxLength={200}
            {...form.getInputProps('contactName')}
          />
          <TextInput
            label="Email"
            type="email"
            required
            maxLength={254}
            {...form.getInputProps('email')}
          />
          <TextInput label="Phone" maxLength={50} {...form.getInputProps('phone')} />
          <TextInput
            label="Title"
            placeholder="e.g. IT Director"
            maxLength={200}
            {...form.getInputProps('title')}
          />
        </SimpleGrid>

        <Divider label="Company" labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Company" maxLength={200} {...form.getInputProps('company')} />
          <TextInput
            label="Website domain"
            description="Taken from the email address when empty."
            placeholder="example.com"
            {...form.getInputProps('domain')}
          />
          <TextInput
            label="Country"
            description="Two-letter code such as US, DE or JP."
            maxLength={2}
            {...form.getInputProps('country')}
          />
          <NumberInput
            label="Company size"
            description="Number of employees."
            min={1}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            {...form.getInputProps('companySize')}
          />
        </SimpleGrid>

        <Divider label="Qualification" labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="Persona"
            placeholder="Which buyer persona fits"
            data={personaOptions}
            searchable
            clearable
            {...form.getInputProps('personaId')}
          />
          <Select
            label="Campaign"
            placeholder="The campaign that produced it"
            data={campaignOptions}
            searchable
            clearable
            {...form.getInputProps('campaignId')}
          />
          <NumberInput
            label="Campaign responses"
            min={0}
            max={10_000}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('campaignResponses')}
          />
          <NumberInput
            label="Content downloads"
            min={0}
            max={10_000}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('contentDownloads')}
          />
        </SimpleGrid>
        <Group gap="xl" align="flex-end">
          <Input.Wrapper label="Priority" error={form.errors.priority}>
            <div>
              <SegmentedControl
                data={PRIORITY_OPTIONS}
                value={form.values.priority}
                onChange={(v) => form.setFieldValue('priority', v as LeadPriority)}
                aria-label="Priority"
              />
            </div>
          </Input.Wrapper>
          <Checkbox
            label="The contact agreed to be contacted"
            {...form.getInputProps('consent', { type: 'checkbox' })}
          />
        </Group>
        <Textarea
          label="Notes"
          description="Anything the sales rep should know."
          autosize
          minRows={2}
          maxLength={5000}
          {...form.getInputProps('notes')}
        />
        {pickRep && (
          <Select
            label="Offer to sales rep"
            description="Leave empty to offer it to the next rep in turn once it is an MQL."
            placeholder={reps.loading ? 'Loading reps…' : 'Next rep in turn'}
            data={repOptions}
            clearable
            {...form.getInputProps('offerToUserId')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={createState.loading || updateState.loading}
            disabled={!!conflict}
          >
            {lead ? 'Save lead' : 'Create lead'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The lead form in a dialog (full screen on phones). */
export function LeadFormModal({
  opened,
  onClose,
  ...props
}: Omit<LeadFormProps, 'onCancel'> & { opened: boolean; onClose: () => void }) {
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={props.lead ? `Edit ${props.lead.contactName}` : 'New lead'}
      size="xl"
      fullScreen={fullScreen}
    >
      {opened && <LeadForm {...props} onCancel={onClose} />}
    </Modal>
  );
}
