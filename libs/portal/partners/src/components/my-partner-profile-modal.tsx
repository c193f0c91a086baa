import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import type { PartnerDetailQuery } from '@tandem/portal-data-access';
import { ErrorAlert } from '@tandem/portal-ui';
import { UpdateMyPartnerProfileDocument } from '../graphql/partners.graphql';
import { useVersionedPartnerForm } from '../hooks/use-versioned-partner-form';
import { useFullScreenModal } from '../hooks/use-modal-size';
import {
  BUSINESS_HOURS_FIELDS,
  ENDS_AFTER_START,
  endsAfterStart,
  toBusinessHoursInput,
  toBusinessHoursValues,
  type BusinessHoursValues,
} from '../lib/business-hours';
import { timeZoneOptions } from '../lib/options';
import { partnerFieldsSchema } from '../lib/partner-form';
import { BusinessHoursFields } from './business-hours-fields';
import { ConflictAlert } from './conflict-alert';

type Partner = PartnerDetailQuery['partner'];

const schema = partnerFieldsSchema
  .pick({
    legalName: true,
    logoUrl: true,
    websiteDomains: true,
    timeZone: true,
    workingDays: true,
    workdayStartHour: true,
    workdayEndHour: true,
    focusPersonaIds: true,
  })
  .refine(endsAfterStart, ENDS_AFTER_START);
const FIELDS = ['legalName', 'logoUrl', 'websiteDomains', 'timeZone', ...BUSINESS_HOURS_FIELDS];

type Values = {
  legalName: string;
  logoUrl: string;
  websiteDomains: string[];
  timeZone: string;
} & BusinessHoursValues;

const toValues = (p: Partner): Values => ({
  legalName: p.legalName,
  logoUrl: p.logoUrl ?? '',
  websiteDomains: [...p.websiteDomains],
  timeZone: p.timeZone,
  ...toBusinessHoursValues(p),
});

/** What a partner admin may change about their own organisation. */
export function MyPartnerProfileModal({
  partner,
  opened,
  onClose,
}: {
  partner: Partner;
  opened: boolean;
  onClose: () => void;
}) {
  const fullScreen = useFullScreenModal();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Edit your organisation profile"
      size="lg"
      fullScreen={fullScreen}
    >
      {opened && <MyPartnerProfileForm partner={partner} onDone={onClose} />}
    </Modal>
  );
}

function MyPartnerProfileForm({ partner, onDone }: { partner: Partner; onDone: () => void }) {
  const [update, { loading }] = useMutation(UpdateMyPartnerProfileDocument);
  const { form, submit, conflict, reload, formError } = useVersionedPartnerForm<Values>({
    partner,
    toValues,
    schema,
    fields: FIELDS,
    successMessage: 'Profile saved.',
    onDone,
    save: (values, version) =>
      update({
        variables: {
          input: {
            version,
            legalName: values.legalName.trim(),
            logoUrl: values.logoUrl.trim() || null,
            websiteDomains: values.websiteDomains.map((d) => d.trim().toLowerCase()),
            timeZone: values.timeZone,
            ...toBusinessHoursInput(values),
          },
        },
      }),
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {conflict && <ConflictAlert onReload={() => void reload()} />}
        <ErrorAlert message={formError} title="Could not save the profile" />
        <TextInput
          label="Legal name"
          key={form.key('legalName')}
          {...form.getInputProps('legalName')}
        />
        <TextInput
          label="Logo link"
          description="An https:// link to your logo; co-branded content shows it."
          placeholder="https://example.com/logo.png"
          key={form.key('logoUrl')}
          {...form.getInputProps('logoUrl')}
        />
        <TagsInput
          label="Website domains"
          description="Press Enter after each domain."
          key={form.key('websiteDomains')}
          {...form.getInputProps('websiteDomains')}
        />
        <Select
          label="Time zone"
          data={timeZoneOptions(partner.timeZone)}
          searchable
          limit={50}
          required
          key={form.key('timeZone')}
          {...form.getInputProps('timeZone')}
        />
        <BusinessHoursFields form={form} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} disabled={conflict}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
