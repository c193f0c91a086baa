import {
  Alert,
  Button,
  Code,
  FileButton,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { ErrorAlert } from '@tandem/portal-ui';
import { useState, type ReactNode } from 'react';
import { importSummary } from '../../lib/settings-form';

export interface CsvReport {
  created: number;
  updated: number;
  unchanged: number;
  errors: readonly string[];
}

/**
 * Paste CSV text or choose a file, import it, and show what happened. Imports are all or nothing:
 * a file with bad rows is refused with the rows to fix.
 */
export function CsvImportModal({
  opened,
  onClose,
  title,
  columns,
  help,
  importCsv,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** The header line, e.g. "sku,name,list_price,active". */
  columns: string;
  help: ReactNode;
  importCsv: (csv: string) => Promise<CsvReport>;
}) {
  const [csv, setCsv] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<CsvReport | null>(null);
  const reset = () => {
    setCsv('');
    setError(null);
    setReport(null);
  };
  const close = () => {
    reset();
    onClose();
  };
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport(await importCsv(csv));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={title} size="lg">
      <Stack>
        <Text size="sm" component="div">
          {help} The first line names the columns: <Code>{columns}</Code>.
        </Text>
        <ErrorAlert error={error} title="Nothing was imported" />
        {report ? (
          <Alert color="teal" variant="light" title="Imported" data-testid="csv-import-result">
            <Text size="sm">{importSummary(report)}</Text>
            {report.errors.length > 0 && (
              <Text size="sm" c="orange.8">
                {report.errors.join(' ')}
              </Text>
            )}
          </Alert>
        ) : (
          <>
            <Group>
              <FileButton
                accept=".csv,text/csv,text/plain"
                onChange={(file) => {
                  if (!file) return;
                  void file.text().then(setCsv, () => setError(new Error('unreadable')));
                }}
              >
                {(props) => (
                  <Button {...props} variant="default" leftSection={<IconFileUpload size={16} />}>
                    Choose a .csv file
                  </Button>
                )}
              </FileButton>
            </Group>
            <Textarea
              label="CSV text"
              placeholder={columns}
              autosize
              minRows={5}
              maxRows={14}
              value={csv}
              onChange={(e) => setCsv(e.currentTarget.value)}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
          </>
        )}
        <Group justify="flex-end">
          {report ? (
            <>
              <Button variant="default" onClick={reset}>
                Import another file
              </Button>
              <Button onClick={close}>Done</Button>
            </>
          ) : (
            <>
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button onClick={() => void run()} loading={busy} disabled={!csv.trim()}>
                Import
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
