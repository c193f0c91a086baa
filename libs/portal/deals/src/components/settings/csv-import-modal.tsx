import { Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { IconListCheck, IconUpload } from '@tabler/icons-react';
import {
  CsvImportReportView,
  CsvSourceInput,
  ErrorAlert,
  csvImportButtonLabel,
  csvImportableCount,
  type CsvImportReportLike,
} from '@tandem/portal-ui';
import { useState, type ReactNode } from 'react';

/**
 * Paste CSV text or choose a file, check it (a preview writes nothing and lists every row with its
 * outcome and errors), then import its valid rows and show what happened.
 */
export function CsvImportModal({
  opened,
  onClose,
  title,
  columns,
  help,
  noun,
  labelHeader,
  importCsv,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** The header line, e.g. "sku,name,list_price,active". */
  columns: string;
  help: ReactNode;
  /** What a row is, for the import button ("product" → "Import 3 products"). */
  noun: string;
  /** Header of the column naming each row in the report. */
  labelHeader: string;
  importCsv: (csv: string, preview: boolean) => Promise<CsvImportReportLike>;
}) {
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<CsvImportReportLike | null>(null);
  const reset = () => {
    setCsv('');
    setFileName(null);
    setReadError(null);
    setError(null);
    setReport(null);
  };
  const close = () => {
    reset();
    onClose();
  };
  const changeCsv = (text: string, name: string | null) => {
    setCsv(text);
    setFileName(name);
    setReadError(null);
    // A preview belongs to the text it checked.
    setReport(null);
    setError(null);
  };
  const run = async (preview: boolean) => {
    setBusy(preview ? 'preview' : 'import');
    setError(null);
    try {
      setReport(await importCsv(csv, preview));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const done = report !== null && !report.preview;
  return (
    <Modal opened={opened} onClose={close} title={title} size="xl">
      <Stack>
        <Text size="sm" component="div">
          {help} The first line names the columns: <Code>{columns}</Code>.
        </Text>
        <ErrorAlert error={error} title="Nothing was imported" />
        {!done && (
          <>
            <CsvSourceInput
              value={csv}
              fileName={fileName}
              error={readError}
              placeholder={columns}
              onChange={changeCsv}
              onError={setReadError}
            />
          </>
        )}
        {report && (
          <CsvImportReportView
            report={report}
            labelHeader={labelHeader}
            action={
              report.preview ? (
                <Button
                  leftSection={<IconUpload size={16} />}
                  loading={busy === 'import'}
                  disabled={csvImportableCount(report) === 0}
                  onClick={() => void run(false)}
                >
                  {csvImportButtonLabel(report, noun)}
                </Button>
              ) : undefined
            }
          />
        )}
        <Group justify="flex-end">
          {done ? (
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
              <Button
                leftSection={<IconListCheck size={16} />}
                variant={report ? 'default' : 'filled'}
                onClick={() => void run(true)}
                loading={busy === 'preview'}
                disabled={!csv.trim()}
              >
                Check file
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
