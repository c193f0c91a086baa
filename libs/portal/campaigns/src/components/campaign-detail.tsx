import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconEdit, IconPackage, IconRocket, IconX } from '@tabler/icons-react';
import { CampaignStatus } from '@tandem/shared-domain';
import {
  DetailSkeleton,
  EmptyState,
  ErrorAlert,
  PageHeader,
  errorCode,
  formatDateTime,
} from '@tandem/portal-ui';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  CampaignDetailDocument,
  CampaignOptionsDocument,
  CancelCampaignDocument,
  LaunchCampaignDocument,
} from '../graphql/campaigns.graphql';
import { useCampaignAccess } from '../hooks/use-campaign-access';
import { formatDayRange, targetSummary } from '../lib/campaign-form';
import { AcknowledgeButton } from './acknowledge-button';
import { CampaignStateBadge } from './campaign-badges';
import { CampaignForm } from './campaign-form';

export function CampaignNotFound() {
  return (
    <EmptyState
      title="Campaign not found"
      description="This campaign does not exist or is not meant for you."
      action={
        <Anchor component={Link} to="/campaigns">
          Back to campaigns
        </Anchor>
      }
    />
  );
}

export function CampaignEditorPage() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="New campaign"
        description="Saved as a draft; partners hear about it when you launch it."
      />
      <CampaignForm
        onSaved={(id) => void navigate(`/campaigns/${id}`)}
        onCancel={() => void navigate('/campaigns')}
      />
    </>
  );
}

