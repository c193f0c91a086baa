import {
  Alert,
  Badge,
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
import { IconAlertTriangle } from '@tabler/icons-react';
import { CsvRowOutcome } from '@tandem/shared-domain';
import { useMemo, useState, type ReactNode } from 'react';
import {
  CSV_OUTCOME_COLORS,
  csvOutcomeLabel,
  csvRowDetails,
  summarizeCsvImport,
  type CsvImportReportLike,
} from '../lib/csv-import';
import { PaginationBar } from './pagination-bar';

const ROWS_PER_PAGE = 50;
/** Outcome badges show their whole label, never an ellipsis. */
const FULL_BADGE = {
  root: { flexShrink: 0, maxWidth: 'none' },
  label: { overflow: 'visible' },
} as const;

type Filter = 'all' | 'problems';

/**
 * What a CSV import did, or in a preview would do: counts, notes about the file and a table of
 * rows with their line, outcome and the column and message of each error.
 */
export function CsvImportReportView({
  report,
  labelHeader,
  action,
}: {
  report: CsvImportReportLike;
  /** Header of the column naming each row (e.g. "Partner", "SKU"). */
  labelHeader: string;
  action?: ReactNode;
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const [offset, setOffset] = useState(0);
  const rows = useMemo(
    () =>
      filter === 'problems'
        ? report.rows.filter(
            (r) =>
              r.outcome === CsvRowOutcome.INVALID || r.outcome === CsvRowOutcome.DUPLICATE_IN_FILE,
          )
        : report.rows,
    [report.rows, filter],
  );
  const pageRows = rows.slice(offset, offset + ROWS_PER_PAGE);
  const stats: { key: string; label: string; value: number; color: string }[] = [
    { key: 'new', label: report.preview ? 'New' : 'Created', value: report.created, color: 'teal' },
    {
      key: 'update',
      label: report.preview ? 'To update' : 'Updated',
      value: report.updated,
      color: 'blue',
    },
    { key: 'unchanged', label: 'Unchanged', value: report.unchanged, color: 'gray' },
    { key: 'invalid', label: 'Errors', value: report.invalid, color: 'red' },
    { key: 'duplicates', label: 'Duplicates', value: report.duplicates, color: 'orange' },
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
              {summarizeCsvImport(report)}
            </Text>
          </Stack>
          {action}
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
          {stats.map((s) => (
            <Paper key={s.key} withBorder p="xs" radius="md" data-testid={`import-count-${s.key}`}>
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
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="xs" fz="sm" data-testid="import-rows">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={60}>Line</Table.Th>
                  <Table.Th>{labelHeader}</Table.Th>
                  <Table.Th>Outcome</Table.Th>
                  <Table.Th>Details</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pageRows.map((r) => {
                  const details = csvRowDetails(r);
                  return (
                    <Table.Tr
                      key={r.line}
                      data-testid="import-row"
                      data-outcome={r.outcome}
                      bg={
                        r.outcome === CsvRowOutcome.INVALID
                          ? 'var(--mantine-color-red-light)'
                          : undefined
                      }
                    >
                      <Table.Td>{r.line}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.label || '—'}</Table.Td>
                      <Table.Td>
                        <Badge
                          color={CSV_OUTCOME_COLORS[r.outcome]}
                          variant="light"
                          styles={FULL_BADGE}
                        >
                          {csvOutcomeLabel(r.outcome, report.preview)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {details.length === 0 ? (
                          <Text size="sm" c="dimmed">
                            —
                          </Text>
                        ) : (
                          <Stack gap={2}>
                            {details.map((d) => (
                              <Text key={d} size="sm">
                                {d}
                              </Text>
                            ))}
                          </Stack>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
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
