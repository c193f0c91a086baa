import { useQuery } from '@apollo/client/react';
import { Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ChannelManagersDocument, ProgramOptionsDocument } from '../graphql/partners.graphql';
import { REGION_OPTIONS, timeZoneOptions } from '../lib/options';
import type { PartnerFormValues } from '../lib/partner-form';
import { BusinessHoursFields } from './business-hours-fields';

export interface PartnerFormFieldsProps {
  form: UseFormReturnType<PartnerFormValues>;
  /** The type a partner already has stays selectable even when it is inactive. */
  currentTypeId?: string;
  currentTimeZone?: string;
}

export function PartnerFormFields({
  form,
  currentTypeId,
  currentTimeZone,
}: PartnerFormFieldsProps) {
  const options = useQuery(ProgramOptionsDocument);
  const managers = useQuery(ChannelManagersDocument);
  const types = (options.data?.partnerTypes ?? []).filter(
    (t) => t.active || t.id === currentTypeId,
  );
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label="Name" required key={form.key('name')} {...form.getInputProps('name')} />
        <TextInput
          label="Legal name"
          description="Leave empty to use the name."
          key={form.key('legalName')}
          {...form.getInputProps('legalName')}
        />
        <TextInput
          label="Logo link"
          description="An https:// link to the logo; co-branded content shows it."
          placeholder="https://example.com/logo.png"
          key={form.key('logoUrl')}
          {...form.getInputProps('logoUrl')}
        />
        <TagsInput
          label="Website domains"
          description="Press Enter after each domain."
          placeholder="example.com"
          key={form.key('websiteDomains')}
          {...form.getInputProps('websiteDomains')}
        />
        <TextInput
          label="Country code"
          description="Two letters (ISO 3166-1), e.g. DE"
          maxLength={2}
          required
          key={form.key('country')}
          {...form.getInputProps('country')}
        />
        <Select
          label="Region"
          data={REGION_OPTIONS}
          required
          key={form.key('region')}
          {...form.getInputProps('region')}
        />
        <Select
          label="Time zone"
          data={timeZoneOptions(currentTimeZone)}
          searchable
          limit={50}
          required
          key={form.key('timeZone')}
          {...form.getInputProps('timeZone')}
        />
        <Select
          label="Partner type"
          data={types.map((t) => ({ value: t.id, label: t.name }))}
          required
          disabled={options.loading && !options.data}
          key={form.key('typeId')}
          {...form.getInputProps('typeId')}
        />
        <Select
          label="Tier"
          data={(options.data?.tiers ?? []).map((t) => ({ value: t.id, label: t.name }))}
          required
          disabled={options.loading && !options.data}
          key={form.key('tierId')}
          {...form.getInputProps('tierId')}
        />
        <Select
          label="Channel manager"
          placeholder="Unassigned"
          data={(managers.data?.channelManagers ?? []).map((u) => ({ value: u.id, label: u.name }))}
          searchable
          clearable
          key={form.key('channelManagerId')}
          {...form.getInputProps('channelManagerId')}
        />
      </SimpleGrid>
      <BusinessHoursFields form={form} />
    </Stack>
  );
}