export function CampaignDetail({ campaignId }: { campaignId: string }) {
  const { isPartner } = useCampaignAccess();
  const fullScreen = useMediaQuery('(max-width: 36em)') ?? false;
  const [searchParams, setSearchParams] = useSearchParams();
  const setEditing = (on: boolean) =>
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      if (on) next.set('edit', '1');
      else next.delete('edit');
      return next;
    });
  const { data, loading, error, refetch } = useQuery(CampaignDetailDocument, {
    variables: { id: campaignId },
  });
  const options = useQuery(CampaignOptionsDocument, {
    variables: { vendor: !isPartner },
    skip: isPartner,
  });
  const names = useMemo(
    () => ({
      tiers: new Map((options.data?.tiers ?? []).map((t) => [t.id, t.name])),
      partners: new Map((options.data?.partners?.items ?? []).map((p) => [p.id, p.name])),
    }),
    [options.data],
  );
  const [launchOpen, launchModal] = useDisclosure(false);
  const [cancelOpen, cancelModal] = useDisclosure(false);
  const [launch, launchState] = useMutation(LaunchCampaignDocument, {
    refetchQueries: ['CampaignList', 'CampaignFeed'],
  });
  const [cancel, cancelState] = useMutation(CancelCampaignDocument, {
    refetchQueries: ['CampaignList', 'CampaignFeed'],
  });
  const [launchError, setLaunchError] = useState<unknown>(null);
  const [cancelError, setCancelError] = useState<unknown>(null);
  const [reason, setReason] = useState('');

  if (loading && !data) return <DetailSkeleton />;
  if (error && !data) {
    if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'FORBIDDEN')
      return <CampaignNotFound />;
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <CampaignNotFound />;
  const c = data.campaign;
  const editing =
    c.canManage && c.status !== CampaignStatus.CANCELLED && searchParams.get('edit') === '1';

  if (editing) {
    return (
      <>
        <PageHeader title={`Edit ${c.name}`} />
        <CampaignForm
          key={c.version}
          campaign={c}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
          onReload={() => void refetch()}
        />
      </>
    );
  }

  const doLaunch = async () => {
    setLaunchError(null);
    try {
      const { data: launched } = await launch({ variables: { id: c.id } });
      launchModal.close();
      notifications.show({
        color: 'teal',
        message: `${c.name} is launched; ${launched?.launchCampaign.targetPartnerCount ?? 'the'} partner(s) are told.`,
      });
    } catch (e) {
      setLaunchError(e);
    }
  };
  const doCancel = async () => {
    setCancelError(null);
    try {
      await cancel({ variables: { id: c.id, reason: reason.trim() } });
      cancelModal.close();
      notifications.show({ color: 'teal', message: `${c.name} is cancelled.` });
    } catch (e) {
      setCancelError(e);
    }
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/campaigns" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Campaigns
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Title order={2} data-testid="campaign-name" style={{ overflowWrap: 'anywhere' }}>
            {c.name}
          </Title>
          <Group gap="xs">
            <CampaignStateBadge status={c.status} phase={c.phase} />
            <Text size="sm" c="dimmed">
              {formatDayRange(c.startsOn, c.endsOn)} · by {c.createdByLabel}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          {c.kitId && (
            <Button
              variant="default"
              component={Link}
              to={`/content/kits/${c.kitId}`}
              leftSection={<IconPackage size={16} />}
            >
              Campaign kit
            </Button>
          )}
          {c.canManage && c.status !== CampaignStatus.CANCELLED && (
            <Button
              variant="default"
              leftSection={<IconEdit size={16} />}
              onClick={() => setEditing(true)}
            >
              Edit
            </Button>
          )}
          {c.canManage && c.status === CampaignStatus.DRAFT && (
            <Button leftSection={<IconRocket size={16} />} onClick={launchModal.open}>
              Launch
            </Button>
          )}
          {c.canManage && c.status !== CampaignStatus.CANCELLED && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconX size={16} />}
              onClick={cancelModal.open}
            >
              Cancel campaign
            </Button>
          )}
        </Group>
      </Group>

      {c.status === CampaignStatus.DRAFT && (
        <Alert color="yellow" variant="light" title="Draft">
          Only people who can manage this campaign see it. Launching tells the targeted partners’
          marketers and sales reps.
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Goal
              </Text>
              <Text>{c.goal || '—'}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Description
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{c.description || '—'}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Personas
              </Text>
              {c.personas.length ? (
                <Group gap="xs">
                  {c.personas.map((p) => (
                    <Anchor key={p.id} component={Link} to={`/personas/${p.id}`}>
                      {p.name}
                    </Anchor>
                  ))}
                </Group>
              ) : (
                <Text>—</Text>
              )}
            </div>
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Reaches
              </Text>
              <Text data-testid="campaign-targets">
                {isPartner && !c.partnerId
                  ? 'Your organisation, among others'
                  : targetSummary(c, names)}
                {c.targetPartnerCount != null &&
                  ` · ${c.targetPartnerCount} partner${c.targetPartnerCount === 1 ? '' : 's'}`}
              </Text>
            </div>
            {c.launchedAt && (
              <div>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  Launched
                </Text>
                <Text>{formatDateTime(c.launchedAt)}</Text>
              </div>
            )}
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
                Acknowledgements
              </Text>
              {c.status === CampaignStatus.LAUNCHED ? (
                <AcknowledgeButton campaign={c} size="sm" />
              ) : (
                <Text>—</Text>
              )}
            </div>
          </Stack>
        </Paper>
      </SimpleGrid>

      <Modal
        opened={launchOpen}
        onClose={launchModal.close}
        title={`Launch ${c.name}`}
        fullScreen={fullScreen}
      >
        <Stack>
          {launchError ? <ErrorAlert error={launchError} title="Could not launch" /> : null}
          <Text size="sm">
            {c.partnerId
              ? 'Your marketers and sales reps are told about it.'
              : `${targetSummary(c, names)} are fixed as targets and their marketers and sales reps are told.`}{' '}
            You cannot change who it reaches afterwards.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={launchModal.close}>
              Not yet
            </Button>
            <Button loading={launchState.loading} onClick={() => void doLaunch()}>
              Launch campaign
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={cancelOpen}
        onClose={cancelModal.close}
        title={`Cancel ${c.name}`}
        fullScreen={fullScreen}
      >
        <Stack>
          {cancelError ? <ErrorAlert error={cancelError} title="Could not cancel" /> : null}
          <Textarea
            label="Reason"
            description="Kept with the campaign and in the audit log."
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={cancelModal.close}>
              Keep campaign
            </Button>
            <Button color="red" loading={cancelState.loading} onClick={() => void doCancel()}>
              Cancel campaign
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
