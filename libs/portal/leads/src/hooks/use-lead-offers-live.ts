import { useSubscription } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { LeadOfferReceivedDocument } from '../graphql/leads.graphql';

/**
 * Hears of leads newly offered to the caller's partner (partner users only; a rep hears only of
 * offers to them), shows a toast and lets the caller refresh what it shows.
 */
export function useLeadOffersLive(enabled: boolean, onOffer: () => void) {
  const latest = useRef(onOffer);
  useEffect(() => {
    latest.current = onOffer;
  }, [onOffer]);
  useSubscription(LeadOfferReceivedDocument, {
    skip: !enabled,
    onData: ({ data }) => {
      const lead = data.data?.leadOfferReceived;
      if (!lead) return;
      notifications.show({
        title: 'New lead offered',
        message: lead.company || lead.contactName,
        color: 'blue',
      });
      latest.current();
    },
  });
}
