import { PersonaKits } from '@tandem/portal-content';
import { PersonaDetail, PersonaNotFound } from '@tandem/portal-personas';
import { useParams } from 'react-router';

// Persona ids are UUIDs; anything else cannot exist, so do not ask the API about it.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function PersonaDetailPage() {
  const { id = '' } = useParams();
  return UUID.test(id) ? (
    <PersonaDetail key={id} personaId={id} overviewExtra={<PersonaKits personaId={id} />} />
  ) : (
    <PersonaNotFound />
  );
}
