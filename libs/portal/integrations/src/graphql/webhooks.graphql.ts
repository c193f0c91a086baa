import { graphql } from '@tandem/portal-data-access';

/** Queries to refresh after an endpoint or delivery changes. */
export const WEBHOOKS_REFETCH = ['WebhookEndpoints', 'WebhookEndpoint'];

export const WebhookDeliveryFieldsFragment = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    eventId
    eventType
    status
    attempts
    lastStatusCode
    lastError
    lastAttemptAt
    nextAttemptAt
    deliveredAt
    failedAt
    createdAt
  }
`);

export const WebhookEndpointFieldsFragment = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    partnerId
    partnerName
    url
    description
    events
    enabled
    disabledReason
    disabledAt
    consecutiveFailures
    secretHint
    createdByLabel
    createdAt
    version
    lastDelivery {
      ...WebhookDeliveryFields
    }
  }
`);

export const WebhookEndpointsDocument = graphql(`
  query WebhookEndpoints {
    webhookEndpoints {
      ...WebhookEndpointFields
    }
  }
`);

export const WebhookEndpointDocument = graphql(`
  query WebhookEndpoint($id: ID!, $page: PageInput, $status: WebhookDeliveryStatus) {
    webhookEndpoint(id: $id) {
      ...WebhookEndpointFields
      deliveries(page: $page, status: $status) {
        totalCount
        offset
        limit
        hasMore
        items {
          ...WebhookDeliveryFields
          body
          attemptLog {
            id
            attemptedAt
            statusCode
            success
            durationMs
            error
            responseExcerpt
          }
        }
      }
    }
  }
`);

export const CreateWebhookEndpointDocument = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const UpdateWebhookEndpointDocument = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      ...WebhookEndpointFields
    }
  }
`);

export const RotateWebhookSecretDocument = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const DeleteWebhookEndpointDocument = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

export const ResendWebhookDeliveryDocument = graphql(`
  mutation ResendWebhookDelivery($id: ID!) {
    resendWebhookDelivery(id: $id) {
      ...WebhookDeliveryFields
    }
  }
`);

export const SendTestWebhookDocument = graphql(`
  mutation SendTestWebhook($endpointId: ID!) {
    sendTestWebhook(endpointId: $endpointId) {
      ...WebhookDeliveryFields
    }
  }
`);
