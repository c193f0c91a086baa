import {
  ActionIcon,
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  Stack,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/** Shows a signing secret once, right after it was made; it cannot be read again afterwards. */
export function WebhookSecretDialog({
  secret,
  onClose,
}: {
  secret: string | null;
  onClose: () => void;
}) {
  return (
    <Modal opened={secret !== null} onClose={onClose} title="Signing secret">
      {secret && (
        <Stack>
          <Alert color="yellow" variant="light">
            Copy this secret now and store it with your receiver: Tandem will not show it again. Use
            it to verify the <code>Tandem-Signature</code> header of every delivery.
          </Alert>
          <TextInput
            label="Secret"
            value={secret}
            readOnly
            data-testid="webhook-secret"
            onFocus={(e) => e.currentTarget.select()}
            rightSection={
              <CopyButton value={secret} timeout={2000}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? 'Copied' : 'Copy secret'} withArrow>
                    <ActionIcon
                      variant="subtle"
                      color={copied ? 'teal' : 'gray'}
                      onClick={copy}
                      aria-label="Copy secret"
                      data-testid="copy-webhook-secret"
                    >
                      {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            }
          />
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="webhook-secret-done">
              I have stored it
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
