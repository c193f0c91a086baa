import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconArrowLeft,
  IconBell,
  IconBellOff,
  IconDownload,
  IconEdit,
  IconExternalLink,
  IconRocket,
  IconArchive,
  IconDots,
} from '@tabler/icons-react';
import { PersonaStatus } from '@tandem/shared-domain';
import {
  DetailSkeleton,
  EmptyState,
  ErrorAlert,
  describeApiError,
  errorCode,
  formatDate,
} from '@tandem/portal-ui';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  FollowPersonaDocument,
  PersonaDetailDocument,
  PublishPersonaDocument,
  RetirePersonaDocument,
  UpdatePersonaDraftDocument,
} from '../graphql/personas.graphql';
import { usePersonaAccess } from '../hooks/use-persona-access';
import { toFormValues } from '../lib/persona-form';
import { personaSheetUrl } from '../lib/persona-sheet';
import { PersonaStatusBadge } from './persona-badges';
import { PersonaContentView } from './persona-content-view';
import { PersonaDiscussion } from './persona-discussion';
import { PersonaForm } from './persona-form';
import { PersonaHistory } from './persona-history';
import { TextPromptModal } from './text-prompt-modal';

const TABS = ['overview', 'history', 'discussion'] as const;
type Tab = (typeof TABS)[number];

export function PersonaNotFound() {
  return (
    <EmptyState
      title="Persona not found"
      description="This persona does not exist, is not published, or you do not have access to it."
      action={
        <Anchor component={Link} to="/personas">
          Back to personas
        </Anchor>
      }
    />
  );
}

