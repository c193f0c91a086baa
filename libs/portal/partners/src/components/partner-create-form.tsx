import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ErrorAlert, PageHeader, mapFormErrors } from '@tandem/portal-ui';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CreatePartnerDocument } from '../graphql/partners.graphql';
import { toBusinessHoursInput } from '../lib/business-hours';
import {
  EMPTY_PARTNER_FORM,
  PARTNER_FORM_FIELDS,
  partnerFieldAliases,
  partnerFormSchema,
  type PartnerFormValues,
} from '../lib/partner-form';
import { PartnerFormFields } from './partner-form-fields';

export function PartnerCreateForm() {
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreatePartnerDocument, {
    refetchQueries: ['PartnerDirectory', 'PartnerStatusCounts'],
  });
  const form = useForm<PartnerFormValues>({
    mode: 'uncontrolled',
    initialValues: {
      ...EMPTY_PARTNER_FORM,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    },
    validate: schemaResolver(partnerFormSchema, { sync: true }),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            name: values.name.trim(),
            legalName: values.legalName.trim() || undefined,
            logoUrl: values.logoUrl.trim() || undefined,
            websiteDomains: values.websiteDomains.map((d) => d.trim().toLowerCase()),
            country: values.country.trim().toUpperCase(),
            region: values.region,
            timeZone: values.timeZone,
            typeId: values.typeId,
            tierId: values.tierId,
            channelManagerId: values.channelManagerId || undefined,
            ...toBusinessHoursInput(values),
          },
        },
      });
      if (!data) return;
      notifications.show({ color: 'teal', message: `${data.createPartner.name} was added.` });
      navigate(`/partners/${data.createPartner.id}`);
    } catch (error) {
      const mapped = mapFormErrors(error, PARTNER_FORM_FIELDS, partnerFieldAliases());
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  });

  return (
    <>
      <PageHeader title="New partner" description="Partners start in onboarding." />
      <Paper withBorder p="lg" radius="md" maw={860}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <ErrorAlert message={formError} title="Could not create the partner" />
            <PartnerFormFields form={form} />
            <Group justify="flex-end">
              <Button variant="default" component={Link} to="/partners">
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Create partner
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
