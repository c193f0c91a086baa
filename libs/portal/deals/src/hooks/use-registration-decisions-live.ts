import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { RegistrationDecidedDocument } from '../graphql/deals.graphql';

/**
 * Hears of registration decisions the caller may see. The decided registration's status lands in
 * the cache by itself; `onDecision` refreshes what the cache cannot know (timeline, list order).
 */
export function useRegistrationDecisionsLive(onDecision: (dealId: string) => void) {
  const latest = useRef(onDecision);
  useEffect(() => {
    latest.current = onDecision;
  }, [onDecision]);
  useSubscription(RegistrationDecidedDocument, {
    onData: ({ data }) => {
      const deal = data.data?.registrationDecided;
      if (deal) latest.current(deal.id);
    },
  });
}
