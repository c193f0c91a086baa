import { CampaignDetail, CampaignNotFound } from '@tandem/portal-campaigns';
import { useParams } from 'react-router';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function CampaignDetailPage() {
  const { id = '' } = useParams();
  return UUID.test(id) ? <CampaignDetail key={id} campaignId={id} /> : <CampaignNotFound />;
}
