import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Card,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconEdit, IconLink, IconSearch, IconUpload } from '@tabler/icons-react';
import {
  ASSET_TYPE_LABELS,
  AssetKind,
  AssetType,
  FUNNEL_STAGE_LABELS,
  FunnelStage,
} from '@tandem/shared-domain';
import type { ContentAssetFieldsFragment, ContentFilterInput } from '@tandem/portal-data-access';
import {
  EmptyState,
  ErrorAlert,
  PaginationBar,
  TableSkeleton,
  formatDate,
  useDebouncedSearch,
} from '@tandem/portal-ui';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ContentAssetsDocument } from '../graphql/content.graphql';
import { useContentAccess } from '../hooks/use-content-access';
import { useContentOptions } from '../hooks/use-content-options';
import { formatFileSize } from '../lib/format-size';
import { AssetActions } from './asset-actions';
import { AssetFormModal, type AssetFormMode } from './asset-form-modal';
import { AssetBadges } from './content-badges';

export const CONTENT_PAGE_SIZE = 24;

const TYPE_OPTIONS = Object.values(AssetType).map((t) => ({
  value: t,
  label: ASSET_TYPE_LABELS[t],
}));
const STAGE_OPTIONS = Object.values(FunnelStage).map((s) => ({
  value: s,
  label: FUNNEL_STAGE_LABELS[s],
}));
const KIND_OPTIONS = [
  { value: AssetKind.FILE, label: 'Files' },
  { value: AssetKind.LINK, label: 'Links' },
];

const list = <T extends string>(value: string | null, allowed: readonly string[]) =>
  (value ?? '').split(',').filter((s): s is T => allowed.includes(s));

function useLibraryParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => {
    const offset = Number(searchParams.get('offset') ?? 0);
    return {
      search: searchParams.get('q') ?? '',
      types: list<AssetType>(searchParams.get('type'), Object.values(AssetType)),
      stages: list<FunnelStage>(searchParams.get('stage'), Object.values(FunnelStage)),
      kinds: list<AssetKind>(searchParams.get('kind'), Object.values(AssetKind)),
      personaIds: (searchParams.get('persona') ?? '').split(',').filter(Boolean),
      offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    };
  }, [searchParams]);
  const update = useCallback(
    (patch: {
      search?: string;
      types?: string[];
      stages?: string[];
      kinds?: string[];
      personaIds?: string[];
      offset?: number;
    }) =>
      setSearchParams((previous) => {
        const next = new URLSearchParams(previous);
        const set = (key: string, value: string) =>
          value ? next.set(key, value) : next.delete(key);
        if (patch.search !== undefined) set('q', patch.search.trim());
        if (patch.types !== undefined) set('type', patch.types.join(','));
        if (patch.stages !== undefined) set('stage', patch.stages.join(','));
        if (patch.kinds !== undefined) set('kind', patch.kinds.join(','));
        if (patch.personaIds !== undefined) set('persona', patch.personaIds.join(','));
        set('offset', patch.offset ? String(patch.offset) : '');
        return next;
      }),
    [setSearchParams],
  );
  return [params, update] as const;
}

