import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Input,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react';
import { CampaignStatus } from '@tandem/shared-domain';
import type { ContentKitFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError, errorCode, mapFormErrors } from '@tandem/portal-ui';
import { useMemo, useState } from 'react';
import {
  ContentAssetsDocument,
  KitCampaignOptionsDocument,
  SaveKitDocument,
} from '../graphql/content.graphql';
import { useContentOptions } from '../hooks/use-content-options';
import {
  KIT_FORM_FIELDS,
  emptyKitValues,
  moveItem,
  toKitInput,
  validateKitForm,
  type KitFormValues,
} from '../lib/kit-form';

export interface KitFormProps {
  kit?: ContentKitFieldsFragment | null;
  onSaved: (id: string) => void;
  onCancel: () => void;
  onReload?: () => void;
}

function valuesFrom(kit: ContentKitFieldsFragment): KitFormValues {
  return {
    name: kit.name,
    description: kit.description,
    talkingPoints: kit.talkingPoints.join('\n'),
    personaId: kit.personaId ?? '',
    campaignId: kit.campaignId ?? '',
    assetIds: kit.assets.map((a) => a.id),
  };
}

/** Create or edit a kit: name, persona, campaign, talking points and the assets in order. */
export function KitForm({ kit, onSaved, onCancel, onReload }: KitFormProps) {
  const { personaOptions } = useContentOptions();
  const assetsQuery = useQuery(ContentAssetsDocument, {
    variables: { page: { offset: 0, limit: 100 } },
  });
  const campaignsQuery = useQuery(KitCampaignOptionsDocument);
  const [save, { loading }] = useMutation(SaveKitDocument, {
    refetchQueries: ['ContentKits'],
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const form = useForm<KitFormValues>({
    mode: 'controlled',
    initialValues: kit ? valuesFrom(kit) : emptyKitValues(),
    validate: validateKitForm,
  });

  const titles = useMemo(() => {
    const map = new Map<string, string>();
    for (const a of kit?.assets ?? []) map.set(a.id, a.title);
    for (const a of assetsQuery.data?.contentAssets.items ?? []) map.set(a.id, a.title);
    return map;
  }, [kit, assetsQuery.data]);
  const assetIds = form.values.assetIds;
  const assetOptions = (assetsQuery.data?.contentAssets.items ?? [])
    .filter((a) => !assetIds.includes(a.id))
    .map((a) => ({ value: a.id, label: a.title }));
  const campaignOptions = (campaignsQuery.data?.campaigns.items ?? [])
    .filter((c) => c.status !== CampaignStatus.CANCELLED || c.id === kit?.campaignId)
    .map((c) => ({ value: c.id, label: c.name }));

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setConflict(null);
    try {
      const { data } = await save({ variables: { input: toKitInput(values, kit) } });
      notifications.show({ color: 'teal', message: `${values.name.trim()} is saved.` });
      if (data) onSaved(data.saveKit.id);
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        setConflict(describeApiError(error).message);
        return;
      }
      const mapped = mapFormErrors(error, KIT_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      setFormError(mapped.formError);
    }
  });

  return (
    <Paper withBorder p="lg" radius="md" maw={860}>
      <form onSubmit={submit} noValidate data-testid="kit-form">
        <Stack>
          {conflict && (
            <Alert
              color="orange"
              variant="light"
              title="Someone else changed this kit"
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
          <ErrorAlert message={formError} title="Could not save the kit" />
          <TextInput label="Name" required maxLength={200} {...form.getInputProps('name')} />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('description')}
          />
          <Textarea
            label="Talking points"
            description="What to say when using this kit. One point per line."
            autosize
            minRows={3}
            {...form.getInputProps('talkingPoints')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label="Persona"
              placeholder="No persona"
              data={personaOptions}
              searchable
              clearable
              {...form.getInputProps('personaId')}
              onChange={(value) => form.setFieldValue('personaId', value ?? '')}
            />
            <Select
              label="Campaign"
              placeholder="No campaign"
              data={campaignOptions}
              searchable
              clearable
              {...form.getInputProps('campaignId')}
              onChange={(value) => form.setFieldValue('campaignId', value ?? '')}
            />
          </SimpleGrid>
          <Input.Wrapper
            label="Assets"
            required
            description="Partners get them in this order."
            error={form.errors.assetIds}
          >
            <Stack gap="xs" mt={6}>
              <Select
                aria-label="Add an asset"
                placeholder={assetsQuery.loading ? 'Loading assets…' : 'Add an asset…'}
                data={assetOptions}
                searchable
                value={null}
                onChange={(value) => {
                  if (value) form.setFieldValue('assetIds', [...assetIds, value]);
                }}
              />
              {assetIds.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No assets chosen yet.
                </Text>
              ) : (
                <Stack gap={4} data-testid="kit-asset-order">
                  {assetIds.map((id, index) => {
                    const title = titles.get(id) ?? 'Asset';
                    return (
                      <Group key={id} gap="xs" wrap="nowrap" justify="space-between">
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {index + 1}. {title}
                        </Text>
                        <Group gap={2} wrap="nowrap">
                          <ActionIcon
                            variant="subtle"
                            aria-label={`Move ${title} up`}
                            disabled={index === 0}
                            onClick={() =>
                              form.setFieldValue('assetIds', moveItem(assetIds, index, -1))
                            }
                          >
                            <IconArrowUp size={16} />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            aria-label={`Move ${title} down`}
                            disabled={index === assetIds.length - 1}
                            onClick={() =>
                              form.setFieldValue('assetIds', moveItem(assetIds, index, 1))
                            }
                          >
                            <IconArrowDown size={16} />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`Remove ${title}`}
                            onClick={() =>
                              form.setFieldValue(
                                'assetIds',
                                assetIds.filter((a) => a !== id),
                              )
                            }
                          >
                            <IconX size={16} />
                          </ActionIcon>
                        </Group>
                      </Group>
                    );
                  })}
                </Stack>
              )}
            </Stack>
          </Input.Wrapper>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={loading} disabled={!!conflict}>
              {kit ? 'Save kit' : 'Create kit'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
