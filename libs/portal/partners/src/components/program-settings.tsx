import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowsShuffle, IconBriefcase, IconEdit, IconPlus } from '@tabler/icons-react';
import { useCurrentUser, type ProgramOptionsQuery } from '@tandem/portal-data-access';
import { Permission, hasPermission } from '@tandem/shared-domain';
import {
  EmptyState,
  ErrorAlert,
  PageHeader,
  TableSkeleton,
  describeApiError,
  mapFormErrors,
} from '@tandem/portal-ui';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { z } from 'zod';
import { ProgramOptionsDocument } from '../graphql/partners.graphql';
import { SavePartnerTypeDocument, SaveTierDocument } from '../graphql/program.graphql';
import { ReportingCalendarSection } from './reporting-calendar';

type Tier = ProgramOptionsQuery['tiers'][number];
type PartnerType = ProgramOptionsQuery['partnerTypes'][number];

const tierSchema = z.object({
  name: z.string().trim().min(2, 'Use 2 to 60 characters.').max(60, 'Use 2 to 60 characters.'),
  rank: z.number({ message: 'Enter a rank.' }).int().min(0).max(1000),
  description: z.string().max(500),
});

const typeSchema = z.object({
  name: z.string().trim().min(2, 'Use 2 to 60 characters.').max(60, 'Use 2 to 60 characters.'),
  description: z.string().max(500),
  active: z.boolean(),
});

export function ProgramSettings() {
  const me = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(ProgramOptionsDocument);
  return (
    <>
      <PageHeader
        title="Program settings"
        description="The tier ladder, partner types and reporting calendar of your program."
        actions={
          <>
            {hasPermission(me.role, Permission.RoutingManage) && (
              <Button
                component={Link}
                to="/lead-routing"
                variant="light"
                leftSection={<IconArrowsShuffle size={16} />}
              >
                Lead routing & SLAs
              </Button>
            )}
            {hasPermission(me.role, Permission.DealManage) && (
              <Button
                component={Link}
                to="/deal-settings"
                variant="light"
                leftSection={<IconBriefcase size={16} />}
              >
                Deal registration
              </Button>
            )}
          </>
        }
      />
      {error && !data ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <TableSkeleton />
      ) : (
        <Stack gap="xl">
          <TiersSection tiers={data?.tiers ?? []} />
          <TypesSection types={data?.partnerTypes ?? []} />
          <ReportingCalendarSection />
        </Stack>
      )}
    </>
  );
}

function SectionHeader({
  title,
  description,
  onAdd,
  addLabel,
}: {
  title: string;
  description: string;
  onAdd: () => void;
  addLabel: string;
}) {
  return (
    <Group justify="space-between" mb="sm">
      <div>
        <Title order={4}>{title}</Title>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      </div>
      <Button size="sm" leftSection={<IconPlus size={16} />} onClick={onAdd}>
        {addLabel}
      </Button>
    </Group>
  );
}

interface Column<T> {
  header: string;
  width?: number;
  render: (row: T) => ReactNode;
}

/**
 * One editable list of program settings: a header with an add button, a table (or an empty
 * state) with an edit action per row, and the add/edit form in a modal.
 */
function SettingsSection<T extends { id: string; name: string }>({
  title,
  description,
  addLabel,
  empty,
  noun,
  rows,
  columns,
  renderForm,
}: {
  title: string;
  description: string;
  addLabel: string;
  empty: { title: string; description: string };
  noun: string;
  rows: T[];
  columns: Column<T>[];
  renderForm: (row: T | null, onDone: () => void) => ReactNode;
}) {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  return (
    <section>
      <SectionHeader
        title={title}
        description={description}
        addLabel={addLabel}
        onAdd={() => setEditing('new')}
      />
      {rows.length === 0 ? (
        <EmptyState title={empty.title} description={empty.description} />
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => (
                    <Table.Th key={c.header} w={c.width}>
                      {c.header}
                    </Table.Th>
                  ))}
                  <Table.Th w={80} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id}>
                    {columns.map((c) => (
                      <Table.Td key={c.header}>{c.render(row)}</Table.Td>
                    ))}
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconEdit size={14} />}
                        onClick={() => setEditing(row)}
                        aria-label={`Edit ${noun} ${row.name}`}
                      >
                        Edit
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? `Add ${noun}` : `Edit ${noun}`}
      >
        {editing !== null && renderForm(editing === 'new' ? null : editing, () => setEditing(null))}
      </Modal>
    </section>
  );
}

