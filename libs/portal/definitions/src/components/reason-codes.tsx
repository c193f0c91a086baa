import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { ReasonCodesQuery } from '@tandem/portal-data-access';
import { EmptyState, ErrorAlert, TableSkeleton } from '@tandem/portal-ui';
import { REASON_KIND_LABELS, ReasonKind } from '@tandem/shared-domain';
import { useState } from 'react';
import { ReasonCodesDocument, SaveReasonCodeDocument } from '../graphql/definitions.graphql';

type ReasonCode = ReasonCodesQuery['reasonCodes'][number];

const KINDS = [
  ReasonKind.REJECTION,
  ReasonKind.DISQUALIFICATION,
  ReasonKind.LOSS,
  ReasonKind.DEAL_REJECTION,
];

/** Reason codes grouped by kind; managers can add, rename, deactivate and reorder. */
export function ReasonCodes({ canManage }: { canManage: boolean }) {
  const { data, error, refetch } = useQuery(ReasonCodesDocument, {
    variables: { includeInactive: canManage },
  });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <TableSkeleton rows={4} />;
  if (data.reasonCodes.length === 0 && !canManage)
    return <EmptyState title="No reason codes yet" description="The vendor has not set any up." />;
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" data-testid="reason-codes">
      {KINDS.map((kind) => (
        <ReasonKindGroup
          key={kind}
          kind={kind}
          codes={data.reasonCodes
            .filter((c) => c.kind === kind)
            .sort((a, b) => a.position - b.position)}
          canManage={canManage}
        />
      ))}
    </SimpleGrid>
  );
}

function ReasonKindGroup({
  kind,
  codes,
  canManage,
}: {
  kind: ReasonKind;
  codes: ReasonCode[];
  canManage: boolean;
}) {
  const [save, { loading, error }] = useMutation(SaveReasonCodeDocument, {
    refetchQueries: ['ReasonCodes'],
    awaitRefetchQueries: true,
  });
  const persist = (c: ReasonCode, patch: Partial<ReasonCode>) =>
    save({
      variables: {
        input: {
          id: c.id,
          kind: c.kind,
          code: c.code,
          label: patch.label ?? c.label,
          active: patch.active ?? c.active,
          position: patch.position ?? c.position,
        },
      },
    }).catch(() => undefined);
  const move = async (index: number, delta: number) => {
    const a = codes[index];
    const b = codes[index + delta];
    if (!a || !b) return;
    // Renumber so swapping works even when positions were equal.
    const aPos = index + delta;
    const bPos = index;
    await persist(a, { position: aPos });
    await persist(b, { position: bPos });
  };
  return (
    <Paper withBorder p="md" radius="md" data-testid={`reason-kind-${kind}`}>
      <Stack gap="xs">
        <Title order={5}>{REASON_KIND_LABELS[kind]}</Title>
        <ErrorAlert error={error} title="Could not save the reason code" />
        {codes.length === 0 && (
          <Text size="sm" c="dimmed">
            No reason codes of this kind.
          </Text>
        )}
        {codes.map((c, i) =>
          canManage ? (
            <ReasonCodeRow
              key={c.id}
              code={c}
              busy={loading}
              first={i === 0}
              last={i === codes.length - 1}
              onRename={(label) => persist(c, { label })}
              onToggle={() => persist(c, { active: !c.active })}
              onMove={(delta) => void move(i, delta)}
            />
          ) : (
            <Group key={c.id} gap="xs" wrap="nowrap" data-testid="reason-code">
              <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
                {c.label}
              </Text>
              <Badge variant="outline" color="gray" tt="none">
                {c.code}
              </Badge>
            </Group>
          ),
        )}
        {canManage && <NewReasonCode kind={kind} nextPosition={codes.length} />}
      </Stack>
    </Paper>
  );
}

function ReasonCodeRow({
  code,
  busy,
  first,
  last,
  onRename,
  onToggle,
  onMove,
}: {
  code: ReasonCode;
  busy: boolean;
  first: boolean;
  last: boolean;
  onRename: (label: string) => Promise<unknown>;
  onToggle: () => Promise<unknown>;
  onMove: (delta: number) => void;
}) {
  const [label, setLabel] = useState(code.label);
  const changed = label.trim() !== code.label && label.trim() !== '';
  return (
    <Stack gap={4} data-testid="reason-code" style={{ opacity: code.active ? 1 : 0.6 }}>
      <TextInput
        label={`Label for ${code.code}`}
        size="xs"
        value={label}
        onChange={(e) => setLabel(e.currentTarget.value)}
        rightSectionWidth={60}
      />
      <Group gap={6} wrap="wrap">
        {!code.active && (
          <Badge color="gray" variant="light">
            Inactive
          </Badge>
        )}
        {changed && (
          <Button size="compact-xs" loading={busy} onClick={() => void onRename(label.trim())}>
            Rename
          </Button>
        )}
        <Button size="compact-xs" variant="default" disabled={busy} onClick={() => void onToggle()}>
          {code.active ? 'Deactivate' : 'Activate'}
        </Button>
        <ActionIcon
          variant="default"
          size="sm"
          aria-label={`Move ${code.code} up`}
          disabled={first || busy}
          onClick={() => onMove(-1)}
        >
          <IconArrowUp size={14} />
        </ActionIcon>
        <ActionIcon
          variant="default"
          size="sm"
          aria-label={`Move ${code.code} down`}
          disabled={last || busy}
          onClick={() => onMove(1)}
        >
          <IconArrowDown size={14} />
        </ActionIcon>
      </Group>
    </Stack>
  );
}

function NewReasonCode({ kind, nextPosition }: { kind: ReasonKind; nextPosition: number }) {
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [save, { loading, error, reset }] = useMutation(SaveReasonCodeDocument, {
    refetchQueries: ['ReasonCodes'],
    awaitRefetchQueries: true,
  });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!code.trim() || !label.trim()) return;
        void save({
          variables: {
            input: {
              kind,
              code: code.trim(),
              label: label.trim(),
              active: true,
              position: nextPosition,
            },
          },
        })
          .then(() => {
            setCode('');
            setLabel('');
            reset();
          })
          .catch(() => undefined);
      }}
    >
      <Stack gap={6} mt="xs">
        <ErrorAlert error={error} title="Could not add the reason code" />
        <Group gap="xs" grow wrap="wrap" align="flex-end">
          <TextInput
            size="xs"
            label="New code"
            placeholder="e.g. NO_BUDGET"
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <TextInput
            size="xs"
            label="New label"
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
          />
        </Group>
        <Group>
          <Button
            type="submit"
            size="compact-sm"
            variant="light"
            loading={loading}
            disabled={!code.trim() || !label.trim()}
          >
            Add reason code
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
