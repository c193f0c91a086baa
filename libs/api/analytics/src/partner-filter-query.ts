import { REGIONS } from '@tandem/shared-domain';
import { queryList, queryOne, ValidationError } from '@tandem/api-core';
import type { QueryParams } from '@tandem/api-core';
import { PartnerFilter } from './analytics.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The partner selection every channel screen offers (tier, region, type, manager, partner, name),
 * read from a download's query string with a clear error for a value no screen would send.
 */
export function partnerFilterOf(q: QueryParams): PartnerFilter {
  const ids = (key: string) => {
    const v = queryList(q, key);
    if (v?.some((id) => !UUID.test(id))) throw ValidationError.field(key, 'Not a valid id.');
    return v;
  };
  const regions = queryList(q, 'region');
  const unknown = regions?.find((r) => !(REGIONS as readonly string[]).includes(r));
  if (unknown)
    throw ValidationError.field(
      'region',
      `Unknown region "${unknown}": use ${REGIONS.join(', ')}.`,
    );
  return {
    tierIds: ids('tierId'),
    regions,
    typeIds: ids('typeId'),
    channelManagerId: ids('channelManagerId')?.[0],
    partnerIds: ids('partnerId'),
    search: queryOne(q, 'search'),
  };
}