export function PersonaDetail({
  personaId,
  overviewExtra,
}: {
  personaId: string;
  /** Shown under the overview of a published persona, e.g. the persona's content kits. */
  overviewExtra?: ReactNode;
}) {
  const { canManage, canDiscuss } = usePersonaAccess();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === searchParams.get('tab')) ?? 'overview';
  const editing = canManage && searchParams.get('edit') === '1';
  const setParam = (key: string, value: string | null) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: key === 'tab' },
    );

  const { data, loading, error, refetch } = useQuery(PersonaDetailDocument, {
    variables: { id: personaId, manage: canManage },
  });
  const [publishOpen, publishModal] = useDisclosure(false);
  const [retireOpen, retireModal] = useDisclosure(false);
  const refetchAfterPublish = ['PersonaDetail', 'PersonaVersions', 'PersonaDiff', 'PersonaLibrary'];
  const [publish] = useMutation(PublishPersonaDocument, { refetchQueries: refetchAfterPublish });
  const [retire] = useMutation(RetirePersonaDocument, { refetchQueries: ['PersonaLibrary'] });
  const [saveDraft] = useMutation(UpdatePersonaDraftDocument);
  const [follow, followState] = useMutation(FollowPersonaDocument);

  if (loading && !data) return <DetailSkeleton />;
  if (error && !data) {
    // Partners get NOT_FOUND for drafts and retired personas, too.
    if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'FORBIDDEN')
      return <PersonaNotFound />;
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <PersonaNotFound />;

  const persona = data.persona;
  const published = persona.publishedVersion != null;
  const content = persona.published ?? (canManage ? persona.draft : null);
  const nothingToPublish =
    persona.status === PersonaStatus.PUBLISHED && persona.hasUnpublishedChanges === false;

  const toggleFollow = async () => {
    const next = !persona.following;
    try {
      await follow({
        variables: { personaId: persona.id, follow: next },
        update(cache) {
          cache.modify({
            id: cache.identify({ __typename: 'Persona', id: persona.id }),
            fields: { following: () => next },
          });
        },
      });
      notifications.show({
        color: 'teal',
        message: next
          ? `You will hear about new versions of ${persona.name}.`
          : `You no longer follow ${persona.name}.`,
      });
    } catch (e) {
      notifications.show({ color: 'red', message: describeApiError(e).message });
    }
  };

  if (editing && persona.draft) {
    return (
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={2}>Edit {persona.name}</Title>
            <Text size="sm" c="dimmed">
              You are editing the draft. Partners keep seeing
              {published ? ` version ${persona.publishedVersion}` : ' nothing'} until you publish.
            </Text>
          </Stack>
        </Group>
        <Paper withBorder p="lg" radius="md" maw={860}>
          <PersonaForm
            // A new draft version (after a reload) starts the form again from the saved draft.
            key={persona.version}
            initialValues={toFormValues(persona.draft)}
            submitLabel="Save draft"
            onCancel={() => setParam('edit', null)}
            onReload={() => void refetch()}
            onSave={async (content) => {
              await saveDraft({
                variables: { id: persona.id, version: persona.version, content },
              });
              notifications.show({ color: 'teal', message: 'Draft saved.' });
              setParam('edit', null);
            }}
          />
        </Paper>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/personas" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Personas
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Title order={2} data-testid="persona-name" style={{ overflowWrap: 'anywhere' }}>
            {persona.published?.name ?? persona.name}
          </Title>
          <Group gap="xs">
            {canManage && <PersonaStatusBadge status={persona.status} />}
            <Text size="sm" c="dimmed" data-testid="persona-version">
              {published
                ? `Version ${persona.publishedVersion} · published ${formatDate(persona.publishedAt)}`
                : 'Not published yet'}
            </Text>
            {canManage && persona.hasUnpublishedChanges && published && (
              <Badge color="orange" variant="light">
                Unpublished changes
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap="xs">
          {published && (
            <>
              <Button
                variant="default"
                leftSection={persona.following ? <IconBellOff size={16} /> : <IconBell size={16} />}
                onClick={() => void toggleFollow()}
                loading={followState.loading}
                aria-pressed={persona.following}
              >
                {persona.following ? 'Unfollow' : 'Follow'}
              </Button>
              <Button
                variant="default"
                component="a"
                href={personaSheetUrl(persona.id)}
                target="_blank"
                rel="noopener"
                leftSection={<IconExternalLink size={16} />}
              >
                Persona sheet
              </Button>
              <Button
                variant="default"
                component="a"
                href={personaSheetUrl(persona.id, { download: true })}
                leftSection={<IconDownload size={16} />}
              >
                Download sheet
              </Button>
            </>
          )}
          {canManage && (
            <>
              <Button
                variant="default"
                leftSection={<IconEdit size={16} />}
                onClick={() => setParam('edit', '1')}
              >
                Edit draft
              </Button>
              <Button
                leftSection={<IconRocket size={16} />}
                onClick={publishModal.open}
                disabled={nothingToPublish}
                title={
                  nothingToPublish ? 'The draft is the same as the published version.' : undefined
                }
              >
                Publish
              </Button>
              {persona.status !== PersonaStatus.RETIRED && (
                <Menu position="bottom-end">
                  <Menu.Target>
                    <Button variant="default" px="xs" aria-label="More actions">
                      <IconDots size={16} />
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      color="red"
                      leftSection={<IconArchive size={16} />}
                      onClick={retireModal.open}
                    >
                      Retire persona
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              )}
            </>
          )}
        </Group>
      </Group>

      {canManage && persona.status === PersonaStatus.RETIRED && (
        <Alert color="gray" variant="light" title="Retired">
          Partners no longer see this persona. Publishing it again brings it back.
        </Alert>
      )}
      {canManage && published && persona.hasUnpublishedChanges && (
        <Alert color="orange" variant="light" title="The draft has unpublished changes">
          Partners see version {persona.publishedVersion}. Compare the draft in{' '}
          <Anchor component="button" type="button" onClick={() => setParam('tab', 'history')}>
            History
          </Anchor>
          , then publish it when ready.
        </Alert>
      )}

      <Tabs value={tab} onChange={(value) => setParam('tab', value === 'overview' ? null : value)}>
        <Tabs.List>
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="history">History</Tabs.Tab>
          <Tabs.Tab
            value="discussion"
            rightSection={
              persona.openProposalCount > 0 ? (
                <Badge
                  size="sm"
                  variant="filled"
                  circle
                  aria-label={`${persona.openProposalCount} open proposals`}
                >
                  {persona.openProposalCount}
                </Badge>
              ) : undefined
            }
          >
            Discussion
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          {!published && canManage && (
            <Alert color="yellow" variant="light" mb="md" title="Draft">
              This is the draft. Partners will see it once you publish it.
            </Alert>
          )}
          {content ? (
            <PersonaContentView content={content} />
          ) : (
            <Text c="dimmed">Nothing published yet.</Text>
          )}
          {published && overviewExtra && <Stack mt="xl">{overviewExtra}</Stack>}
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          {tab === 'history' && (
            <PersonaHistory
              personaId={persona.id}
              latest={persona.publishedVersion ?? null}
              canCompareDraft={canManage}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="discussion" pt="md">
          {tab === 'discussion' && (
            <PersonaDiscussion
              personaId={persona.id}
              published={published}
              canDiscuss={canDiscuss}
              canManage={canManage}
            />
          )}
        </Tabs.Panel>
      </Tabs>

      {canManage && (
        <>
          <TextPromptModal
            opened={publishOpen}
            onClose={publishModal.close}
            title={`Publish ${persona.name}`}
            intro={
              published
                ? `The draft becomes version ${(persona.publishedVersion ?? 0) + 1}; followers are told.`
                : 'The draft becomes version 1 and partners can see it.'
            }
            label="Change note"
            description="What changed and why; shown in the history and to followers."
            apiField="changeNote"
            submitLabel="Publish"
            errorTitle="Could not publish"
            onSubmit={async (changeNote) => {
              const { data } = await publish({ variables: { id: persona.id, changeNote } });
              notifications.show({
                color: 'teal',
                message: `Version ${data?.publishPersona.publishedVersion ?? ''} of ${persona.name} is published.`,
              });
            }}
          />
          <TextPromptModal
            opened={retireOpen}
            onClose={retireModal.close}
            title={`Retire ${persona.name}`}
            intro="Partners will no longer see this persona. Publishing again brings it back."
            label="Reason"
            description="Kept in the audit log."
            apiField="reason"
            submitLabel="Retire persona"
            color="red"
            errorTitle="Could not retire the persona"
            onSubmit={async (reason) => {
              await retire({ variables: { id: persona.id, reason } });
              notifications.show({ color: 'teal', message: `${persona.name} is retired.` });
            }}
          />
        </>
      )}
    </Stack>
  );
}
