import { useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { DownloadReportGrouping } from '@tandem/shared-domain';
import {
  EmptyState,
  ErrorAlert,
  PaginationBar,
  TableSkeleton,
  csvExportHref,
  formatDateTime,
} from '@tandem/portal-ui';
import { useMemo, useState } from 'react';
import {
  ContentDownloadsDocument,
  DownloadPartnersDocument,
  DownloadReportDocument,
} from '../graphql/content.graphql';
import { useContentAccess } from '../hooks/use-content-access';
import { dateRangeFilter } from '../lib/report-range';

const REPORT_PAGE_SIZE = 20;

const GROUP_LABELS: Record<DownloadReportGrouping, { tab: string; column: string }> = {
  [DownloadReportGrouping.ASSET]: { tab: 'Per asset', column: 'Asset' },
  [DownloadReportGrouping.KIT]: { tab: 'Per kit', column: 'Kit' },
  [DownloadReportGrouping.PARTNER]: { tab: 'Per partner', column: 'Partner' },
};

/** Who downloaded what: vendor staff see every partner, a partner sees its own people. */
export function DownloadReports() {
  const { isPartner, partnerName } = useContentAccess();
  const [groupBy, setGroupBy] = useState<DownloadReportGrouping>(DownloadReportGrouping.ASSET);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reportOffset, setReportOffset] = useState(0);
  const [recentOffset, setRecentOffset] = useState(0);
  const filter = useMemo(() => dateRangeFilter(from, to), [from, to]);
  const groupings = Object.values(DownloadReportGrouping).filter(
    (g) => !isPartner || g !== DownloadReportGrouping.PARTNER,
  );

  const report = useQuery(DownloadReportDocument, {
    variables: { groupBy, filter, page: { offset: reportOffset, limit: REPORT_PAGE_SIZE } },
  });
  const recent = useQuery(ContentDownloadsDocument, {
    variables: { filter, page: { offset: recentOffset, limit: REPORT_PAGE_SIZE } },
  });
  const partners = useQuery(DownloadPartnersDocument, { skip: isPartner });
  const partnerNames = useMemo(
    () => new Map((partners.data?.partners.items ?? []).map((p) => [p.id, p.name])),
    [partners.data],
  );
  const partnerLabel = (id: string | null | undefined) =>
    !id ? 'Vendor staff' : isPartner ? (partnerName ?? '—') : (partnerNames.get(id) ?? '—');

  const reportPage = (report.data ?? report.previousData)?.downloadReport;
  const recentPage = (recent.data ?? recent.previousData)?.contentDownloads;

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {isPartner
          ? `Downloads by people at ${partnerName ?? 'your organisation'}.`
          : 'Downloads by every partner and by vendor staff.'}
      </Text>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            type="date"
            label="From"
            value={from}
            onChange={(e) => {
              setFrom(e.currentTarget.value);
              setReportOffset(0);
              setRecentOffset(0);
            }}
          />
          <TextInput
            type="date"
            label="To"
            value={to}
            onChange={(e) => {
              setTo(e.currentTarget.value);
              setReportOffset(0);
              setRecentOffset(0);
            }}
          />
          <Group gap="xs" mt={{ base: 0, sm: 25 }} align="flex-start">
            {(from || to) && (
              <Button
                variant="default"
                onClick={() => {
                  setFrom('');
                  setTo('');
                }}
              >
                All time
              </Button>
            )}
            <Button
              variant="default"
              component="a"
              href={csvExportHref('/api/exports/downloads.csv', filter)}
              download
              leftSection={<IconDownload size={16} />}
              data-testid="downloads-export-csv"
            >
              Export downloads CSV
            </Button>
          </Group>
        </SimpleGrid>
      </Paper>

      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={4}>Totals</Title>
          <SegmentedControl
            aria-label="Group downloads"
            value={groupBy}
            onChange={(value) => {
              setGroupBy(value as DownloadReportGrouping);
              setReportOffset(0);
            }}
            data={groupings.map((g) => ({ value: g, label: GROUP_LABELS[g].tab }))}
          />
        </Group>
        {report.error && !reportPage ? (
          <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
        ) : !reportPage ? (
          <TableSkeleton rows={4} />
        ) : reportPage.items.length === 0 ? (
          <EmptyState title="No downloads" description="Nothing was downloaded in this period." />
        ) : (
          <Paper withBorder radius="md" style={{ opacity: report.loading ? 0.6 : 1 }}>
            <Table.ScrollContainer minWidth={640}>
              <Table striped verticalSpacing="sm" data-testid="download-report">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{GROUP_LABELS[groupBy].column}</Table.Th>
                    <Table.Th ta="right">Downloads</Table.Th>
                    <Table.Th ta="right">People</Table.Th>
                    {!isPartner && <Table.Th ta="right">Partners</Table.Th>}
                    <Table.Th>Last download</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {reportPage.items.map((row) => (
                    <Table.Tr key={row.key}>
                      <Table.Td>{row.label}</Table.Td>
                      <Table.Td ta="right">{row.downloads}</Table.Td>
                      <Table.Td ta="right">{row.uniqueUsers}</Table.Td>
                      {!isPartner && <Table.Td ta="right">{row.partners}</Table.Td>}
                      <Table.Td>{formatDateTime(row.lastDownloadAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
        {reportPage && (
          <PaginationBar
            offset={reportPage.offset}
            limit={reportPage.limit}
            totalCount={reportPage.totalCount}
            onOffsetChange={setReportOffset}
          />
        )}
      </Stack>

      <Stack gap="sm">
        <Title order={4}>Recent downloads</Title>
        {recent.error && !recentPage ? (
          <ErrorAlert error={recent.error} onRetry={() => void recent.refetch()} />
        ) : !recentPage ? (
          <TableSkeleton rows={4} />
        ) : recentPage.items.length === 0 ? (
          <EmptyState title="No downloads" description="Nothing was downloaded in this period." />
        ) : (
          <Paper withBorder radius="md" style={{ opacity: recent.loading ? 0.6 : 1 }}>
            <Table.ScrollContainer minWidth={640}>
              <Table striped verticalSpacing="sm" data-testid="recent-downloads">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>When</Table.Th>
                    <Table.Th>What</Table.Th>
                    <Table.Th>Who</Table.Th>
                    {!isPartner && <Table.Th>Partner</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {recentPage.items.map((row) => (
                    <Table.Tr key={row.id} data-testid="download-row">
                      <Table.Td>{formatDateTime(row.at)}</Table.Td>
                      <Table.Td>
                        {row.itemTitle}
                        {row.kitId && (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            (kit)
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{row.userLabel}</Table.Td>
                      {!isPartner && <Table.Td>{partnerLabel(row.partnerId)}</Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
        {recentPage && (
          <PaginationBar
            offset={recentPage.offset}
            limit={recentPage.limit}
            totalCount={recentPage.totalCount}
            onOffsetChange={setRecentOffset}
          />
        )}
      </Stack>
    </Stack>
  );
}
