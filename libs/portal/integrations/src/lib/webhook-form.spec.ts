import { describe, expect, it } from 'vitest';
import { WebhookEventType } from '@tandem/shared-domain';
import { emptyWebhookValues, toWebhookInput, validateWebhookForm } from './webhook-form';

describe('webhook form', () => {
  it('starts with every event chosen and no URL', () => {
    const values = emptyWebhookValues();
    expect(values.events).toContain(WebhookEventType.LEAD_CREATED);
    expect(values.events).not.toContain(WebhookEventType.PING);
    expect(validateWebhookForm(values)).toEqual({
      url: 'Enter the URL that should receive the events.',
    });
  });

  it('asks for a full URL and at least one event', () => {
    expect(validateWebhookForm({ url: 'crm.example.com', description: '', events: [] })).toEqual({
      url: 'Enter a full URL, for example https://crm.example.com/hooks/tandem.',
      events: 'Choose at least one event to send.',
    });
  });

  it('sends trimmed values with the events in their canonical order', () => {
    expect(
      toWebhookInput({
        url: ' https://crm.example.com/hook ',
        description: ' CRM ',
        events: [WebhookEventType.GOAL_CHANGED, WebhookEventType.LEAD_CREATED],
      }),
    ).toEqual({
      url: 'https://crm.example.com/hook',
      description: 'CRM',
      events: [WebhookEventType.LEAD_CREATED, WebhookEventType.GOAL_CHANGED],
    });
  });
});