/** Every asset the user may see, with filters; managers also upload, add links and edit. */
export function ContentLibrary() {
  const { canManage } = useContentAccess();
  const { personaOptions } = useContentOptions();
  const [params, update] = useLibraryParams();
  const [search, setSearch] = useDebouncedSearch(params.search, (value) =>
    update({ search: value }),
  );
  const [formOpen, formModal] = useDisclosure(false);
  const [formMode, setFormMode] = useState<AssetFormMode>('file');
  const [editing, setEditing] = useState<ContentAssetFieldsFragment | null>(null);

  const filter: ContentFilterInput = {};
  if (params.search.trim()) filter.search = params.search.trim();
  if (params.types.length) filter.types = params.types;
  if (params.stages.length) filter.stages = params.stages;
  if (params.kinds.length) filter.kinds = params.kinds;
  if (params.personaIds.length) filter.personaIds = params.personaIds;
  const filtered = Object.keys(filter).length > 0;

  const { data, previousData, loading, error, refetch } = useQuery(ContentAssetsDocument, {
    variables: { filter, page: { offset: params.offset, limit: CONTENT_PAGE_SIZE } },
  });
  const page = (data ?? previousData)?.contentAssets;

  const open = (mode: AssetFormMode, asset: ContentAssetFieldsFragment | null = null) => {
    setFormMode(mode);
    setEditing(asset);
    formModal.open();
  };
  const clear = () => update({ search: '', types: [], stages: [], kinds: [], personaIds: [] });

  return (
    <>
      {canManage && (
        <Group gap="xs" mb="md" justify="flex-end">
          <Button leftSection={<IconUpload size={16} />} onClick={() => open('file')}>
            Upload file
          </Button>
          <Button
            variant="default"
            leftSection={<IconLink size={16} />}
            onClick={() => open('link')}
          >
            Add link
          </Button>
        </Group>
      )}
      <Paper withBorder p="md" radius="md" mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
          <TextInput
            label="Search"
            placeholder="Title or description"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <MultiSelect
            label="Type"
            placeholder={params.types.length ? undefined : 'Any type'}
            data={TYPE_OPTIONS}
            value={params.types}
            onChange={(types) => update({ types })}
            clearable
          />
          <MultiSelect
            label="Funnel stage"
            placeholder={params.stages.length ? undefined : 'Any stage'}
            data={STAGE_OPTIONS}
            value={params.stages}
            onChange={(stages) => update({ stages })}
            clearable
          />
          <MultiSelect
            label="Persona"
            placeholder={params.personaIds.length ? undefined : 'Any persona'}
            data={personaOptions}
            value={params.personaIds}
            onChange={(personaIds) => update({ personaIds })}
            searchable
            clearable
          />
          <MultiSelect
            label="Kind"
            placeholder={params.kinds.length ? undefined : 'Files and links'}
            data={KIND_OPTIONS}
            value={params.kinds}
            onChange={(kinds) => update({ kinds })}
            clearable
          />
        </SimpleGrid>
      </Paper>

      {error && !page ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <TableSkeleton rows={6} />
      ) : page.items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No content matches' : 'No content yet'}
          description={
            filtered
              ? 'Try a different search or clear the filters.'
              : canManage
                ? 'Upload the first file or add a link.'
                : 'Content appears here once the vendor publishes it for your tier.'
          }
          action={
            filtered && (
              <Button variant="default" onClick={clear}>
                Clear filters
              </Button>
            )
          }
        />
      ) : (
        <>
          {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            data-testid="asset-list"
            style={{ opacity: loading ? 0.6 : 1 }}
          >
            {page.items.map((asset) => (
              <AssetCard
                key={asset.id}
                asset={asset}
                canManage={canManage}
                onEdit={() => open('edit', asset)}
              />
            ))}
          </SimpleGrid>
        </>
      )}
      {page && (
        <PaginationBar
          offset={page.offset}
          limit={page.limit}
          totalCount={page.totalCount}
          onOffsetChange={(offset) => update({ offset })}
        />
      )}
      {canManage && (
        <AssetFormModal
          opened={formOpen}
          mode={formMode}
          asset={editing}
          onClose={formModal.close}
          onSaved={() => void refetch()}
        />
      )}
    </>
  );
}

function AssetCard({
  asset,
  canManage,
  onEdit,
}: {
  asset: ContentAssetFieldsFragment;
  canManage: boolean;
  onEdit: () => void;
}) {
  const details = [
    asset.kind === AssetKind.LINK ? 'Link' : formatFileSize(asset.sizeBytes),
    asset.minTier ? `${asset.minTier.name} and above` : 'All tiers',
    `${asset.downloadCount} download${asset.downloadCount === 1 ? '' : 's'}`,
  ];
  return (
    <Card withBorder radius="md" padding="lg" data-testid="asset-card">
      <Stack gap="xs" h="100%">
        <Text fw={600} size="lg" style={{ overflowWrap: 'anywhere' }} data-testid="asset-title">
          {asset.title}
        </Text>
        <AssetBadges asset={asset} showAvailability={canManage} />
        {asset.description && (
          <Text size="sm" lineClamp={3}>
            {asset.description}
          </Text>
        )}
        {asset.personas.length > 0 && (
          <Text size="xs" c="dimmed">
            For{' '}
            {asset.personas.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ', '}
                <Anchor component={Link} to={`/personas/${p.id}`} size="xs">
                  {p.name}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {details.join(' · ')}
        </Text>
        {canManage && (asset.publishAt || asset.expiresAt) && (
          <Text size="xs" c="dimmed">
            {asset.publishAt ? `Published ${formatDate(asset.publishAt)}` : ''}
            {asset.expiresAt ? ` · expires ${formatDate(asset.expiresAt)}` : ''}
          </Text>
        )}
        <Group mt="auto" pt="xs">
          <AssetActions
            asset={asset}
            extra={
              canManage && (
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconEdit size={14} />}
                  onClick={onEdit}
                  aria-label={`Edit ${asset.title}`}
                >
                  Edit
                </Button>
              )
            }
          />
        </Group>
      </Stack>
    </Card>
  );
}
