import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  FileInput,
  Group,
  Modal,
  MultiSelect,
  Progress,
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
import { IconUpload } from '@tabler/icons-react';
import {
  ASSET_TYPE_LABELS,
  AssetKind,
  AssetType,
  FUNNEL_STAGE_LABELS,
  FunnelStage,
  MERGE_FIELDS,
} from '@tandem/shared-domain';
import type { ContentAssetFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError, errorCode, mapFormErrors } from '@tandem/portal-ui';
import { useState } from 'react';
import {
  ContentAssetDocument,
  CreateLinkAssetDocument,
  UpdateAssetDocument,
} from '../graphql/content.graphql';
import { useContentOptions } from '../hooks/use-content-options';
import {
  ALLOWED_EXTENSIONS,
  ASSET_FORM_FIELDS,
  buildAssetMetadata,
  emptyAssetValues,
  isTemplateFile,
  isoToLocal,
  titleFromFileName,
  validateAssetForm,
  type AssetFormValues,
} from '../lib/asset-form';
import { formatFileSize } from '../lib/format-size';
import { UploadError, uploadAsset } from '../lib/upload';

export type AssetFormMode = 'file' | 'link' | 'edit';

const TYPE_OPTIONS = Object.values(AssetType).map((t) => ({
  value: t,
  label: ASSET_TYPE_LABELS[t],
}));
const STAGE_OPTIONS = Object.values(FunnelStage).map((s) => ({
  value: s,
  label: FUNNEL_STAGE_LABELS[s],
}));

export interface AssetFormModalProps {
  opened: boolean;
  mode: AssetFormMode;
  asset?: ContentAssetFieldsFragment | null;
  onClose: () => void;
  onSaved: () => void;
}

const TITLES: Record<AssetFormMode, string> = {
  file: 'Upload file',
  link: 'Add link',
  edit: 'Edit asset details',
};

export function AssetFormModal(props: AssetFormModalProps) {
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={TITLES[props.mode]}
      size="lg"
      fullScreen={fullScreen}
    >
      {props.opened && <AssetForm key={props.asset?.id ?? props.mode} {...props} />}
    </Modal>
  );
}

function valuesFrom(asset: ContentAssetFieldsFragment): AssetFormValues {
  return {
    title: asset.title,
    description: asset.description,
    type: asset.type,
    personaIds: asset.personaIds,
    funnelStage: asset.funnelStage ?? '',
    minTierId: asset.minTierId ?? '',
    publishAt: isoToLocal(asset.publishAt),
    expiresAt: isoToLocal(asset.expiresAt),
    url: asset.url ?? '',
  };
}

