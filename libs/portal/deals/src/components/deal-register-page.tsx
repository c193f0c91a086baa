import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useCurrentUser } from '@tandem/portal-data-access';
import { DetailSkeleton, ErrorAlert, PageHeader } from '@tandem/portal-ui';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DealLeadPrefillDocument, DealPartnerCountryDocument } from '../graphql/deals.graphql';
import { dealValuesFromLead, emptyDealValues } from '../lib/deal-form';
import { DealForm } from './deal-form';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/deals/new`, optionally `?leadId=…` to start from an accepted lead. */
export function DealRegisterPage() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const raw = searchParams.get('leadId');
  const leadId = raw && UUID.test(raw) ? raw : null;
  const lead = useQuery(DealLeadPrefillDocument, {
    variables: { id: leadId ?? '' },
    skip: !leadId,
  });
  const partner = useQuery(DealPartnerCountryDocument, {
    variables: { id: me.partnerId ?? '' },
    skip: !me.partnerId || !!leadId,
  });
  const loading = (leadId && lead.loading) || (!leadId && me.partnerId && partner.loading);
  const initialValues = useMemo(() => {
    if (lead.data) return dealValuesFromLead(lead.data.lead);
    return emptyDealValues(partner.data?.partner.country ?? null);
  }, [lead.data, partner.data]);

  return (
    <>
      <Anchor component={Link} to="/deals" size="sm" mb="xs" display="inline-block">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Deals
        </Group>
      </Anchor>
      <PageHeader
        title="Register a deal"
        description={
          lead.data ? (
            <Text span size="sm">
              From the lead{' '}
              <Anchor component={Link} to={`/leads/${lead.data.lead.id}`} size="sm">
                {lead.data.lead.contactName}
              </Anchor>
              . Check the details, add the products and submit.
            </Text>
          ) : (
            'Claim the customer: the vendor decides within the decision time and protects it for you once approved.'
          )
        }
      />
      {lead.error && (
        <ErrorAlert
          error={lead.error}
          title="Could not load the lead; fill in the details yourself"
        />
      )}
      {loading ? (
        <DetailSkeleton />
      ) : (
        <DealForm
          initialValues={initialValues}
          leadId={lead.data ? leadId : null}
          onSaved={(deal) => void navigate(`/deals/${deal.id}`)}
          onCancel={() => void navigate(leadId ? `/leads/${leadId}` : '/deals')}
        />
      )}
    </>
  );
}
