import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { PartnerDetailQuery } from '@tandem/portal-data-access';
import { ErrorAlert } from '@tandem/portal-ui';
import { UpdatePartnerDocument } from '../graphql/partners.graphql';
import { useVersionedPartnerForm } from '../hooks/use-versioned-partner-form';
import { useFullScreenModal } from '../hooks/use-modal-size';
import { toBusinessHoursInput, toBusinessHoursValues } from '../lib/business-hours';
import {
  PARTNER_FORM_FIELDS,
  partnerFormSchema,
  type PartnerFormValues,
} from '../lib/partner-form';
import { ConflictAlert } from './conflict-alert';
import { PartnerFormFields } from './partner-form-fields';

type Partner = PartnerDetailQuery['partner'];

function toValues(p: Partner): PartnerFormValues {
  return {
    name: p.name,
    legalName: p.legalName,
    logoUrl: p.logoUrl ?? '',
    websiteDomains: [...p.websiteDomains],
    country: p.country,
    region: p.region,
    timeZone: p.timeZone,
    typeId: p.typeId,
    tierId: p.tierId,
    channelManagerId: p.channelManagerId ?? null,
    ...toBusinessHoursValues(p),
  };
}

export function PartnerEditModal({
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
      title={`Edit ${partner.name}`}
      size="xl"
      fullScreen={fullScreen}
    >
      {opened && <PartnerEditForm partner={partner} onDone={onClose} />}
    </Modal>
  );
}

function PartnerEditForm({ partner, onDone }: { partner: Partner; onDone: () => void }) {
  const [update, { loading }] = useMutation(UpdatePartnerDocument);
  const { form, submit, conflict, reload, formError } = useVersionedPartnerForm<PartnerFormValues>({
    partner,
    toValues,
    schema: partnerFormSchema,
    fields: PARTNER_FORM_FIELDS,
    successMessage: 'Partner saved.',
    onDone,
    save: (values, version) =>
      update({
        variables: {
          input: {
            id: partner.id,
            version,
            name: values.name.trim(),
            legalName: values.legalName.trim(),
            logoUrl: values.logoUrl.trim() || null,
            websiteDomains: values.websiteDomains.map((d) => d.trim().toLowerCase()),
            country: values.country.trim().toUpperCase(),
            region: values.region,
            timeZone: values.timeZone,
            typeId: values.typeId,
            tierId: values.tierId,
            channelManagerId: values.channelManagerId || null,
            ...toBusinessHoursInput(values),
          },
        },
      }),
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {conflict && <ConflictAlert onReload={() => void reload()} />}
        <ErrorAlert message={formError} title="Could not save the partner" />
        <PartnerFormFields
          form={form}
          currentTypeId={partner.typeId}
          currentTimeZone={partner.timeZone}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading} disabled={conflict}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
