import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ContentOptionsDocument } from '../graphql/content.graphql';

/** Published personas and the tier ladder, for filters and forms. */
export function useContentOptions() {
  const { data, loading, error } = useQuery(ContentOptionsDocument);
  return useMemo(
    () => ({
      loading,
      error,
      personaOptions: (data?.personas.items ?? [])
        .filter((p) => p.publishedVersion != null)
        .map((p) => ({ value: p.id, label: p.name })),
      tierOptions: (data?.tiers ?? []).map((t) => ({ value: t.id, label: t.name })),
    }),
    [data, loading, error],
  );
}
