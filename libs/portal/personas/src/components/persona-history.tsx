import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Box,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { ErrorAlert, TableSkeleton, formatDateTime } from '@tandem/portal-ui';
import { useState } from 'react';
import { PersonaDiffDocument, PersonaVersionsDocument } from '../graphql/personas.graphql';
import { toDiffModel, type FieldDiffModel } from '../lib/persona-diff';
import { personaSheetUrl } from '../lib/persona-sheet';

const DRAFT = 'draft';

interface Props {
  personaId: string;
  latest: number | null;
  canCompareDraft: boolean;
}

/** Published versions with their change notes, and a comparison of any two of them. */
export function PersonaHistory({ personaId, latest, canCompareDraft }: Props) {
  const { data, error, refetch } = useQuery(PersonaVersionsDocument, {
    variables: { personaId, page: { offset: 0, limit: 100 } },
  });
  const versions = data?.personaVersions.items ?? [];
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <TableSkeleton rows={4} />;
  if (versions.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No version has been published yet.
      </Text>
    );
  }

  const newest = latest ?? versions[0].number;
  const defaultFrom = String(newest > 1 ? newest - 1 : newest);
  const defaultTo = newest > 1 ? String(newest) : canCompareDraft ? DRAFT : String(newest);
  const fromValue = from ?? defaultFrom;
  const toValue = to ?? defaultTo;
  const versionOptions = versions.map((v) => ({
    value: String(v.number),
    label: `Version ${v.number}`,
  }));
  const toOptions = canCompareDraft
    ? [{ value: DRAFT, label: 'Current draft' }, ...versionOptions]
    : versionOptions;
  const canCompare = versions.length > 1 || canCompareDraft;

  return (
    <Stack gap="lg">
      <Stack gap="sm" data-testid="version-list">
        {versions.map((v) => (
          <Paper key={v.id} withBorder p="md" radius="md">
            <Group justify="space-between" align="flex-start" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text fw={600}>Version {v.number}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(v.publishedAt)} · {v.publishedByLabel}
                </Text>
              </div>
              <Anchor
                href={personaSheetUrl(personaId, { version: v.number })}
                target="_blank"
                size="sm"
              >
                Sheet
              </Anchor>
            </Group>
            <Text size="sm" mt={6} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {v.changeNote || (
                <Text span c="dimmed" size="sm">
                  No change note.
                </Text>
              )}
            </Text>
          </Paper>
        ))}
        {data.personaVersions.hasMore && (
          <Text size="xs" c="dimmed">
            Showing the newest {versions.length} of {data.personaVersions.totalCount} versions.
          </Text>
        )}
      </Stack>

      {canCompare && (
        <Paper withBorder p="md" radius="md">
          <Title order={4} size="h5" mb="sm">
            Compare
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" maw={520}>
            <Select
              label="From"
              data={versionOptions}
              value={fromValue}
              onChange={(value) => value && setFrom(value)}
              allowDeselect={false}
            />
            <Select
              label="To"
              data={toOptions}
              value={toValue}
              onChange={(value) => value && setTo(value)}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Box mt="md">
            {fromValue === toValue ? (
              <Text size="sm" c="dimmed">
                Pick two different versions to see what changed.
              </Text>
            ) : (
              <PersonaDiff
                personaId={personaId}
                from={Number(fromValue)}
                to={toValue === DRAFT ? null : Number(toValue)}
              />
            )}
          </Box>
        </Paper>
      )}
    </Stack>
  );
}

function PersonaDiff({
  personaId,
  from,
  to,
}: {
  personaId: string;
  from: number;
  to: number | null;
}) {
  const { data, error, refetch } = useQuery(PersonaDiffDocument, {
    variables: { personaId, from, to },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <TableSkeleton rows={3} />;
  if (data.personaDiff.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No differences.
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="persona-diff">
      {data.personaDiff.map((change) => (
        <FieldDiff key={change.field} model={toDiffModel(change)} />
      ))}
    </Stack>
  );
}

const removedStyle = {
  color: 'var(--mantine-color-red-8)',
  background: 'var(--mantine-color-red-0)',
  textDecoration: 'line-through',
};
const addedStyle = {
  color: 'var(--mantine-color-teal-9)',
  background: 'var(--mantine-color-teal-0)',
};

function FieldDiff({ model }: { model: FieldDiffModel }) {
  return (
    <div data-testid="diff-field">
      <Text fw={600} size="sm" mb={4}>
        {model.label}
      </Text>
      {model.kind === 'list' ? (
        <List size="sm" spacing={2} listStyleType="none" style={{ overflowWrap: 'anywhere' }}>
          {model.entries.map((entry, i) => (
            <List.Item
              key={`${entry.change}:${i}`}
              data-change={entry.change}
              style={
                entry.change === 'removed'
                  ? removedStyle
                  : entry.change === 'added'
                    ? addedStyle
                    : undefined
              }
              px={4}
            >
              <VisuallyLabelled change={entry.change} />
              {entry.text}
            </List.Item>
          ))}
        </List>
      ) : (
        <Stack gap={2} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {model.before !== null && (
            <Text size="sm" px={4} style={removedStyle} data-change="removed">
              <VisuallyLabelled change="removed" />
              {model.before}
            </Text>
          )}
          {model.after !== null && (
            <Text size="sm" px={4} style={addedStyle} data-change="added">
              <VisuallyLabelled change="added" />
              {model.after}
            </Text>
          )}
          {model.after === null && (
            <Text size="sm" c="dimmed">
              (now empty)
            </Text>
          )}
        </Stack>
      )}
    </div>
  );
}

/** A "−"/"+" marker, so the change does not rely on colour alone. */
function VisuallyLabelled({ change }: { change: 'added' | 'removed' | 'same' }) {
  if (change === 'same') return <span aria-hidden="true">{'  '}</span>;
  return (
    <>
      <span aria-hidden="true">{change === 'added' ? '+ ' : '− '}</span>
      <VisuallyHidden>{change === 'added' ? 'Added: ' : 'Removed: '}</VisuallyHidden>
    </>
  );
}
