import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { ErrorAlert, PageHeader, TableSkeleton } from '@tandem/portal-ui';
import { Link } from 'react-router';
import { DealProductsDocument, DealSettingsDocument } from '../../graphql/deal-settings.graphql';
import { AccountListSection } from './account-list-section';
import { DealSettingsForm } from './deal-settings-form';
import { ProductsSection } from './products-section';

/** Vendor admins' deal registration rules, products and own accounts, part of program settings. */
export function DealSettingsPage() {
  const settings = useQuery(DealSettingsDocument);
  const products = useQuery(DealProductsDocument);
  const error = settings.error ?? products.error;
  const ready = settings.data && products.data;
  return (
    <>
      <Anchor component={Link} to="/settings" size="sm" mb="xs" display="inline-block">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Program settings
        </Group>
      </Anchor>
      <PageHeader
        title="Deal registration"
        description="How long registrations protect a customer, how clashes are settled, what partners can register and which accounts are already yours."
      />
      {error && !ready ? (
        <ErrorAlert
          error={error}
          onRetry={() => {
            void settings.refetch();
            void products.refetch();
          }}
        />
      ) : !settings.data || !products.data ? (
        <TableSkeleton />
      ) : (
        <Stack gap="xl">
          <DealSettingsForm
            key={settings.data.dealSettings.version}
            settings={settings.data.dealSettings}
            onReload={() => void settings.refetch()}
          />
          <ProductsSection products={products.data.products} />
          <AccountListSection />
        </Stack>
      )}
    </>
  );
}
