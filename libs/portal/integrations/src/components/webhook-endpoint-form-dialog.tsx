import { useMutation } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Group,
  Input,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { WebhookEndpointFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, describeApiError, mapFormErrors } from '@tandem/portal-ui';
import { WEBHOOK_EVENT_GROUPS, WEBHOOK_EVENT_NAMES, WebhookEventType } from '@tandem/shared-domain';
import { useState } from 'react';
import {
  CreateWebhookEndpointDocument,
  UpdateWebhookEndpointDocument,
  WEBHOOKS_REFETCH,
} from '../graphql/webhooks.graphql';
import {
  WEBHOOK_FORM_FIELDS,
  emptyWebhookValues,
  toWebhookInput,
  validateWebhookForm,
  webhookValuesFrom,
  type WebhookFormValues,
} from '../lib/webhook-form';

/** Registers an endpoint (then shows its secret once) or edits one. */
export function WebhookEndpointFormDialog({
  opened,
  onClose,
  endpoint,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  /** null: a new endpoint. */
  endpoint: WebhookEndpointFieldsFragment | null;
  onCreated?: (created: { id: string; secret: string }) => void;
}) {
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={endpoint ? 'Edit webhook endpoint' : 'New webhook endpoint'}
      fullScreen={fullScreen}
      size="lg"
    >
      {opened && <EndpointForm endpoint={endpoint} onDone={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function EndpointForm({
  endpoint,
  onDone,
  onCreated,
}: {
  endpoint: WebhookEndpointFieldsFragment | null;
  onDone: () => void;
  onCreated?: (created: { id: string; secret: string }) => void;
}) {
  const options = { refetchQueries: WEBHOOKS_REFETCH, awaitRefetchQueries: true };
  const [create, creating] = useMutation(CreateWebhookEndpointDocument, options);
  const [update, updating] = useMutation(UpdateWebhookEndpointDocument, options);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<WebhookFormValues>({
    mode: 'controlled',
    initialValues: endpoint ? webhookValuesFrom(endpoint) : emptyWebhookValues(),
    validate: validateWebhookForm,
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const input = toWebhookInput(values);
      if (endpoint) {
        await update({
          variables: { input: { id: endpoint.id, expectedVersion: endpoint.version, ...input } },
        });
        notifications.show({ color: 'teal', message: 'Webhook endpoint saved.' });
      } else {
        const result = await create({ variables: { input } });
        const created = result.data?.createWebhookEndpoint;
        if (created) onCreated?.({ id: created.endpoint.id, secret: created.secret });
      }
      onDone();
    } catch (error) {
      const info = describeApiError(error);
      const mapped = mapFormErrors(error, WEBHOOK_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      setFormError(info.code === 'CONFLICT' ? info.message : mapped.formError);
    }
  });

  const toggle = (type: WebhookEventType, checked: boolean) =>
    form.setFieldValue(
      'events',
      checked ? [...form.values.events, type] : form.values.events.filter((e) => e !== type),
    );

  return (
    <form onSubmit={submit} noValidate data-testid="webhook-form">
      <Stack>
        <ErrorAlert message={formError} title="Could not save the endpoint" />
        <TextInput
          label="Endpoint URL"
          description="Tandem POSTs a signed JSON body to this URL for every chosen event."
          placeholder="https://crm.example.com/hooks/tandem"
          required
          data-autofocus
          data-testid="webhook-url"
          {...form.getInputProps('url')}
        />
        <Textarea
          label="Description"
          placeholder="Salesforce sync"
          autosize
          minRows={1}
          maxLength={500}
          data-testid="webhook-description"
          {...form.getInputProps('description')}
        />
        <Input.Wrapper label="Events" required error={form.errors['events']}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt={6}>
            {WEBHOOK_EVENT_GROUPS.map((group) => (
              <Stack key={group.label} gap={6}>
                <Text size="sm" fw={600}>
                  {group.label}
                </Text>
                {group.events.map((type) => (
                  <Checkbox
                    key={type}
                    label={WEBHOOK_EVENT_NAMES[type]}
                    checked={form.values.events.includes(type)}
                    onChange={(e) => toggle(type, e.currentTarget.checked)}
                    data-testid={`webhook-event-${type}`}
                  />
                ))}
              </Stack>
            ))}
          </SimpleGrid>
        </Input.Wrapper>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={creating.loading || updating.loading}
            data-testid="webhook-submit"
          >
            {endpoint ? 'Save endpoint' : 'Create endpoint'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
