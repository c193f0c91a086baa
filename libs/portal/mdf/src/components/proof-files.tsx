import { useApolloClient } from '@apollo/client/react';
import { Anchor, Group, List, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileText, IconUpload } from '@tabler/icons-react';
import type { MdfClaimViewFieldsFragment } from '@tandem/portal-data-access';
import { ErrorAlert, formatDateTime } from '@tandem/portal-ui';
import { useId, useRef, useState } from 'react';
import { REQUESTS_REFETCH } from '../graphql/mdf.graphql';
import { proofFileHref } from '../lib/links';
import { PROOF_EXTENSIONS, formatFileSize, uploadProof } from '../lib/upload';

type ProofFile = MdfClaimViewFieldsFragment['files'][number];

/** A claim's proof files, each a download link. */
export function ProofFileList({ files }: { files: readonly ProofFile[] }) {
  if (files.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="no-proof">
        No proof attached yet.
      </Text>
    );
  return (
    <List spacing={4} size="sm" center data-testid="proof-files">
      {files.map((f) => (
        <List.Item
          key={f.id}
          icon={
            <ThemeIcon size={20} variant="light" color="gray" radius="xl">
              <IconFileText size={12} />
            </ThemeIcon>
          }
          data-testid="proof-file"
          data-name={f.fileName}
        >
          <Anchor
            href={proofFileHref(f.id)}
            download={f.fileName}
            style={{ overflowWrap: 'anywhere' }}
          >
            {f.fileName}
          </Anchor>{' '}
          <Text span size="xs" c="dimmed">
            {formatFileSize(f.sizeBytes)} · {formatDateTime(f.uploadedAt)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/**
 * Attaches proof (invoices, screenshots, attendee lists) to an open claim. Each chosen file goes
 * up at once; the list refreshes from the API so it shows what was stored.
 */
export function ProofUpload({ claimId }: { claimId: string }) {
  const client = useApolloClient();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const upload = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setError(null);
    const failures: string[] = [];
    let done = 0;
    for (const file of Array.from(files)) {
      setBusy(file.name);
      try {
        await uploadProof(claimId, file);
        done += 1;
      } catch (e) {
        failures.push(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    setBusy(null);
    if (input.current) input.current.value = '';
    if (failures.length) setError(failures.join(' '));
    if (done > 0) {
      notifications.show({
        color: 'teal',
        message: done === 1 ? 'Proof attached.' : `${done} proof files attached.`,
      });
      await client.refetchQueries({ include: REQUESTS_REFETCH });
    }
  };

  return (
    <Stack gap={6}>
      <ErrorAlert message={error} title="Could not attach the proof" />
      <Group gap="xs" wrap="nowrap" align="center">
        <ThemeIcon variant="light" size="sm" aria-hidden>
          <IconUpload size={14} />
        </ThemeIcon>
        <Text component="label" htmlFor={inputId} size="sm" fw={500}>
          Attach proof
        </Text>
        {busy && (
          <Group gap={4} wrap="nowrap" aria-live="polite">
            <Loader size="xs" />
            <Text size="xs" c="dimmed" truncate>
              Uploading {busy}…
            </Text>
          </Group>
        )}
      </Group>
      <input
        ref={input}
        id={inputId}
        type="file"
        multiple
        accept={PROOF_EXTENSIONS.join(',')}
        aria-describedby={hintId}
        disabled={busy !== null}
        onChange={(event) => void upload(event.currentTarget.files)}
        data-testid="proof-input"
        style={{ maxWidth: '100%', fontSize: 'var(--mantine-font-size-sm)' }}
      />
      <Text size="xs" c="dimmed" id={hintId}>
        Invoices, receipts, screenshots or attendee lists ({PROOF_EXTENSIONS.join(' ')}). The claim
        cannot be approved without proof.
      </Text>
    </Stack>
  );
}
