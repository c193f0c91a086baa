import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { describeApiError } from '../lib/api-error';

export interface ErrorAlertProps {
  error?: unknown;
  /** A message to show instead of one derived from `error`. */
  message?: string | null;
  title?: string;
  onRetry?: () => void;
}

/** Shows an API error in words, with the per-field problems the API returned. */
export function ErrorAlert({
  error,
  message,
  title = 'Something went wrong',
  onRetry,
}: ErrorAlertProps) {
  if (!error && !message) return null;
  const info = error ? describeApiError(error) : null;
  const text = message ?? info?.message;
  const fields = message ? [] : (info?.fields ?? []);
  return (
    <Alert
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertTriangle size={18} />}
      role="alert"
    >
      {fields.length > 0 ? (
        <List size="sm" spacing={2}>
          {fields.map((f) => (
            <List.Item key={`${f.field}:${f.message}`}>{f.message}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{text}</Text>
      )}
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      )}
    </Alert>
  );
}
