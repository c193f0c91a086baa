import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Grid,
  Group,
  List,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconListCheck, IconUpload } from '@tabler/icons-react';
import type { LeadImportReportFieldsFragment } from '@tandem/portal-data-access';
import {
  ErrorAlert,
  PageHeader,
  PaginationBar,
  describeApiError,
  CsvSourceInput,
} from '@tandem/portal-ui';
import { LEAD_CSV_COLUMNS, MAX_LEAD_IMPORT_ROWS } from '@tandem/shared-domain';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ImportLeadsDocument, PreviewLeadImportDocument } from '../graphql/leads.graphql';
import {
  CSV_COLUMN_HELP,
  OUTCOME_COLORS,
  csvTemplate,
  importButtonLabel,
  importableCount,
  outcomeLabel,
  precheckCsv,
  summarizeImport,
} from '../lib/import-report';
import { FULL_BADGE } from './lead-badges';

const ROWS_PER_PAGE = 50;
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(csvTemplate())}`;

/** CSV import in two steps: check the file (nothing is written), then import its valid rows. */
export function LeadImportPage() {
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [csvError, setCsvError] = useState<string | null>(null);
  const [preview, setPreview] = useState<LeadImportReportFieldsFragment | null>(null);
  const [result, setResult] = useState<LeadImportReportFieldsFragment | null>(null);
  const [runPreview, previewState] = useMutation(PreviewLeadImportDocument);
  const [runImport, importState] = useMutation(ImportLeadsDocument, {
    refetchQueries: ['LeadList'],
  });
  const [importError, setImportError] = useState<unknown>(null);

  const changeCsv = (text: string) => {
    setCsv(text);
    setCsvError(null);
    // A preview belongs to the text it checked.
    setPreview(null);
    setResult(null);
    setImportError(null);
  };

  const showError = (error: unknown) => {
    const info = describeApiError(error);
    const csvField = info.fields.find((f) => f.field === 'csv' || f.field === 'input.csv');
    if (csvField) setCsvError(csvField.message);
    else setImportError(error);
  };

  const check = async () => {
    setImportError(null);
    const problem = precheckCsv(csv);
    if (problem) {
      setCsvError(problem);
      return;
    }
    try {
      const { data } = await runPreview({ variables: { input: { csv } } });
      setPreview(data?.previewLeadImport ?? null);
      setResult(null);
    } catch (error) {
      showError(error);
    }
  };

  const doImport = async () => {
    setImportError(null);
    try {
      const { data } = await runImport({ variables: { input: { csv } } });
      setResult(data?.importLeads ?? null);
      setPreview(null);
    } catch (error) {
      showError(error);
    }
  };

  const report = result ?? preview;

  return (
    <>
      <Anchor component={Link} to="/leads" size="sm" mb="sm" display="inline-block">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Leads
        </Group>
      </Anchor>
      <PageHeader
        title="Import leads"
        description="Paste CSV text or choose a .csv file, check what it would do, then import it. Existing leads with the same email are merged, never duplicated."
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
                  description={`Header row first; at most ${MAX_LEAD_IMPORT_ROWS.toLocaleString()} leads per file.`}
                  placeholder={`${LEAD_CSV_COLUMNS.slice(0, 4).join(',')},…`}
                  template={{ href: TEMPLATE_HREF, fileName: 'tandem-leads-template.csv' }}
                  onChange={(text, name) => {
                    changeCsv(text);
                    setFileName(name);
                  }}
                  onError={setCsvError}
                />
                <Group justify="flex-end">
                  <Button
                    leftSection={<IconListCheck size={16} />}
                    loading={previewState.loading}
                    onClick={() => void check()}
                    variant={preview ? 'default' : 'filled'}
                  >
                    Check file
                  </Button>
                </Group>
              </Stack>
            </Paper>
            <ErrorAlert error={importError} title="Could not import the file" />
            {report && (
              <ImportReport
                report={report}
                action={
                  preview && !result ? (
                    <Button
                      leftSection={<IconUpload size={16} />}
                      loading={importState.loading}
                      disabled={importableCount(preview) === 0}
                      onClick={() => void doImport()}
                    >
                      {importButtonLabel(preview)}
                    </Button>
                  ) : (
                    <Button component={Link} to="/leads?tab=all" variant="default">
                      View leads
                    </Button>
                  )
                }
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ColumnHelp />
        </Grid.Col>
      </Grid>
    </>
  );
}

function ColumnHelp() {
  return (
    <Paper withBorder p="md" radius="md" component="aside" aria-labelledby="csv-columns-title">
      <Stack gap="xs">
        <Title order={5} id="csv-columns-title">
          Columns
        </Title>
        <Text size="sm" c="dimmed">
          Only <Code>contact_name</Code> and <Code>email</Code> are required; other columns are
          optional and may come in any order. Unknown columns are ignored with a warning.
        </Text>
        <List size="sm" spacing={4} data-testid="csv-columns">
          {LEAD_CSV_COLUMNS.map((c) => (
            <List.Item key={c}>
              <Code>{c}</Code>{' '}
              <Text span size="sm" c="dimmed">
                {CSV_COLUMN_HELP[c]}
              </Text>
            </List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          Leads that meet the published MQL criteria are routed to a partner right after the import.
        </Text>
      </Stack>
    </Paper>
  );
}

type Filter = 'all' | 'problems';

function ImportReport({
  report,
  action,
}: {
  report: LeadImportReportFieldsFragment;
  action: ReactNode;
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const [offset, setOffset] = useState(0);
  const rows = useMemo(
    () =>
      filter === 'problems'
        ? report.rows.filter((r) => r.outcome === 'INVALID' || r.outcome === 'DUPLICATE_IN_FILE')
        : report.rows,
    [report.rows, filter],
  );
  const pageRows = rows.slice(offset, offset + ROWS_PER_PAGE);
  const stats: { label: string; value: number; color: string }[] = [
    { label: report.preview ? 'New leads' : 'Created', value: report.created, color: 'teal' },
    { label: report.preview ? 'To merge' : 'Merged', value: report.merged, color: 'blue' },
    { label: 'Unchanged', value: report.unchanged, color: 'gray' },
    { label: 'Invalid', value: report.invalid, color: 'red' },
    { label: 'Duplicates', value: report.duplicates, color: 'orange' },
  ];
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      data-testid="import-report"
      data-preview={report.preview ? 'true' : 'false'}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Title order={4}>{report.preview ? 'Preview: nothing is saved yet' : 'Imported'}</Title>
            <Text size="sm" data-testid="import-summary">
              {summarizeImport(report)}
            </Text>
          </Stack>
          {action}
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
          {stats.map((s) => (
            <Paper
              key={s.label}
              withBorder
              p="xs"
              radius="md"
              data-testid={`import-count-${s.label}`}
            >
              <Text size="xl" fw={700} c={s.value ? s.color : 'dimmed'} lh={1.2}>
                {s.value}
              </Text>
              <Text size="xs" c="dimmed">
                {s.label}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
        {report.warnings.length > 0 && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title="About the file"
          >
            <List size="sm" spacing={2}>
              {report.warnings.map((w) => (
                <List.Item key={w}>{w}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={500}>
            Rows
          </Text>
          <SegmentedControl
            size="xs"
            value={filter}
            onChange={(v) => {
              setFilter(v as Filter);
              setOffset(0);
            }}
            data={[
              { value: 'all', label: `All (${report.rows.length})` },
              { value: 'problems', label: `Problems (${report.invalid + report.duplicates})` },
            ]}
          />
        </Group>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            No rows with problems.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" fz="sm" data-testid="import-rows">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={60}>Line</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Outcome</Table.Th>
                  <Table.Th>Messages</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pageRows.map((r) => (
                  <Table.Tr
                    key={r.row}
                    data-testid="import-row"
                    data-outcome={r.outcome}
                    bg={r.outcome === 'INVALID' ? 'var(--mantine-color-red-light)' : undefined}
                  >
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.email || '—'}</Table.Td>
                    <Table.Td>{r.contactName || '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={OUTCOME_COLORS[r.outcome]} variant="light" styles={FULL_BADGE}>
                        {outcomeLabel(r.outcome, report.preview)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {r.messages.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      ) : (
                        <Stack gap={2}>
                          {r.messages.map((m) => (
                            <Text key={m} size="sm">
                              {m}
                            </Text>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <PaginationBar
          offset={offset}
          limit={ROWS_PER_PAGE}
          totalCount={rows.length}
          onOffsetChange={setOffset}
        />
      </Stack>
    </Paper>
  );
}
