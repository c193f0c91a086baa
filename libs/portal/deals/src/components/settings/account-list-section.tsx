import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import {
  countryOptions,
  DeleteConfirm,
  describeApiError,
  EmptyState,
  ErrorAlert,
  formatDate,
  mapFormErrors,
  PaginationBar,
  TableSkeleton,
} from '@tandem/portal-ui';
import { AccountListKind } from '@tandem/shared-domain';
import { useState } from 'react';
import {
  DealAccountListDocument,
  DeleteDealAccountDocument,
  ImportDealAccountsDocument,
  SaveDealAccountDocument,
} from '../../graphql/deal-settings.graphql';
import { ACCOUNT_FORM_FIELDS, validateAccount, type AccountValues } from '../../lib/settings-form';
import { CsvImportModal } from './csv-import-modal';

const PAGE_SIZE = 25;
const refetch = { refetchQueries: ['DealAccountList'], awaitRefetchQueries: true };

const KINDS: { value: AccountListKind; label: string; description: string; noun: string }[] = [
  {
    value: AccountListKind.CUSTOMER,
    label: 'Existing customers',
    description: 'Customers you already serve: a registration for one of them is flagged.',
    noun: 'customer',
  },
  {
    value: AccountListKind.DIRECT_OPPORTUNITY,
    label: 'Direct opportunities',
    description: 'Accounts your own sales team is working: a registration for one is flagged.',
    noun: 'direct opportunity',
  },
];

/** The vendor's own accounts that registrations are checked against. */
export function AccountListSection() {
  const [kind, setKind] = useState<AccountListKind>(AccountListKind.CUSTOMER);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [offset, setOffset] = useState(0);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [deleting, setDeleting] = useState<{ id: string; companyName: string } | null>(null);
  const list = useQuery(DealAccountListDocument, {
    variables: {
      kind,
      search: debounced || null,
      page: { offset, limit: PAGE_SIZE },
    },
  });
  const [remove] = useMutation(DeleteDealAccountDocument, refetch);
  const [importAccounts] = useMutation(ImportDealAccountsDocument, refetch);
  const page = (list.data ?? list.previousData)?.accountList;
  const current = KINDS.find((k) => k.value === kind) ?? KINDS[0];

  return (
    <section aria-labelledby="deal-accounts-title">
      <Group justify="space-between" mb="sm" align="flex-end">
        <div>
          <Title order={4} id="deal-accounts-title">
            Your accounts
          </Title>
          <Text size="sm" c="dimmed">
            Registrations are checked against these by website domain, or by a similar name in the
            same country. Partners only learn that the account is engaged, never that it is yours.
          </Text>
        </div>
        <Group gap="xs">
          <Button
            size="sm"
            variant="default"
            leftSection={<IconFileImport size={16} />}
            onClick={() => setImporting(true)}
          >
            Import CSV
          </Button>
          <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            Add account
          </Button>
        </Group>
      </Group>
      <Tabs
        value={kind}
        onChange={(v) => {
          if (!v) return;
          setKind(v as AccountListKind);
          setOffset(0);
        }}
      >
        <Tabs.List mb="sm">
          {KINDS.map((k) => (
            <Tabs.Tab key={k.value} value={k.value}>
              {k.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {current?.description}
        </Text>
        <TextInput
          placeholder="Search company or domain"
          aria-label="Search accounts"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setOffset(0);
          }}
          maw={360}
        />
        {list.error && !page ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : !page ? (
          <TableSkeleton rows={4} />
        ) : page.items.length === 0 ? (
          <EmptyState
            title={debounced ? 'No accounts match' : `No ${current?.label.toLowerCase()} yet`}
            description={
              debounced
                ? 'Try another name or domain.'
                : 'Add accounts one by one or import them from a CSV file.'
            }
          />
        ) : (
          <Paper withBorder radius="md" style={{ opacity: list.loading ? 0.6 : 1 }}>
            <Table.ScrollContainer minWidth={520}>
              <Table verticalSpacing="xs" data-testid="deal-accounts">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Company</Table.Th>
                    <Table.Th>Domain</Table.Th>
                    <Table.Th>Country</Table.Th>
                    <Table.Th>Added</Table.Th>
                    <Table.Th w={50} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((a) => (
                    <Table.Tr key={a.id} data-account={a.companyName}>
                      <Table.Td>{a.companyName}</Table.Td>
                      <Table.Td>{a.domain ?? '—'}</Table.Td>
                      <Table.Td>{a.country ?? '—'}</Table.Td>
                      <Table.Td>{formatDate(a.createdAt)}</Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Remove ${a.companyName}`}
                          onClick={() => setDeleting(a)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
        {page && (
          <PaginationBar
            offset={page.offset}
            limit={page.limit}
            totalCount={page.totalCount}
            onOffsetChange={setOffset}
          />
        )}
      </Stack>
      <Modal opened={adding} onClose={() => setAdding(false)} title={`Add ${current?.noun}`}>
        {adding && <AccountForm kind={kind} onDone={() => setAdding(false)} />}
      </Modal>
      <CsvImportModal
        opened={importing}
        onClose={() => setImporting(false)}
        title={`Import ${current?.label.toLowerCase()}`}
        columns="company_name,website,country"
        help="A row matches an account already on the list by its website domain, or by name and country; matches are updated when the name differs, new accounts are added. Give a website or a country for each row; rows with errors are listed and not imported."
        noun={current?.noun ?? 'account'}
        labelHeader="Company"
        importCsv={async (csv, preview) => {
          const { data } = await importAccounts({ variables: { kind, input: { csv, preview } } });
          if (!data) throw new Error('No answer');
          return data.importAccountList;
        }}
      />
      <DeleteConfirm
        title="Remove account"
        confirmLabel="Remove"
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await remove({ variables: { id: deleting.id } });
          notifications.show({ color: 'teal', message: `${deleting.companyName} is removed.` });
        }}
      >
        New registrations for <b>{deleting?.companyName}</b> are no longer flagged. Conflicts
        already recorded stay on their registrations.
      </DeleteConfirm>
    </section>
  );
}

function AccountForm({ kind, onDone }: { kind: AccountListKind; onDone: () => void }) {
  const [save, { loading }] = useMutation(SaveDealAccountDocument, refetch);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AccountValues>({
    mode: 'controlled',
    initialValues: { companyName: '', website: '', country: null },
    validate: validateAccount,
  });
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await save({
        variables: {
          input: {
            kind,
            companyName: values.companyName.trim(),
            website: values.website.trim(),
            country: values.country ?? '',
          },
        },
      });
      notifications.show({ color: 'teal', message: `${values.companyName.trim()} is added.` });
      onDone();
    } catch (error) {
      const info = describeApiError(error);
      const mapped = mapFormErrors(error, ACCOUNT_FORM_FIELDS);
      form.setErrors(mapped.fieldErrors);
      setFormError(info.code === 'CONFLICT' ? info.message : mapped.formError);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="account-form">
      <Stack>
        <ErrorAlert message={formError} title="Could not add the account" />
        <TextInput
          label="Company name"
          required
          maxLength={200}
          {...form.getInputProps('companyName')}
        />
        <TextInput
          label="Website"
          placeholder="globex.com"
          maxLength={300}
          {...form.getInputProps('website')}
        />
        <Select
          label="Country"
          description="Needed to match by name when there is no website."
          data={countryOptions()}
          searchable
          clearable
          {...form.getInputProps('country')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Add account
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
