import { DealDetail, DealNotFound } from '@tandem/portal-deals';
import { useParams } from 'react-router';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function DealDetailPage() {
  const { id = '' } = useParams();
  return UUID.test(id) ? <DealDetail key={id} dealId={id} /> : <DealNotFound />;
}
