import { DataSource } from 'typeorm';

/**
 * Gives the API's login role what it needs and nothing more: data access on the tables (the
 * owner keeps DDL, so row-level security applies), insert-only on the audit log, and nothing on
 * the account-key projection and the funnel rollup (reached only through functions).
 */
export async function grantAppRole(owner: DataSource, appRole: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(appRole)) throw new Error(`Unsafe role name: ${appRole}`);
  const [{ current_user: ownerRole }] = await owner.query('SELECT current_user');
  if (ownerRole === appRole) return;
  await owner.query(`GRANT USAGE ON SCHEMA public TO ${appRole}`);
  await owner.query(
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${appRole}`,
  );
  await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${appRole}`);
  await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM ${appRole}`);
  await owner.query(`REVOKE ALL ON migrations FROM ${appRole}`);
  // Read only through tandem_account_matches (see the AccountKeys migration).
  await owner.query(`REVOKE ALL ON account_key FROM ${appRole}`);
  // Read only through tandem_funnel_day_sums (see the PartnerFunnelDays migration).
  await owner.query(`REVOKE ALL ON partner_funnel_day FROM ${appRole}`);
}

export function userOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}