function AssetForm({ mode, asset, onClose, onSaved }: AssetFormModalProps) {
  const client = useApolloClient();
  const { personaOptions, tierOptions } = useContentOptions();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [version, setVersion] = useState(asset?.version ?? 0);
  const [saving, setSaving] = useState(false);
  const [createLink] = useMutation(CreateLinkAssetDocument);
  const [updateAsset] = useMutation(UpdateAssetDocument);
  const isLink = mode === 'link' || (mode === 'edit' && asset?.kind === AssetKind.LINK);
  const validationMode =
    mode === 'edit' ? (isLink ? 'edit-link' : 'edit-file') : mode === 'link' ? 'link' : 'file';

  const form = useForm<AssetFormValues>({
    mode: 'controlled',
    initialValues: asset ? valuesFrom(asset) : emptyAssetValues(),
    validate: (values) => validateAssetForm(values, validationMode),
  });

  const reload = async () => {
    if (!asset) return;
    const { data } = await client.query({
      query: ContentAssetDocument,
      variables: { id: asset.id },
      fetchPolicy: 'network-only',
    });
    if (!data) return;
    form.setValues(valuesFrom(data.contentAsset));
    form.resetDirty();
    setVersion(data.contentAsset.version);
    setConflict(null);
  };

  const showErrors = (error: unknown) => {
    if (error instanceof UploadError) {
      const fieldErrors: Record<string, string> = {};
      const unknown: string[] = [];
      for (const f of error.fields) {
        if ((ASSET_FORM_FIELDS as readonly string[]).includes(f.field))
          fieldErrors[f.field] = fieldErrors[f.field]
            ? `${fieldErrors[f.field]} ${f.message}`
            : f.message;
        else unknown.push(f.message);
      }
      const { file: fileMessage, ...rest } = fieldErrors;
      setFileError(fileMessage ?? null);
      form.setErrors(rest);
      setFormError(
        unknown.length
          ? unknown.join(' ')
          : Object.keys(fieldErrors).length === 0
            ? error.message
            : null,
      );
      return;
    }
    if (errorCode(error) === 'CONFLICT') {
      setConflict(describeApiError(error).message);
      return;
    }
    const mapped = mapFormErrors(error, ASSET_FORM_FIELDS);
    form.setErrors(mapped.fieldErrors);
    setFormError(mapped.formError);
  };

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setFileError(null);
    if (mode === 'file' && !file) {
      setFileError('Choose a file to upload.');
      return;
    }
    setSaving(true);
    try {
      const metadata = buildAssetMetadata(values);
      if (mode === 'file' && file) {
        setProgress(0);
        await uploadAsset({ metadata: JSON.stringify(metadata), file, onProgress: setProgress });
        notifications.show({ color: 'teal', message: `${metadata.title} is uploaded.` });
      } else if (mode === 'link') {
        await createLink({ variables: { input: { ...metadata, url: values.url.trim() } } });
        notifications.show({ color: 'teal', message: `${metadata.title} is added.` });
      } else if (asset) {
        await updateAsset({
          variables: {
            input: {
              ...metadata,
              id: asset.id,
              version,
              ...(isLink ? { url: values.url.trim() } : {}),
            },
          },
        });
        notifications.show({ color: 'teal', message: 'Asset saved.' });
      }
      onSaved();
      onClose();
    } catch (error) {
      setProgress(null);
      showErrors(error);
    } finally {
      setSaving(false);
    }
  });

  const template = mode === 'file' ? (file ? isTemplateFile(file.name) : null) : null;

  return (
    <form onSubmit={submit} noValidate data-testid="asset-form">
      <Stack>
        {conflict && (
          <Alert
            color="orange"
            variant="light"
            title="Someone else changed this asset"
            role="alert"
          >
            <Text size="sm">
              {conflict} Your changes were not saved. Reload to see the latest version, then make
              your changes again.
            </Text>
            <Group mt="sm">
              <Button size="xs" color="orange" onClick={() => void reload()}>
                Reload latest version
              </Button>
            </Group>
          </Alert>
        )}
        <ErrorAlert message={formError} title="Could not save the asset" />
        {mode === 'file' && (
          <FileInput
            label="File"
            required
            placeholder="Choose a file"
            leftSection={<IconUpload size={16} />}
            accept={ALLOWED_EXTENSIONS.join(',')}
            description={
              <>
                {`Allowed: ${ALLOWED_EXTENSIONS.join(' ')} — up to 100 MB. `}
                Text templates (.html, .txt, .md) may hold merge fields that are filled in for each
                downloading partner:{' '}
                {MERGE_FIELDS.map((f) => `{{${f.key}}} (${f.label.toLowerCase()})`).join(', ')}.
              </>
            }
            value={file}
            error={fileError}
            clearable
            onChange={(next) => {
              setFile(next);
              setFileError(null);
              if (next && !form.getValues().title.trim())
                form.setFieldValue('title', titleFromFileName(next.name));
            }}
          />
        )}
        {file && (
          <Text size="xs" c="dimmed" data-testid="file-summary">
            {file.name} · {formatFileSize(file.size)}
            {template ? ' · merge fields in this template will be filled in for partners' : ''}
          </Text>
        )}
        {isLink && (
          <TextInput
            label="Link"
            required
            placeholder="https://"
            description="Partners are sent to this address; opening it is counted as a download."
            {...form.getInputProps('url')}
          />
        )}
        <TextInput label="Title" required maxLength={200} {...form.getInputProps('title')} />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="Type"
            required
            data={TYPE_OPTIONS}
            allowDeselect={false}
            {...form.getInputProps('type')}
          />
          <Select
            label="Funnel stage"
            placeholder="Any stage"
            data={STAGE_OPTIONS}
            clearable
            {...form.getInputProps('funnelStage')}
            onChange={(value) => form.setFieldValue('funnelStage', value ?? '')}
          />
        </SimpleGrid>
        <MultiSelect
          label="Personas"
          placeholder="Who it is for"
          data={personaOptions}
          searchable
          clearable
          {...form.getInputProps('personaIds')}
        />
        <Select
          label="Minimum tier"
          placeholder="Every tier"
          description="Partners below this tier cannot see or download it."
          data={tierOptions}
          clearable
          {...form.getInputProps('minTierId')}
          onChange={(value) => form.setFieldValue('minTierId', value ?? '')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="datetime-local"
            label="Publish at"
            description="Empty keeps it unpublished."
            {...form.getInputProps('publishAt')}
          />
          <TextInput
            type="datetime-local"
            label="Expires at"
            description="Empty: never expires."
            {...form.getInputProps('expiresAt')}
          />
        </SimpleGrid>
        {progress !== null && (
          <Stack gap={4}>
            <Progress value={progress} aria-label="Upload progress" animated={progress < 100} />
            <Text size="xs" c="dimmed">
              {progress < 100 ? `Uploading… ${progress}%` : 'Processing…'}
            </Text>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving} disabled={!!conflict}>
            {mode === 'file' ? 'Upload' : mode === 'link' ? 'Add link' : 'Save changes'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