const orDash = (text: string) =>
  text || (
    <Text c="dimmed" size="sm">
      —
    </Text>
  );

function TiersSection({ tiers }: { tiers: Tier[] }) {
  return (
    <SettingsSection
      title="Tiers"
      description="Higher rank means a higher tier."
      addLabel="Add tier"
      empty={{ title: 'No tiers yet', description: 'Add the first tier of your program.' }}
      noun="tier"
      rows={[...tiers].sort((a, b) => b.rank - a.rank)}
      columns={[
        { header: 'Name', render: (t) => <Text fw={600}>{t.name}</Text> },
        { header: 'Rank', width: 80, render: (t) => t.rank },
        { header: 'Description', render: (t) => orDash(t.description) },
      ]}
      renderForm={(tier, onDone) => <TierForm tier={tier} onDone={onDone} />}
    />
  );
}

function TierForm({ tier, onDone }: { tier: Tier | null; onDone: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveTierDocument, {
    refetchQueries: tier ? [] : ['ProgramOptions'],
  });
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      name: tier?.name ?? '',
      rank: tier?.rank ?? 0,
      description: tier?.description ?? '',
    },
    validate: schemaResolver(tierSchema, { sync: true }),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        setFormError(null);
        try {
          await save({
            variables: {
              input: {
                id: tier?.id,
                name: values.name.trim(),
                rank: values.rank,
                description: values.description.trim(),
              },
            },
          });
          notifications.show({ color: 'teal', message: 'Tier saved.' });
          onDone();
        } catch (error) {
          const mapped = mapFormErrors(error, ['name', 'rank', 'description']);
          form.setErrors(mapped.fieldErrors);
          setFormError(mapped.formError);
        }
      })}
    >
      <Stack>
        <ErrorAlert message={formError} title="Could not save the tier" />
        <TextInput label="Name" required key={form.key('name')} {...form.getInputProps('name')} />
        <NumberInput
          label="Rank"
          description="0 to 1000"
          min={0}
          max={1000}
          allowDecimal={false}
          required
          key={form.key('rank')}
          {...form.getInputProps('rank')}
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          key={form.key('description')}
          {...form.getInputProps('description')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save tier
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TypesSection({ types }: { types: PartnerType[] }) {
  const [save] = useMutation(SavePartnerTypeDocument);
  const toggle = (t: PartnerType, active: boolean) => {
    save({ variables: { input: { id: t.id, name: t.name, active } } }).catch((e: unknown) =>
      notifications.show({ color: 'red', message: describeApiError(e).message }),
    );
  };
  return (
    <SettingsSection
      title="Partner types"
      description="Inactive types stay on existing partners but cannot be chosen for new ones."
      addLabel="Add type"
      empty={{
        title: 'No partner types yet',
        description: 'Add types such as reseller or referral partner.',
      }}
      noun="partner type"
      rows={types}
      columns={[
        { header: 'Name', render: (t) => <Text fw={600}>{t.name}</Text> },
        { header: 'Description', render: (t) => orDash(t.description) },
        {
          header: 'Active',
          width: 110,
          render: (t) => (
            <Switch
              checked={t.active}
              onChange={(e) => toggle(t, e.currentTarget.checked)}
              aria-label={`${t.name} active`}
            />
          ),
        },
      ]}
      renderForm={(type, onDone) => <TypeForm type={type} onDone={onDone} />}
    />
  );
}

function TypeForm({ type, onDone }: { type: PartnerType | null; onDone: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SavePartnerTypeDocument, {
    refetchQueries: type ? [] : ['ProgramOptions'],
  });
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      name: type?.name ?? '',
      description: type?.description ?? '',
      active: type?.active ?? true,
    },
    validate: schemaResolver(typeSchema, { sync: true }),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        setFormError(null);
        try {
          await save({
            variables: {
              input: {
                id: type?.id,
                name: values.name.trim(),
                description: values.description.trim(),
                active: values.active,
              },
            },
          });
          notifications.show({ color: 'teal', message: 'Partner type saved.' });
          onDone();
        } catch (error) {
          const mapped = mapFormErrors(error, ['name', 'description', 'active']);
          form.setErrors(mapped.fieldErrors);
          setFormError(mapped.formError);
        }
      })}
    >
      <Stack>
        <ErrorAlert message={formError} title="Could not save the partner type" />
        <TextInput label="Name" required key={form.key('name')} {...form.getInputProps('name')} />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          key={form.key('description')}
          {...form.getInputProps('description')}
        />
        <Switch
          label="Active"
          key={form.key('active')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save type
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
