import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { ErrorAlert, PageHeader, TableSkeleton } from '@tandem/portal-ui';
import { Link } from 'react-router';
import {
  LeadRoutingOptionsDocument,
  LeadRoutingSettingsDocument,
} from '../graphql/lead-settings.graphql';
import { RoutingExplainer } from './routing-explainer';
import { RoutingRulesSection } from './routing-rules-section';
import { SlaPoliciesSection } from './sla-policies-section';

/** Vendor admins' lead routing rules and SLA policies, part of the program settings. */
export function LeadRoutingPage() {
  const settings = useQuery(LeadRoutingSettingsDocument);
  const options = useQuery(LeadRoutingOptionsDocument);
  const error = settings.error ?? options.error;
  const ready = settings.data && options.data;
  const lookup = {
    tiers: options.data?.tiers ?? [],
    personas: options.data?.personas.items ?? [],
  };
  return (
    <>
      <Anchor component={Link} to="/settings" size="sm" mb="xs" display="inline-block">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Program settings
        </Group>
      </Anchor>
      <PageHeader
        title="Lead routing & SLAs"
        description="Which partner is offered each vendor lead, and how long it has to answer."
      />
      {error && !ready ? (
        <ErrorAlert
          error={error}
          onRetry={() => {
            void settings.refetch();
            void options.refetch();
          }}
        />
      ) : !ready ? (
        <TableSkeleton />
      ) : (
        <Stack gap="xl">
          <RoutingExplainer />
          <RoutingRulesSection rules={settings.data?.routingRules ?? []} lookup={lookup} />
          <SlaPoliciesSection policies={settings.data?.slaPolicies ?? []} tiers={lookup.tiers} />
        </Stack>
      )}
    </>
  );
}
