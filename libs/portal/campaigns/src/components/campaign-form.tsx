import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { CAMPAIGN_TARGET_LABELS, CampaignTargetMode, REGIONS } from '@tandem/shared-domain';
import type { CampaignFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError, errorCode, mapFormErrors } from '@tandem/portal-ui';
import { useState } from 'react';
import {
  CampaignOptionsDocument,
  CreateCampaignDocument,
  UpdateCampaignDocument,
} from '../graphql/campaigns.graphql';
import { useCampaignAccess } from '../hooks/use-campaign-access';
import {
  CAMPAIGN_FORM_FIELDS,
  emptyCampaignValues,
  regionLabel,
  toCampaignInput,
  validateCampaignForm,
  type CampaignFormValues,
} from '../lib/campaign-form';

const MODE_OPTIONS = Object.values(CampaignTargetMode).map((m) => ({
  value: m,
  label: CAMPAIGN_TARGET_LABELS[m],
}));
const REGION_OPTIONS = REGIONS.map((r) => ({ value: r, label: regionLabel(r) }));

function valuesFrom(c: CampaignFieldsFragment): CampaignFormValues {
  return {
    name: c.name,
    goal: c.goal,
    description: c.description,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    personaIds: c.personaIds,
    targetMode: c.targetMode,
    targetTierIds: c.targetTierIds,
    targetRegions: c.targetRegions,
    targetPartnerIds: c.targetPartnerIds,
  };
}

export interface CampaignFormProps {
  campaign?: CampaignFieldsFragment | null;
  onSaved: (id: string) => void;
  onCancel: () => void;
  onReload?: () => void;
}

export function CampaignForm({ campaign, onSaved, onCancel, onReload }: CampaignFormProps) {
  const { isPartner, partnerName } = useCampaignAccess();
  // A partner's campaign always targets that partner; vendor staff choose targets.
  const ownPartner = isPartner || !!campaign?.partnerId;
  const options = useQuery(CampaignOptionsDocument, { variables: { vendor: !isPartner } });
  const [create, createState] = useMutation(CreateCampaignDocument, {
    refetchQueries: ['CampaignList', 'CampaignFeed'],
  });
  const [update, updateState] = useMutation(UpdateCampaignDocument, {
    refetchQueries: ['CampaignList', 'CampaignFeed'],
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const form = useForm<CampaignFormValues>({
    mode: 'controlled',
    initialValues: campaign ? valuesFrom(campaign) : emptyCampaignValues(),
    validate: (values) => validateCampaignForm(values, ownPartner),
  });

  const personaOptions = (options.data?.personas.items ?? [])
    .filter((p) => p.publishedVersion != null)
    .map((p) => ({ value: p.id, label: p.name }));
  const tierOptions = (options.data?.tiers ?? []).map((t) => ({ value: t.id, label: t.name }));
  const partnerOptions = (options.data?.partners?.items ?? []).map((p) => ({
    value: p.id,
    label: p.name,
  }));

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setConflict(null);
    const input = toCampaignInput(values, ownPartner);
    try {
      if (campaign) {
        await update({
          variables: { input: { ...input, id: campaign.id, version: campaign.version } },
        });
        notifications.show({ color: 'teal', message: 'Campaign saved.' });
        onSaved(campaign.id);
      } else {
        const { data } = await create({ variables: { input } });
        notifications.show({
          color: 'teal',
          message: `${input.name} is saved as a draft. Launch it when it is ready.`,
        });
        if (data) onSaved(data.createCampaign.id);
      }
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        setConflict(describeApiError(error).message);
        return;
      }
      const mapped = mapFormErrors(error, CAMPAIGN_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  });

  const mode = form.values.targetMode;
  return (
    <Paper withBorder p="lg" radius="md" maw={860}>
      <form onSubmit={submit} noValidate data-testid="campaign-form">
        <Stack>
          {conflict && (
            <Alert
              color="orange"
              variant="light"
              title="Someone else changed this campaign"
              role="alert"
            >
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
          <ErrorAlert message={formError} title="Could not save the campaign" />
          <TextInput label="Name" required maxLength={200} {...form.getInputProps('name')} />
          <Textarea
            label="Goal"
            description="What success looks like, e.g. “40 audit workshops booked”."
            autosize
            minRows={2}
            maxLength={1000}
            {...form.getInputProps('goal')}
          />
          <Textarea
            label="Description"
            description="What partners should do and when."
            autosize
            minRows={3}
            maxLength={5000}
            {...form.getInputProps('description')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput type="date" label="First day" required {...form.getInputProps('startsOn')} />
            <TextInput type="date" label="Last day" required {...form.getInputProps('endsOn')} />
          </SimpleGrid>
          <MultiSelect
            label="Personas"
            placeholder={form.values.personaIds.length ? undefined : 'Who the campaign is for'}
            description="Published personas only."
            data={personaOptions}
            searchable
            clearable
            {...form.getInputProps('personaIds')}
          />
          {ownPartner ? (
            <Text size="sm" c="dimmed" data-testid="own-campaign-note">
              This campaign is for{' '}
              {campaign?.partnerId
                ? 'the partner that created it'
                : (partnerName ?? 'your organisation')}{' '}
              only; other partners do not see it.
            </Text>
          ) : (
            <Stack gap="sm">
              <Radio.Group label="Who it reaches" {...form.getInputProps('targetMode')}>
                <Group gap="md" mt={6}>
                  {MODE_OPTIONS.map((o) => (
                    <Radio key={o.value} value={o.value} label={o.label} />
                  ))}
                </Group>
              </Radio.Group>
              {mode === CampaignTargetMode.TIERS && (
                <MultiSelect
                  label="Tiers"
                  placeholder={form.values.targetTierIds.length ? undefined : 'Choose tiers'}
                  required
                  data={tierOptions}
                  {...form.getInputProps('targetTierIds')}
                />
              )}
              {mode === CampaignTargetMode.REGIONS && (
                <MultiSelect
                  label="Regions"
                  placeholder={form.values.targetRegions.length ? undefined : 'Choose regions'}
                  required
                  data={REGION_OPTIONS}
                  {...form.getInputProps('targetRegions')}
                />
              )}
              {mode === CampaignTargetMode.PARTNERS && (
                <MultiSelect
                  label="Partners"
                  placeholder={form.values.targetPartnerIds.length ? undefined : 'Choose partners'}
                  required
                  searchable
                  data={partnerOptions}
                  {...form.getInputProps('targetPartnerIds')}
                />
              )}
            </Stack>
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
              {campaign ? 'Save campaign' : 'Save draft'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
