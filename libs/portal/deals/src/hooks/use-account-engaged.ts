import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { DealAccountEngagedDocument } from '../graphql/deals.graphql';
import { websiteHost } from '../lib/deal-form';

export type EngagedState = 'idle' | 'checking' | 'engaged' | 'free' | 'error';

/**
 * "Is this account already engaged?" while the person types: asked once they pause, with the
 * company name and country once both are known (the API then also matches similar names).
 * The answer is yes or no only — never who.
 */
export function useAccountEngaged(
  website: string,
  companyName: string,
  country: string | null,
  enabled: boolean,
): EngagedState {
  const host = websiteHost(website);
  const name = companyName.trim();
  const withName = name.length >= 2 && !!country;
  // A string key, so the debounce restarts only when the question changes.
  const key = host ? JSON.stringify([host, withName ? name : null, withName ? country : null]) : '';
  const [settled] = useDebouncedValue(key, 400);
  const [website_, companyName_, country_] = settled
    ? (JSON.parse(settled) as [string, string | null, string | null])
    : ['', null, null];
  const { data, error, loading } = useQuery(DealAccountEngagedDocument, {
    variables: { website: website_, companyName: companyName_, country: country_ },
    skip: !enabled || !settled,
    fetchPolicy: 'network-only',
  });
  if (!enabled || !host) return 'idle';
  if (settled !== key || loading) return 'checking';
  if (error) return 'error';
  if (data === undefined) return 'checking';
  return data.dealAccountEngaged ? 'engaged' : 'free';
}
