import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Code, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconListCheck, IconUpload } from '@tabler/icons-react';
import type { CsvImportReportFieldsFragment } from '@tandem/portal-data-access';
import {
  CsvImportReportView,
  ErrorAlert,
  PageHeader,
  csvImportButtonLabel,
  csvImportableCount,
  describeApiError,
  CsvSourceInput,
} from '@tandem/portal-ui';
import { MAX_PARTNER_IMPORT_ROWS, PARTNER_CSV_COLUMNS } from '@tandem/shared-domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { ImportPartnersDocument } from '../graphql/partners.graphql';
import { PARTNER_CSV_HELP, partnerCsvTemplate } from '../lib/partner-import';

const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(partnerCsvTemplate())}`;

/**
 * Partner CSV import in two steps, like the lead import: check the file (nothing is written; every
 * row shows whether it creates, updates or has errors), then import its valid rows.
 */
export function PartnerImportPage() {
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [csvError, setCsvError] = useState<string | null>(null);
  const [report, setReport] = useState<CsvImportReportFieldsFragment | null>(null);
  const [importError, setImportError] = useState<unknown>(null);
  const [run, state] = useMutation(ImportPartnersDocument, {
    refetchQueries: ['PartnerDirectory'],
  });
  const [running, setRunning] = useState<'preview' | 'import' | null>(null);

  const changeCsv = (text: string) => {
    setCsv(text);
    setCsvError(null);
    setReport(null);
    setImportError(null);
  };

  const submit = async (preview: boolean) => {
    setImportError(null);
    if (!csv.trim()) {
      setCsvError('Paste CSV text or choose a file first.');
      return;
    }
    setRunning(preview ? 'preview' : 'import');
    try {
      const { data } = await run({ variables: { input: { csv, preview } } });
      setReport(data?.importPartners ?? null);
    } catch (error) {
      const info = describeApiError(error);
      const csvField = info.fields.find((f) => f.field === 'csv' || f.field === 'input.csv');
      if (csvField) setCsvError(csvField.message);
      else setImportError(error);
    } finally {
      setRunning(null);
    }
  };

  return (
    <>
      <Anchor component={Link} to="/partners" size="sm" mb="sm" display="inline-block">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Partners
        </Group>
      </Anchor>
      <PageHeader
        title="Import partners"
        description="Paste CSV text or choose a .csv file, check what it would do, then import it. A row updates the partner with the same name (or website domain); importing a file twice creates nothing new."
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md">
              <Stack gap="sm">
                <CsvSourceInput
                  value={csv}
                  fileName={fileName}
                  error={csvError}
                  description={`Header row first; at most ${MAX_PARTNER_IMPORT_ROWS.toLocaleString()} partners per file.`}
                  placeholder={`${PARTNER_CSV_COLUMNS.slice(0, 5).join(',')},…`}
                  template={{ href: TEMPLATE_HREF, fileName: 'tandem-partners-template.csv' }}
                  onChange={(text, name) => {
                    changeCsv(text);
                    setFileName(name);
                  }}
                  onError={setCsvError}
                />
                <Group justify="flex-end">
                  <Button
                    leftSection={<IconListCheck size={16} />}
                    loading={running === 'preview' && state.loading}
                    onClick={() => void submit(true)}
                    variant={report?.preview ? 'default' : 'filled'}
                  >
                    Check file
                  </Button>
                </Group>
              </Stack>
            </Paper>
            <ErrorAlert error={importError} title="Could not import the file" />
            {report && (
              <CsvImportReportView
                report={report}
                labelHeader="Partner"
                action={
                  report.preview ? (
                    <Button
                      leftSection={<IconUpload size={16} />}
                      loading={running === 'import' && state.loading}
                      disabled={csvImportableCount(report) === 0}
                      onClick={() => void submit(false)}
                    >
                      {csvImportButtonLabel(report, 'partner')}
                    </Button>
                  ) : (
                    <Button component={Link} to="/partners" variant="default">
                      View partners
                    </Button>
                  )
                }
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder p="md" radius="md" component="aside" aria-labelledby="csv-columns">
            <Stack gap="xs">
              <Title order={5} id="csv-columns">
                Columns
              </Title>
              <Text size="sm" c="dimmed">
                Only <Code>name</Code> is required in every row; a new partner also needs country,
                region, time zone, tier and partner type. Blank cells leave an existing partner’s
                value as it is. Unknown columns are ignored with a warning.
              </Text>
              <List size="sm" spacing={4}>
                {PARTNER_CSV_COLUMNS.map((c) => (
                  <List.Item key={c}>
                    <Code>{c}</Code>{' '}
                    <Text span size="sm" c="dimmed">
                      {PARTNER_CSV_HELP[c]}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}
