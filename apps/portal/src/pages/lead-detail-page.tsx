import { LeadDetail, LeadNotFound } from '@tandem/portal-leads';
import { useParams } from 'react-router';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function LeadDetailPage() {
  const { id = '' } = useParams();
  return UUID.test(id) ? <LeadDetail key={id} leadId={id} /> : <LeadNotFound />;
}
