import { Anchor, Button, FileButton, Group, Text, Textarea } from '@mantine/core';
import { IconDownload, IconFileUpload } from '@tabler/icons-react';

/**
 * Where a CSV import's text comes from: a chosen .csv file or pasted text, with a template to
 * start from. Every import screen uses it, so they read and fail the same way.
 */
export function CsvSourceInput({
  value,
  fileName,
  error,
  description,
  placeholder,
  template,
  onChange,
  onError,
}: {
  value: string;
  fileName: string | null;
  error: string | null;
  description?: string;
  placeholder: string;
  /** A file to start from, offered as a download beside the file button. */
  template?: { href: string; fileName: string };
  /** New text, and the file it came from (null when typed or pasted). */
  onChange: (text: string, fileName: string | null) => void;
  onError: (message: string) => void;
}) {
  const readFile = async (file: File | null) => {
    if (!file) return;
    try {
      onChange(await file.text(), file.name);
    } catch {
      onError('Could not read that file. Is it a plain-text .csv file?');
    }
  };
  return (
    <>
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <FileButton onChange={(f) => void readFile(f)} accept=".csv,text/csv,text/plain">
            {(props) => (
              <Button
                variant="default"
                leftSection={<IconFileUpload size={16} />}
                data-testid="csv-file-button"
                {...props}
              >
                Choose a .csv file
              </Button>
            )}
          </FileButton>
          {fileName && (
            <Text size="sm" c="dimmed" data-testid="csv-file-name">
              {fileName}
            </Text>
          )}
        </Group>
        {template && (
          <Anchor
            href={template.href}
            download={template.fileName}
            size="sm"
            data-testid="csv-template"
          >
            <Group gap={4}>
              <IconDownload size={14} /> Download template
            </Group>
          </Anchor>
        )}
      </Group>
      <Textarea
        label="CSV text"
        description={description}
        placeholder={placeholder}
        autosize
        minRows={8}
        maxRows={20}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value, null)}
        error={error}
        data-testid="csv-input"
      />
    </>
  );
}
