import { useQuery } from '@apollo/client/react';
import type { ReasonKind } from '@tandem/shared-domain';
import { DealReasonCodesDocument } from '../graphql/deals.graphql';

/** Active reason codes of one kind as select options, in the vendor's order. */
export function useReasonOptions(kind: ReasonKind, skip = false) {
  const { data, error, loading } = useQuery(DealReasonCodesDocument, {
    variables: { kind },
    skip,
  });
  const options = [...(data?.reasonCodes ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((r) => ({ value: r.id, label: r.label }));
  return { options, error, loading };
}
