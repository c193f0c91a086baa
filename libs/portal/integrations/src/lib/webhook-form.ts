import { SUBSCRIBABLE_WEBHOOK_EVENTS, WebhookEventType } from '@tandem/shared-domain';

export interface WebhookFormValues {
  url: string;
  description: string;
  events: WebhookEventType[];
}

export const WEBHOOK_FORM_FIELDS = ['url', 'description', 'events'] as const;

export function emptyWebhookValues(): WebhookFormValues {
  return { url: '', description: '', events: [...SUBSCRIBABLE_WEBHOOK_EVENTS] };
}

export function webhookValuesFrom(endpoint: {
  url: string;
  description: string;
  events: WebhookEventType[];
}): WebhookFormValues {
  return { url: endpoint.url, description: endpoint.description, events: [...endpoint.events] };
}

/** The same rules the API applies, so most mistakes show before sending. */
export function validateWebhookForm(values: WebhookFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const url = values.url.trim();
  if (!url) errors['url'] = 'Enter the URL that should receive the events.';
  else if (!/^https?:\/\/[^\s]+$/i.test(url))
    errors['url'] = 'Enter a full URL, for example https://crm.example.com/hooks/tandem.';
  if (values.description.trim().length > 500)
    errors['description'] = 'Keep the description under 500 characters.';
  if (values.events.length === 0) errors['events'] = 'Choose at least one event to send.';
  return errors;
}

export function toWebhookInput(values: WebhookFormValues) {
  return {
    url: values.url.trim(),
    description: values.description.trim(),
    events: SUBSCRIBABLE_WEBHOOK_EVENTS.filter((e) => values.events.includes(e)),
  };
}
