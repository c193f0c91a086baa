import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconEdit, IconFlag } from '@tabler/icons-react';
import { Permission, hasPermission } from '@tandem/shared-domain';
import { PartnerPerformance } from './partner-performance';
import { useCurrentUser } from '@tandem/portal-data-access';
import {
  DetailSkeleton,
  EmptyState,
  ErrorAlert,
  PartnerStatusBadge,
  errorCode,
  formatDateTime,
} from '@tandem/portal-ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PartnerDetailDocument, PartnerPersonaOptionsDocument } from '../graphql/partners.graphql';
import { formatBusinessHours, specialisationNames } from '../lib/business-hours';
import { regionLabel } from '../lib/options';
import { MyPartnerProfileModal } from './my-partner-profile-modal';
import { PartnerEditModal } from './partner-edit-modal';
import { PartnerStatusModal } from './partner-status-modal';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

export function PartnerNotFound() {
  return (
    <EmptyState
      title="Partner not found"
      description="This partner does not exist, or you do not have access to it."
      action={
        <Anchor component={Link} to="/partners">
          Back to partners
        </Anchor>
      }
    />
  );
}

/** A partner's profile with the actions the signed-in user may take. */
export function PartnerDetail({ partnerId }: { partnerId: string }) {
  const me = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(PartnerDetailDocument, {
    variables: { id: partnerId },
  });
  const personas = useQuery(PartnerPersonaOptionsDocument);
  const [editOpen, edit] = useDisclosure(false);
  const [statusOpen, status] = useDisclosure(false);

  if (loading && !data) return <DetailSkeleton />;
  if (error && !data) {
    // The API answers NOT_FOUND for partners outside the caller's scope, too.
    if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'FORBIDDEN')
      return <PartnerNotFound />;
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <PartnerNotFound />;

  const partner = data.partner;
  const canEditAll = hasPermission(me.role, Permission.PartnerUpdate);
  const canEditOwn =
    !canEditAll &&
    hasPermission(me.role, Permission.PartnerUpdateOwnProfile) &&
    me.partnerId === partner.id;
  const canSetStatus = hasPermission(me.role, Permission.PartnerSetStatus);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/partners" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Partners
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Title order={2} data-testid="partner-name">
            {partner.name}
          </Title>
          <Group gap="xs">
            <PartnerStatusBadge status={partner.status} />
            <Badge variant="outline" color="gray">
              {partner.tier.name}
            </Badge>
            <Badge variant="outline" color="gray">
              {partner.type.name}
            </Badge>
          </Group>
        </Stack>
        <Group gap="xs">
          {canSetStatus && (
            <Button variant="default" leftSection={<IconFlag size={16} />} onClick={status.open}>
              Change status
            </Button>
          )}
          {(canEditAll || canEditOwn) && (
            <Button leftSection={<IconEdit size={16} />} onClick={edit.open}>
              {canEditAll ? 'Edit partner' : 'Edit profile'}
            </Button>
          )}
        </Group>
      </Group>

      <Paper withBorder p="lg" radius="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="lg" verticalSpacing="md">
          <Field label="Legal name">{partner.legalName || '—'}</Field>
          <Field label="Logo link">{partner.logoUrl || '—'}</Field>
          <Field label="Website domains">
            {partner.websiteDomains.length ? partner.websiteDomains.join(', ') : '—'}
          </Field>
          <Field label="Country">
            {partner.countryName} ({partner.country})
          </Field>
          <Field label="Region">{regionLabel(partner.region)}</Field>
          <Field label="Time zone">{partner.timeZone}</Field>
          <Field label="Business hours">
            <span data-testid="partner-business-hours">{formatBusinessHours(partner)}</span>
          </Field>
          <Field label="Specialisations">
            <span data-testid="partner-specialisations">
              {personas.data || personas.error || !partner.focusPersonaIds.length
                ? specialisationNames(partner.focusPersonaIds, personas.data?.personas.items ?? [])
                : '…'}
            </span>
          </Field>
          <Field label="Channel manager">
            {partner.channelManager ? (
              <>
                {partner.channelManager.name}{' '}
                <Anchor href={`mailto:${partner.channelManager.email}`} size="sm">
                  {partner.channelManager.email}
                </Anchor>
              </>
            ) : (
              'Unassigned'
            )}
          </Field>
          <Field label="Users">{partner.userCount} active or invited</Field>
          <Field label="Added">{formatDateTime(partner.createdAt)}</Field>
          <Field label="Last changed">{formatDateTime(partner.updatedAt)}</Field>
        </SimpleGrid>
      </Paper>

      <PartnerPerformance partnerId={partner.id} role={me.role} />

      {canEditAll && <PartnerEditModal partner={partner} opened={editOpen} onClose={edit.close} />}
      {canEditOwn && (
        <MyPartnerProfileModal partner={partner} opened={editOpen} onClose={edit.close} />
      )}
      {canSetStatus && (
        <PartnerStatusModal partner={partner} opened={statusOpen} onClose={status.close} />
      )}
    </Stack>
  );
}
