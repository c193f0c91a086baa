import { KitDetail, KitNotFound } from '@tandem/portal-content';
import { useParams } from 'react-router';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function ContentKitPage() {
  const { id = '' } = useParams();
  return UUID.test(id) ? <KitDetail key={id} kitId={id} /> : <KitNotFound />;
}
