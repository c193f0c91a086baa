import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Role } from '@tandem/shared-domain';
import { RequestContext } from '../context/request-context';
import { NotFoundError } from '../errors/domain-error';

/**
 * Application-level partner isolation (layer one; row-level security is layer two).
 * Restricts a query on a partner-owned table to the partners the caller may see:
 * - partner users: their own partner only;
 * - channel managers: the partners assigned to them;
 * - vendor admins and vendor marketers: every partner.
 */
export function scopeToPartners<T extends ObjectLiteral>(
  ctx: RequestContext,
  qb: SelectQueryBuilder<T>,
  column: string,
): SelectQueryBuilder<T> {
  const user = ctx.user;
  if (user.partnerId) {
    return qb.andWhere(`${column} = :scopePartnerId`, { scopePartnerId: user.partnerId });
  }
  if (user.role === Role.CHANNEL_MANAGER) {
    return qb.andWhere(
      `${column} IN (SELECT sp.id FROM partner sp WHERE sp.channel_manager_id = :scopeManagerId)`,
      { scopeManagerId: user.userId },
    );
  }
  return qb;
}

/**
 * Throws NOT_FOUND (never FORBIDDEN, which would confirm the record exists) when the caller may
 * not see the given partner.
 */
export async function assertPartnerInScope(ctx: RequestContext, partnerId: string): Promise<void> {
  const user = ctx.user;
  if (user.partnerId) {
    if (user.partnerId !== partnerId) throw new NotFoundError('Partner');
    return;
  }
  if (user.role === Role.CHANNEL_MANAGER) {
    const rows: unknown[] = await ctx.em.query(
      'SELECT 1 FROM partner WHERE id = $1 AND channel_manager_id = $2',
      [partnerId, user.userId],
    );
    if (rows.length === 0) throw new NotFoundError('Partner');
  }
}
