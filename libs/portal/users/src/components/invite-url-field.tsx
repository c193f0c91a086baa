import { ActionIcon, CopyButton, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/** The one-time invitation link, shown once after inviting or resending. */
export function InviteUrlField({ url }: { url: string }) {
  return (
    <Stack gap={6}>
      <TextInput
        label="Invitation link"
        value={url}
        readOnly
        data-testid="invite-url"
        onFocus={(e) => e.currentTarget.select()}
        rightSection={
          <CopyButton value={url} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? 'Copied' : 'Copy link'} withArrow>
                <ActionIcon
                  variant="subtle"
                  color={copied ? 'teal' : 'gray'}
                  onClick={copy}
                  aria-label="Copy invitation link"
                >
                  {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        }
      />
      <Text size="sm" c="dimmed">
        We also emailed this link. It can be used once.
      </Text>
    </Stack>
  );
}
